// The catalog views' interactions in Chromium, measured in the page as scripts/bench/interaction.ts does:
// performance.now() before the input; once the view shows the change (the rows the app's own functions say it must
// show, see catalog-expect.ts), the next animation frame and a message posted from it, which arrives right after that
// frame is painted. The same rounds run on the desktop and with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate).
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { PAGE_PROBE } from './page-probe';
import type { PageExpectations } from './catalog-expect';

const ACTIONS = `${PAGE_PROBE}
const $ = (s) => document.querySelector(s);
const $$ = (s) => document.querySelectorAll(s);
// A controlled React input only sees a value set through the prototype's setter (React's value tracker).
const setInput = (el, v) => { Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, v); el.dispatchEvent(new Event('input', { bubbles: true })); };
const choose = (el, v) => { el.value = v; el.dispatchEvent(new Event('change', { bubbles: true })); };
// Both lists say how many they hold (the catalog's status, the comparison's caption): the rows in the document may
// be only those in view.
const compared = () => Number(/\\d+/.exec($('.compare-table caption')?.textContent ?? '')?.[0] ?? NaN);
const count = () => Number(/\\d+/.exec($('.catalog-view [role=status]')?.textContent ?? '')?.[0] ?? NaN);
const linksTo = (a, id) => !!a && a.getAttribute('href').startsWith('?ds=' + encodeURIComponent(id) + '#');
const firstEntry = () => $('.catalog-table tbody tr:not(.dept-row) a');
const firstCompared = () => $('.compare-table tbody th a');
async function away() { location.hash = '#/about'; await until(() => !!$('main article.prose h1'), 'about'); await frames(); }
window.__catalogBench = async (x) => {
  const out = {};
  const add = (k, v) => (out[k] ??= []).push(v);
  await away();
  add('open #/catalog (from #/about)', await measure(() => { location.hash = '#/catalog'; },
    () => count() === x.catalogCount && linksTo(firstEntry(), x.catalogFirst), 'catalog'));
  for (const step of x.search)
    add('search: a keystroke', await measure(() => setInput($('.catalog-view input[type=search]'), step.query),
      () => count() === step.count && linksTo(firstEntry(), step.first), 'search ' + step.query));
  add('search: clear', await measure(() => setInput($('.catalog-view input[type=search]'), ''),
    () => count() === x.catalogCount && linksTo(firstEntry(), x.catalogFirst), 'clear'));
  add('sort: catalog ' + x.catalogSort.by, await measure(() => choose($('.catalog-view select'), x.catalogSort.by),
    () => location.hash.includes('sort=' + x.catalogSort.by) && linksTo(firstEntry(), x.catalogSort.first), 'catalog sort'));
  await away();
  add('open #/years (from #/about)', await measure(() => { location.hash = '#/years'; },
    () => $$('.years-table')[0]?.querySelectorAll('thead th a').length === x.yearsColumns, 'years'));
  await away();
  add('open #/compare (from #/about)', await measure(() => { location.hash = '#/compare'; },
    () => compared() === x.compareRows && linksTo(firstCompared(), x.compareFirst), 'compare'));
  add('sort: compare ' + x.compareSort.by, await measure(() => choose($('.compare-view select'), x.compareSort.by),
    () => location.hash.includes('sort=' + x.compareSort.by) && linksTo(firstCompared(), x.compareSort.first), 'compare sort'));
  return out;
};`;

export type Samples = Record<string, number[]>;

/** `reps` rounds of every action after one warm-up round (lazy chunks, JIT), at the given CPU slowdown. */
async function rounds(browser: Browser, url: string, x: PageExpectations, reps: number, slowdown: number) {
  // bypassCSP: the measuring script is injected as a <script>, which the page's CSP rightly forbids.
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}?ds=${encodeURIComponent(x.dataset)}#/about`);
  await page.waitForSelector('#root:not([data-prerendered]) main article.prose h1');
  if (slowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  await page.addScriptTag({ content: ACTIONS });
  await page.evaluate(
    (e) => (window as unknown as { __catalogBench: (e: unknown) => unknown }).__catalogBench(e),
    x,
  );
  const samples: Samples = {};
  for (let i = 0; i < reps; i++) {
    const out = (await page.evaluate(
      (e) => (window as unknown as { __catalogBench: (e: unknown) => unknown }).__catalogBench(e),
      x,
    )) as Samples;
    for (const [k, v] of Object.entries(out)) (samples[k] ??= []).push(...v);
  }
  await page.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return samples;
}

export async function measureSite(url: string, x: PageExpectations, reps: number) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return {
      chromium: browser.version(),
      desktop: await rounds(browser, url, x, reps, 1),
      slow: await rounds(browser, url, x, reps, 4),
    };
  } finally {
    await browser.close();
  }
}
