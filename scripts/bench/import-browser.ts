/**
 * The browser half of npm run bench:import: each corpus document chosen on the 导入 view of the built site, in a
 * fresh page of Debian's Chromium; the time is the view's own (data-millis: from choosing the files to the dataset
 * checked and ready to open), so it includes starting the Worker and loading pdf.js into it.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { CORPUS, type Fixture } from '../../src/import/testing/corpus';

const root = resolve(import.meta.dirname, '../..');
const PORT = 4196;

export async function browserImportTimes(docs: readonly Fixture[]): Promise<Map<string, number>> {
  const server = spawn('node', ['scripts/serve.mjs', 'dist'], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const out = new Map<string, number>();
  try {
    // One import first, so that every measured one finds the chunks in the HTTP cache as a returning reader would.
    for (const [i, f] of [docs[0] as Fixture, ...docs].entries()) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/#/import`);
      await page.locator('input[type=file]').setInputFiles(f.files.map((n) => join(CORPUS, 'pdf', n)));
      const card = page.locator('.import-card[data-millis]').first();
      const failed = page.locator('.import-failures, .import-invalid, .import-crashed').first();
      await card.or(failed).waitFor({ timeout: 120_000 });
      if (await failed.isVisible()) {
        console.error(`${f.slug}: not imported in the browser: ${await failed.innerText()}`);
        out.set(f.slug, Number.NaN);
      } else if (i > 0) out.set(f.slug, Number(await card.getAttribute('data-millis')));
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return out;
}

/** gzip sizes of the on-demand import parts of the build (as scripts/check-budget.mjs groups them). */
export function importChunkSizes(): { view: number; worker: number; pdfPage: number } {
  const dir = join(root, 'dist', 'assets');
  const gz = (re: RegExp) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.js') && re.test(f))
      .reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return {
    view: gz(/^(ImportView|ImportedDataView|ImportedBanner|late-strings)-/),
    worker: gz(/^import-worker-/),
    pdfPage: gz(/^(render-pdf-page|pdf\.worker\.min)-/),
  };
}
