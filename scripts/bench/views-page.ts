// Every view opened in Chromium, measured in the page as scripts/bench/interaction.ts does: performance.now() before
// the input (the hash set, as a nav link does); once the view shows its heading and no "loading" placeholder, the
// next animation frame and a message posted from it, which arrives right after that frame is painted. A chart may
// draw after that: the figures are what a reader waits for. The first time a page opens a view is its first visit
// (its code and derived figures are cold); later rounds in the same page are warm switches.
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { PAGE_PROBE } from './page-probe';

export interface ViewRoute {
  /** What the table calls it, e.g. "#/functions/2150599". */
  name: string;
  hash: string;
  /** Where the reader comes from: the overview, or (for the overview itself) the about page. */
  from: string;
}

export const VIEW_ACTIONS = `${PAGE_PROBE}
const h1 = () => document.querySelector('#main h1')?.textContent ?? '';
const shown = (before) => { const t = h1(); return t !== '' && t !== before && !document.querySelector('#main .view-loading'); };
async function go(hash) { location.hash = hash; await until(() => h1() !== '' && !document.querySelector('#main .view-loading'), hash); await settle(); }
window.__views = async (routes) => {
  const out = {};
  for (const r of routes) {
    await go(r.from);
    const before = h1();
    const t0 = performance.now();
    location.hash = r.hash;
    await until(() => shown(before), r.hash);
    await afterNextPaint();
    out[r.name] = performance.now() - t0;
  }
  return out;
};`;

export type ViewSamples = Record<string, { first: number[]; warm: number[] }>;

/** `pages` fresh pages; in each, every route once cold (order rotated page by page) and `warm` more rounds. */
async function pagesAt(
  browser: Browser,
  url: string,
  routes: readonly ViewRoute[],
  o: { pages: number; warm: number; slowdown: number },
): Promise<ViewSamples> {
  const samples: ViewSamples = Object.fromEntries(routes.map((r) => [r.name, { first: [], warm: [] }]));
  for (let p = 0; p < o.pages; p++) {
    // A new context each time: nothing cached from the last page, as for a reader arriving.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('#root:not([data-prerendered]) #main h1');
    if (o.slowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: o.slowdown });
    }
    // The reader's first tap comes after the page has settled (its checks run in slices after the first paint).
    await page.waitForTimeout(1500);
    await page.addScriptTag({ content: VIEW_ACTIONS });
    const order = routes.map((_, i) => routes[(i + p) % routes.length]!);
    for (let round = 0; round <= o.warm; round++) {
      const out = (await page.evaluate(
        (r) => (window as unknown as { __views: (r: unknown) => unknown }).__views(r),
        order,
      )) as Record<string, number>;
      for (const [name, ms] of Object.entries(out)) samples[name]![round === 0 ? 'first' : 'warm'].push(ms);
    }
    await context.close();
    if (errors.length) throw new Error(`${url}: page errors: ${errors.join('; ')}`);
  }
  return samples;
}

export async function measureViews(
  url: string,
  routes: readonly ViewRoute[],
  o: { pages: number; warm: number },
) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return {
      chromium: browser.version(),
      desktop: await pagesAt(browser, url, routes, { ...o, slowdown: 1 }),
      slow: await pagesAt(browser, url, routes, { ...o, slowdown: 4 }),
    };
  } finally {
    await browser.close();
  }
}
