import type { Page } from '@playwright/test';
import { PAYLOADS, xssDatasetText } from '../src/data/testing/xss';
import { drawCharts } from './charts';
import { downloadCsv } from './download';
import { expect, test } from './fixtures';
import { t } from './strings';
import { ALL_VIEWS } from './views';

// The dataset with attack payloads in every text field (names, goals, targets, labels, notes, glossary, evidence):
// every view renders them as text — no dialog, no injected element, no script run — and exports guard formulas.
// One test a view, each with the whole test timeout for itself: a sweep of all views in one test had no headroom.
const INJECTED =
  'img[src="x"], svg[onload], iframe[src^="javascript"], object, details[ontoggle], input[onfocus], b[onmouseover], a[href^="javascript"], body meta[http-equiv], main style, main script';

/** Serves the payload dataset and counts the dialogs a payload would open. */
async function servePayloads(page: Page): Promise<() => number> {
  const body = xssDatasetText();
  await page.route('**/data/weifang-big-data-bureau-2023.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  return () => dialogs;
}

test.describe(`XSS: ${PAYLOADS.length} payloads in every text field`, () => {
  test.skip(({ isMobile }) => isMobile, 'runs once, at desktop width');

  for (const hash of ALL_VIEWS)
    test(`${hash}: payloads stay text in the view, its charts' tooltips and its glossary terms`, async ({
      page,
    }) => {
      const dialogs = await servePayloads(page);
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
      expect(await page.locator(INJECTED).count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      // The document's title carries data text too (set once the view has rendered).
      await expect(page).toHaveTitle(/</);
      expect(dialogs()).toBe(0);
    });

  test('the payload text is shown as text, and no exported CSV field starts a formula', async ({ page }) => {
    const dialogs = await servePayloads(page);
    await page.goto('./#/projects');
    await expect(page.getByText('<script>window.__xss=1</script>', { exact: false }).first()).toBeVisible();
    const fields = (await downloadCsv(page.getByRole('button', { name: t('export.csv') }))).flat();
    expect(fields.some((f) => /^'=HYPERLINK/.test(f))).toBe(true);
    expect(fields.filter((f) => /^[=+@]/.test(f))).toEqual([]);
    expect(dialogs()).toBe(0);
  });
});
