// The 导入 view's own interactions in Chromium, measured in the page as scripts/bench/interaction.ts does (input →
// the paint of the frame that shows the change): once a corpus PDF has been imported in the page, opening the
// imported dataset (打开) and opening its report (导入报告, the data page). Importing itself takes seconds and is
// timed by `npm run bench:import`; these are the taps that follow it.
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { PAGE_PROBE } from './page-probe';
import { CORPUS, type Fixture } from '../../src/import/testing/corpus';

const ACTIONS = `${PAGE_PROBE}
const h1 = () => document.querySelector('#main h1')?.textContent ?? '';
const ready = () => h1() !== '' && !document.querySelector('#main .view-loading');
const button = (i) => document.querySelectorAll('.import-card .import-actions button')[i];
async function toImport() { location.hash = '#/import'; await until(() => ready() && !!button(0), 'the import view'); }
window.__importActions = async () => {
  const out = {};
  for (const [name, i] of [['open the imported dataset (打开)', 0], ['open its report (导入报告)', 1]]) {
    await toImport();
    const before = h1();
    out[name] = await measure(() => button(i).click(), () => ready() && h1() !== before, name);
  }
  return out;
};`;

export type ImportSamples = Record<string, number[]>;

async function rounds(browser: Browser, base: string, doc: Fixture, reps: number, slowdown: number) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, bypassCSP: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}#/import`);
  await page.locator('input[type=file]').setInputFiles(doc.files.map((n) => join(CORPUS, 'pdf', n)));
  await page.locator('.import-card[data-millis]').first().waitFor({ timeout: 180_000 });
  if (slowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  await page.addScriptTag({ content: ACTIONS });
  const run = () =>
    page.evaluate(() => (window as unknown as { __importActions: () => unknown }).__importActions());
  await run(); // warm-up: the views' code, the imported dataset's derived figures
  const samples: ImportSamples = {};
  for (let i = 0; i < reps; i++)
    for (const [k, v] of Object.entries((await run()) as Record<string, number>)) (samples[k] ??= []).push(v);
  await page.close();
  if (errors.length) throw new Error(`${doc.slug}: page errors: ${errors.join('; ')}`);
  return samples;
}

/** `reps` rounds after a warm-up, at full speed and with the CPU slowed 4×, on one imported document. */
export async function measureImportActions(base: string, doc: Fixture, reps: number) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return {
      desktop: await rounds(browser, base, doc, reps, 1),
      slow: await rounds(browser, base, doc, reps, 4),
    };
  } finally {
    await browser.close();
  }
}
