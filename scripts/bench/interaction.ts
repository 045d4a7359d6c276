// Drill clicks, route switches, sort and filter, measured in the page from input to the next paint:
// performance.now() before the input; once the view has changed, the next animation frame and a message posted from
// it, which arrives right after that frame is painted (the usual "after next paint" probe). Two animation frames
// would overcount by up to a frame (16.7 ms).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { PAGE_PROBE } from './page-probe';

const ACTIONS = `${PAGE_PROBE}
const h1 = () => document.querySelector('h1')?.textContent ?? '';
const link = (text) => [...document.querySelectorAll('a')].find((a) => a.textContent.trim().startsWith(text));
window.__bench = async () => {
  const out = {};
  const add = (k, v) => (out[k] ??= []).push(v);
  location.hash = '#/functions'; await until(() => h1().includes('功能分类') || h1().includes('Functions')); await frames();
  add('drill: function → 项', await measure(() => link('2150599').click(), () => h1().startsWith('2150599')));
  add('drill: 项 → project pool', await measure(() => link('查看这').click(), () => h1() === '项目支出' && !!link('潍坊市视频赋能平台')));
  add('drill: pool → project', await measure(() => link('潍坊市视频赋能平台').click(), () => h1() === '潍坊市视频赋能平台'));
  add('route: project → indicators', await measure(() => { location.hash = '#/indicators'; }, () => h1() === '绩效指标'));
  add('filter: indicators 一级', await measure(() => { const s = document.querySelector('.filters select'); s.value = '成本指标'; s.dispatchEvent(new Event('change', { bubbles: true })); }, () => location.hash.includes('l1=')));
  add('back: indicators → project', await measure(() => history.back(), () => h1() === '潍坊市视频赋能平台'));
  add('route: project → projects', await measure(() => { location.hash = '#/projects'; }, () => h1() === '项目支出'));
  add('sort: projects by amount', await measure(() => [...document.querySelectorAll('th button')].find((b) => b.textContent.includes('金额')).click(), () => location.hash.includes('sort=amount')));
  return out;
};`;

export interface InteractionFigures {
  byAction: Record<string, { p50: number; p95: number }>;
  all: { p50: number; p95: number; n: number };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** `reps` rounds of every action after a warm-up round, at full speed or with the CPU slowed `slowdown` times. */
export async function runInteraction(url: string, reps = 50, slowdown = 1): Promise<InteractionFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // bypassCSP: the measuring script is injected as a <script>, which the page's CSP rightly forbids.
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
  await page.goto(url);
  // The prerendered overview is static until the app takes over #root (src/app/prerendered.ts).
  await page.waitForSelector('#root:not([data-prerendered]) h1');
  if (slowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  await page.addScriptTag({ content: ACTIONS });
  await page.evaluate('window.__bench()'); // warm-up: lazy chunks, JIT
  const samples: Record<string, number[]> = {};
  for (let i = 0; i < reps; i++) {
    await page.evaluate(() => {
      location.hash = '#/';
    });
    const out = (await page.evaluate('window.__bench()')) as Record<string, number[]>;
    for (const [k, v] of Object.entries(out)) (samples[k] ??= []).push(...v);
  }
  await browser.close();
  const all = Object.values(samples).flat();
  return {
    byAction: Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [k, { p50: pct(v, 50), p95: pct(v, 95) }]),
    ),
    all: { p50: pct(all, 50), p95: pct(all, 95), n: all.length },
  };
}
