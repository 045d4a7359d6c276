import { BASIC, CHART_PALETTE, PROJECT } from './tokens';

/**
 * Colours that mean the same in every chart: 基本支出 blue, 项目支出 orange — from the tokens, like the CSS's
 * --basic and --project. Graphics, not text: ≥ 3:1 on white (WCAG 1.4.11; tokens.test.ts checks it).
 */
export const BASIC_COLOR: string = BASIC;
export const PROJECT_COLOR: string = PROJECT;
export const PALETTE: readonly string[] = CHART_PALETTE;
