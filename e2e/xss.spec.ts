import { readFileSync } from 'node:fs';
import { PAYLOADS, xssDatasetText } from '../src/data/testing/xss';
import { drawCharts } from './charts';
import { expect, test } from './fixtures';
import { ALL_VIEWS } from './views';

// The dataset with attack payloads in every text field (names, goals, targets, labels, notes, glossary, evidence):
// every view renders them as text — no dialog, no injected element, no script run — and exports guard formulas.
const VIEWS = ALL_VIEWS;
const INJECTED =
  'img[src="x"], svg[onload], iframe[src^="javascript"], object, details[ontoggle], input[onfocus], b[onmouseover], a[href^="javascript"], body meta[http-equiv], main style, main script';

test.describe('XSS payloads in every text field', () => {
  test.skip(({ isMobile }) => isMobile, 'runs once, at desktop width');
  test(`${PAYLOADS.length} payloads across ${VIEWS.length} views, tooltips, titles and exports`, async ({
    page,
  }) => {
    const body = xssDatasetText();
    await page.route('**/data/weifang-big-data-bureau-2023.json', (route) =>
      route.fulfill({ body, contentType: 'application/json' }),
    );
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    for (const hash of VIEWS) {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await drawCharts(page);
      // Hover the charts so tooltips (HTML formatters) render data text.
      for (const canvas of await page.locator('canvas').all()) {
        const box = await canvas.boundingBox();
        if (box)
          for (const f of [0.3, 0.5, 0.7])
            await page.mouse.move(box.x + box.width * f, box.y + box.height * f);
      }
      // Glossary terms explain themselves: focus them so their (data) definitions render.
      for (const term of (await page.locator('button.term').all()).slice(0, 3)) await term.focus();
      expect(await page.locator(INJECTED).count(), hash).toBe(0);
      expect(
        await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
        hash,
      ).toBeUndefined();
    }
    expect(await page.title()).toContain('<');
    expect(dialogs).toBe(0);
    // The payload text is visible as text.
    await page.goto('./#/projects');
    await expect(page.getByText('<script>window.__xss=1</script>', { exact: false }).first()).toBeVisible();
    // Exports: no CSV field may start a formula.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    const csv = readFileSync(await file.path(), 'utf8').slice(1);
    const fields = csv.split(/\r\n/).flatMap((l) => l.split(','));
    expect(fields.some((f) => /^"?'=HYPERLINK/.test(f))).toBe(true);
    expect(fields.filter((f) => /^"?[=+@]/.test(f))).toEqual([]);
  });
});
