/** Colours that mean the same in every chart: 基本支出 blue, 项目支出 orange (both ≥ 4.5:1 on white for text). */
export const BASIC_COLOR = '#2f6db5';
export const PROJECT_COLOR = '#c8641f';
export const PALETTE = [
  '#2f6db5',
  '#c8641f',
  '#2a8a6e',
  '#8a5cb8',
  '#b8860b',
  '#5a6b7d',
  '#c2456e',
  '#3b8fb8',
];
