import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, CHART_PALETTE, COLORS, PHONE_QUERY, tokensCss } from './tokens';

const SRC = join(import.meta.dirname, '..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cssFiles(join(dir, e.name)) : e.name.endsWith('.css') ? [join(dir, e.name)] : [],
  );
}

/** WCAG 2 relative luminance of an opaque #rrggbb colour. */
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not an opaque #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('design tokens', () => {
  it('src/app/tokens.css is what src/lib/tokens.ts generates (run `npm run generate-tokens`)', () => {
    expect(readFileSync(join(SRC, 'app', 'tokens.css'), 'utf8')).toBe(tokensCss());
  });

  it('every colour a stylesheet asks for is a token', () => {
    const defined = new Set([...tokensCss().matchAll(/--([a-z0-9-]+):/g)].map((m) => m[1]));
    // Custom properties set elsewhere: fonts and radius (app.css), a legend swatch (ChartFrame sets it inline).
    const local = new Set(['radius', 'font', 'font-latin', 'mono', 'swatch']);
    const missing = cssFiles(SRC).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/var\(--([a-z0-9-]+)/g)]
        .map((m) => m[1] as string)
        .filter((name) => !defined.has(name) && !local.has(name))
        .map((name) => `${f.slice(SRC.length + 1)}: --${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('text colours have ≥ 4.5:1 on the backgrounds they are used on', () => {
    const pairs: Array<[keyof typeof COLORS, keyof typeof COLORS]> = [
      ['text', 'surface'],
      ['text', 'bg'],
      ['muted', 'surface'],
      ['muted', 'bg'],
      ['muted', 'headBg'],
      ['accent', 'surface'],
      ['accent', 'bg'],
      ['accentInk', 'accent'],
      ['ok', 'okBg'],
      ['warn', 'warnBg'],
      ['warnInk', 'warnBg'],
      ['fail', 'surface'],
      ['cautionInk', 'cautionBg'],
      ['text', 'noteBg'],
      ['text', 'selectedBg'],
      ['tagInk', 'tagBg'],
      ['chromeInk', 'chrome'],
      ['chromeMuted', 'chrome'],
      ['chromeLink', 'chrome'],
      ['sourceInk', 'sourceBg'],
      ['sourceMuted', 'sourceBg'],
      ['presentMuted', 'surface'],
    ];
    const low = pairs
      .map(([fg, bg]) => ({ fg, bg, ratio: contrast(COLORS[fg], COLORS[bg]) }))
      .filter((p) => p.ratio < 4.5);
    expect(low).toEqual([]);
  });

  it('chart colours and field borders have ≥ 3:1 on white (WCAG 1.4.11, graphics)', () => {
    const low = [...CHART_PALETTE, COLORS.lineStrong].filter((c) => contrast(c, COLORS.surface) < 3);
    expect(low).toEqual([]);
  });

  it('the charts and the CSS use the same 基本 and 项目 colours', () => {
    expect(CHART_PALETTE.slice(0, 2)).toEqual([COLORS.basic, COLORS.project]);
    expect(tokensCss()).toContain(`--basic: ${COLORS.basic};`);
    expect(tokensCss()).toContain(`--project: ${COLORS.project};`);
  });

  it('every @media width in the stylesheets is a breakpoint token; the TypeScript asks the same phone width', () => {
    const widths = new Set<number>(Object.values(BREAKPOINTS));
    const stray = cssFiles(SRC).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\((?:max|min)-width:\s*(\d+)px\)/g)]
        .filter((m) => !widths.has(Number(m[1])))
        .map((m) => `${f.slice(SRC.length + 1)}: ${m[0]}`),
    );
    expect(stray).toEqual([]);
    expect(PHONE_QUERY).toBe(`(max-width: ${BREAKPOINTS.phone}px)`);
    const phoneBlocks = cssFiles(SRC).filter((f) => readFileSync(f, 'utf8').includes(PHONE_QUERY));
    expect(phoneBlocks.length).toBeGreaterThan(3);
  });
});
