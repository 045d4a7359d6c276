import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROSE, tinyPdf } from '../src/import/testing/tiny-pdf';
import { HOSTILE_PDFS } from '../src/import/testing/unicode-pdf';
import { expect, test } from './fixtures';
import { t } from './strings';

// The corpus lives beside the repository (never copied into it); CI has it at the same place.
const CORPUS = resolve(import.meta.dirname, '../../shared/budget-corpus/pdf');
const WANLI = resolve(CORPUS, 'sh-putuo-wanli-2025-dept-budget.pdf');

test.describe('导入: a published PDF read in the browser', () => {
  // Reading a 31-page PDF in a Worker takes a few seconds here, more on a busy machine.
  test.setTimeout(120_000);

  test('drop the 万里 2025 budget and open it: its overview, and a reload forgets it', async ({ page }) => {
    test.skip(
      !existsSync(WANLI),
      `the budget corpus is absent (${CORPUS}); it is not part of this repository`,
    );
    await page.goto('./#/import');
    await expect(page.getByRole('note')).toHaveText(t('import.local'));
    await page.locator('input[type=file]').setInputFiles(WANLI);
    const card = page.locator('.import-card');
    // Values typed from the PDF (fixtures/corpus/sh-putuo-wanli-2025-dept-budget.json): 9 tables; the 1-元
    // rounding differences of 212 城乡社区支出 are real, 10 of them.
    await expect(card).toContainText('上海市普陀区人民政府万里街道办事处', { timeout: 60_000 });
    await expect(card).toContainText(t('import.problems', { blocks: 10, warns: 0, notes: 0 }));
    await card.getByRole('button', { name: t('import.open') }).click();

    // Every view on the imported dataset: the overview's total is the PDF's 189,767,551 元.
    await expect(page.locator('.banner-info')).toContainText('上海市普陀区2025年区级部门预算');
    await expect(page.locator('.kpis')).toContainText('18,976.7551');
    await page.reload();
    // A reload forgets the import (nothing is stored): the bundled dataset is back, and says so by its name.
    await expect(page.locator('.site-title')).toContainText('潍坊市大数据局');
  });

  test('drill a function of the imported dataset to its PDF page, cell highlighted', async ({ page }) => {
    test.skip(
      !existsSync(WANLI),
      `the budget corpus is absent (${CORPUS}); it is not part of this repository`,
    );
    await page.goto('./#/import');
    await page.locator('input[type=file]').setInputFiles(WANLI);
    await page.getByRole('button', { name: t('import.open') }).click({ timeout: 60_000 });
    await page.goto('./#/functions/201');
    // 201 一般公共服务支出: 3,296,600 元 = 329.66 万元, all of it 项目支出 (PDF page 14).
    const detail = page.locator('.detail');
    await expect(detail).toContainText('329.66');
    const link = detail.locator('.source-link').first();
    await expect(link).toContainText(t('source.page', { page: 14 }));
    await link.click();
    await expect(page.locator('#pdf-h')).toContainText('第14页 · 2025年部门支出预算总表');
    const mark = page.locator('.pdf-mark');
    await expect(mark).toBeVisible({ timeout: 30_000 });
    // The page is drawn (not a blank canvas) and the box lies on it.
    const drawn = await page.locator('.pdf-frame canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if ((d[i] ?? 255) < 128) dark++;
      return dark;
    });
    expect(drawn).toBeGreaterThan(1000);
    const [frame, box] = await Promise.all([page.locator('.pdf-frame').boundingBox(), mark.boundingBox()]);
    expect(box && frame && box.x >= frame.x && box.x + box.width <= frame.x + frame.width + 1).toBe(true);
    // The problems report is on the data view, worst first, each with its page.
    await page.goto('./#/data');
    await expect(page.locator('#recon-h')).toHaveText(t('report.title'));
    await expect(page.locator('.import-report tbody tr')).toHaveCount(10);
  });

  test('bad input: each file named with what is wrong, and the page stays usable', async ({ page }, info) => {
    const file = (name: string, bytes: Uint8Array | string) => {
      const path = info.outputPath(name);
      writeFileSync(path, bytes);
      return path;
    };
    await page.goto('./#/import');
    await page
      .locator('input[type=file]')
      .setInputFiles([
        file('notes.pdf', 'just text, not a PDF'),
        file('locked.pdf', tinyPdf({ pages: [PROSE], encrypted: true })),
        file('huge.pdf', tinyPdf({ pages: Array.from({ length: 1000 }, () => PROSE) })),
        file('library.pdf', tinyPdf({ pages: [PROSE, PROSE], javascript: true, link: true })),
      ]);
    const failures = page.locator('.import-failures');
    for (const [name, reason] of [
      ['notes.pdf', 'import.reason.not-pdf'],
      ['locked.pdf', 'import.reason.encrypted'],
      ['huge.pdf', 'import.reason.too-many-pages'],
      ['library.pdf', 'import.reason.not-budget'],
    ] as const)
      await expect(failures).toContainText(`${name}:${t(reason)}`, { timeout: 60_000 });
    await expect(page.locator('.import-card')).toHaveCount(0);
    // Nothing ran: no dialog opened (a PDF script's app.alert), and the page still navigates.
    page.on('dialog', () => {
      throw new Error('a dialog opened');
    });
    await page.getByRole('navigation').getByRole('link').first().click();
    await expect(page.locator('.kpis')).toBeVisible();
  });

  test('hostile PDFs: markup shown as text, controls and 1 MB lines warned, absurd amounts refused', async ({
    page,
  }, info) => {
    page.on('dialog', () => {
      throw new Error('a dialog opened');
    });
    const paths = Object.entries(HOSTILE_PDFS).map(([name, make]) => {
      const path = info.outputPath(name);
      writeFileSync(path, make());
      return path;
    });
    await page.goto('./#/import');
    await page.locator('input[type=file]').setInputFiles(paths);
    const failures = page.locator('.import-failures');
    for (const name of ['30-digits.pdf', 'exponent.pdf'])
      await expect(failures).toContainText(`${name}:${t('import.reason.absurd-amount')}`, {
        timeout: 60_000,
      });
    await expect(failures).toContainText('page 1, at (');
    const cards = page.locator('.import-card');
    await expect(cards).toHaveCount(3, { timeout: 60_000 });
    // The page stays responsive while the Worker reads (and after): a frame comes within a moment.
    const frameMs = await page.evaluate(
      () =>
        new Promise<number>((r) => requestAnimationFrame((t0) => requestAnimationFrame((t1) => r(t1 - t0)))),
    );
    expect(frameMs).toBeLessThan(1000);
    for (const name of ['controls.pdf', 'long-line.pdf'])
      await expect(cards.filter({ hasText: name })).toContainText(
        t('import.problems', { blocks: 0, warns: 1, notes: 0 }),
      );

    // The markup is text wherever it is shown: no element made of it, nothing run.
    await cards
      .filter({ hasText: 'html.pdf' })
      .getByRole('button', { name: t('import.open') })
      .click();
    await page.goto('./#/functions/201');
    await expect(page.locator('main')).toContainText('<imgsrc=xonerror=alert(1)>');
    expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0);
  });

  test('cancel stops a long import at once', async ({ page }, info) => {
    const path = info.outputPath('long.pdf');
    writeFileSync(path, tinyPdf({ pages: Array.from({ length: 290 }, (_, i) => [...PROSE, `page ${i}`]) }));
    await page.goto('./#/import');
    await page.locator('input[type=file]').setInputFiles(path);
    await expect(page.locator('.import-progress progress')).toBeVisible();
    await page.getByRole('button', { name: t('import.cancel') }).click();
    await expect(page.getByText(t('import.cancelled'))).toBeVisible();
    await expect(page.locator('.import-card')).toHaveCount(0);
  });
});
