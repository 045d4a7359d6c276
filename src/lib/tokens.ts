/**
 * The design tokens: every colour, the spacing steps and the breakpoints, in one place.
 *
 * TypeScript is the source, and src/app/tokens.css (custom properties) is generated from it
 * (`npm run generate-tokens`; tokens.test.ts fails when the two disagree). Why this way round:
 * - the charts need the colours as values in JavaScript: ECharts paints a canvas, which cannot read CSS custom
 *   properties, and the option builders are pure functions unit-tested without a DOM (no getComputedStyle);
 * - the prerendered overview paints before any JavaScript runs, so its colours must be in a static stylesheet,
 *   never set from JS at boot;
 * - no build step is added: the CSS is committed, plain custom properties.
 * CSS cannot use a custom property in a media query, so the breakpoints are written as numbers in the CSS, and a
 * test (tokens.test.ts) fails when an `@media` there uses a width that is not one of BREAKPOINTS. (Lightning CSS's
 * `@custom-media` would move the whole CSS pipeline to another transformer and needs an @import in every file.)
 */

// The colours the TypeScript also paints with (charts, the PNG export), as named constants: the app's bundle then
// takes these few strings, not the whole table below (which only the CSS and the tests read).
export const SURFACE = '#ffffff';
export const TEXT = '#1b2330';
export const MUTED = '#5a6472';
/** 基本支出 and 项目支出, the same in every chart and in the CSS (the charts' colours are the ones users see). */
export const BASIC = '#2f6db5';
export const PROJECT = '#c8641f';
/** The site's dark chrome (header, tooltips, presenter bar; the sunburst's centre) and the text on it. */
export const CHROME = '#0f2742';
export const CHROME_INK = '#ffffff';

/** UI colours, by role; each is the custom property `--<name>` (camelCase → kebab-case). */
export const COLORS = {
  bg: '#f6f7f9',
  surface: SURFACE,
  text: TEXT,
  muted: MUTED,
  line: '#d9dee5',
  /** Form fields' borders; the presenter's lines (≥ 3:1 on white). */
  lineStrong: '#8b95a3',
  accent: '#0b5cad',
  accentInk: '#ffffff',
  basic: BASIC,
  project: PROJECT,
  ok: '#1d7a46',
  okBg: '#e3f3e9',
  warn: '#9a5b00',
  warnBg: '#fff0d6',
  /** A damaged figure's note (DamageNote). */
  warnInk: '#7a3b00',
  fail: '#b3261e',
  failBg: '#fdecea',
  focus: '#ffbf47',
  /** The focus ring's dark outer ring, so the yellow shows on light and dark backgrounds alike. */
  focusHalo: '#1b2330',
  /** A PDF cell highlighted for a source check. */
  focusWash: 'rgb(255 191 71 / 25%)',
  /** The dark chrome, and text, links, veils on it. */
  chrome: CHROME,
  chromeInk: CHROME_INK,
  chromeMuted: '#dbe6f3',
  chromeLine: '#8fb1d6',
  chromeLink: '#ffd27a',
  chromeVeil: 'rgb(15 39 66 / 55%)',
  chromeTranslucent: 'rgb(15 39 66 / 70%)',
  chromeTip: 'rgb(15 39 66 / 94%)',
  /** Table heads, hovered rows, totals, groups. */
  headBg: '#eef1f5',
  tint: '#f3f6fb',
  tintLight: '#f7f9fc',
  /** Information banners and highlighted regions. */
  infoBg: '#eef4fb',
  infoLine: '#9dbde0',
  /** Warning banners and notes. */
  cautionBg: '#fff4e0',
  cautionLine: '#e0b060',
  cautionInk: '#5c3900',
  noteBg: '#fff8e6',
  noteLine: '#ecd08f',
  selectedBg: '#fff6d6',
  tagBg: '#e8eef6',
  tagInk: '#1d3a5c',
  /** The source text viewer (dark). */
  sourceBg: '#0f1a29',
  sourceInk: '#e8eef6',
  sourceMuted: '#8ea3bd',
  sourceHit: '#3a4d1f',
  /** Presenter mode: black text, darker secondary text on white. */
  presentText: '#000000',
  presentMuted: '#2b3440',
  /** Print: black on white, grey rules. */
  printInk: '#000000',
  printLine: '#999999',
  shadow: 'rgb(0 0 0 / 20%)',
  shadowStrong: 'rgb(0 0 0 / 35%)',
  backdrop: 'rgb(0 0 0 / 55%)',
  blank: '#000000',
} as const;

/** The charts' categorical palette; the first two are 基本 and 项目. */
export const CHART_PALETTE = [
  BASIC,
  PROJECT,
  '#2a8a6e',
  '#8a5cb8',
  '#b8860b',
  '#5a6b7d',
  '#c2456e',
  '#3b8fb8',
] as const;

/** Spacing steps, `--space-<n>`. */
const SPACE = {
  1: '0.25rem',
  2: '0.5rem',
  3: '0.75rem',
  4: '1rem',
  5: '1.5rem',
  6: '2rem',
} as const;

/** Widths (px) the layout changes at, in the CSS's `@media (max-width | min-width: <n>px)`; `phone` is also asked by the
 * TypeScript (PHONE_QUERY). tokens.test.ts fails on an `@media` width that is not one of these. */
export const BREAKPOINTS = {
  /** From here up (min-width) the catalog's table has fixed column widths. */
  wide: 1000,
  /** Two columns become one (the overview's head). */
  tablet: 900,
  /** Tables become cards, the sunburst one ring, the filters fold. */
  phone: 640,
  /** The largest items' amounts go under their names. */
  narrow: 480,
  /** Fixed-share tables lose padding. */
  narrowest: 400,
} as const;

/** The phone layout, for matchMedia (use-media-query.ts). */
export const PHONE_QUERY = `(max-width: ${BREAKPOINTS.phone}px)`;

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The text of src/app/tokens.css. */
export function tokensCss(): string {
  const lines = [
    '/* Generated from src/lib/tokens.ts by `npm run generate-tokens`: edit that file, not this one. */',
    ':root {',
    ...Object.entries(COLORS).map(([k, v]) => `  --${kebab(k)}: ${v};`),
    ...CHART_PALETTE.map((v, i) => `  --chart-${i + 1}: ${v};`),
    ...Object.entries(SPACE).map(([k, v]) => `  --space-${k}: ${v};`),
    '}',
    '',
  ];
  return lines.join('\n');
}
