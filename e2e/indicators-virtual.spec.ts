import type { Locator } from '@playwright/test';
import { downloadCsv } from './download';
import { expect, test } from './fixtures';
import { t } from './strings';

const ALL = 550;

/** Body rows in the DOM (spacers aside): a long table renders only those near the view. */
const renderedRows = (table: Locator) => table.locator('tbody tr[aria-rowindex]');

test('the 550 indicators render only the rows in view, yet scroll, export and print as 550', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'the long table: wider screens (phones list compact rows, indicators-filter.spec.ts)');
  await page.goto('./#/indicators');
  const table = page.getByRole('table', { name: t('indicators.caption') });
  await expect(page.getByRole('status')).toContainText(`显示 ${ALL} / ${ALL}`);
  // Screen readers are told the whole size: 550 rows and the header row.
  await expect(table).toHaveAttribute('aria-rowcount', String(ALL + 1));
  await expect(renderedRows(table).first()).toBeVisible();
  expect(await renderedRows(table).count()).toBeLessThan(100);

  // The CSV is built from the data: every indicator, not only the rows in the DOM.
  const rows = await downloadCsv(page.getByRole('button', { name: t('export.csv') }).last());
  expect(rows).toHaveLength(ALL + 1);
  // The first field is the project's id, the second the indicator's name.
  const lastName = rows.at(-1)?.[1] ?? '';
  expect(lastName).not.toBe('');

  // Scrolling to the bottom of the page brings the last indicator, in its place in the whole table.
  const lastRow = table.locator(`tbody tr[aria-rowindex="${ALL + 1}"]`);
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(lastRow).toBeInViewport({ timeout: 1_000 });
  }).toPass();
  await expect(lastRow).toContainText(lastName);
  expect(await renderedRows(table).count()).toBeLessThan(100);

  // Printing renders every row; back on screen, only those in view again.
  await page.emulateMedia({ media: 'print' });
  await expect(renderedRows(table)).toHaveCount(ALL);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => renderedRows(table).count()).toBeLessThan(100);
});

test('Tab walks the links of the long table past the rows first rendered', async ({ page, isMobile }) => {
  test.skip(isMobile, 'keyboard: desktop');
  await page.goto('./#/indicators');
  const table = page.getByRole('table', { name: t('indicators.caption') });
  const firstRendered = await renderedRows(table).count();
  await table.locator('tbody a').first().focus();
  // Two links a row (indicator, project): this goes well past the rows rendered at first.
  const presses = 2 * (firstRendered + 10);
  for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
  const focusedRow = await page.evaluate(
    () => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? null,
  );
  expect(Number(focusedRow)).toBeGreaterThan(firstRendered + 1);
  await expect(page.locator(':focus')).toBeInViewport();

  // The focused row stays in the DOM when scrolled far away, so focus is not lost to the page.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(table.locator(`tbody tr[aria-rowindex="${focusedRow}"]`)).toBeAttached();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
});
