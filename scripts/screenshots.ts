// npx tsx scripts/screenshots.ts [route…] — screenshots of views at desktop and phone width (for looking, not a test).
// Needs a running server: npm run build && npm run preview.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const out = process.env.OUT ?? '/tmp/shots';
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['#/'];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [name, viewport] of [
  ['desktop', { width: 1366, height: 900 }],
  ['phone', { width: Number(process.env.PHONE_WIDTH ?? 390), height: 844 }],
] as const) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
  for (const r of routes) {
    await page.goto(base + r);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    // Charts draw when they near the viewport: for a full-page picture, bring each into view first.
    if (process.env.FULL === '1') {
      for (const body of await page.locator('.chart-body').all()) await body.scrollIntoViewIfNeeded();
      await page.waitForTimeout(800);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    const file = `${out}/${name}-${r.replace(/[^a-z0-9]+/gi, '_') || 'root'}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
