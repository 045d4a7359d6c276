import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { SHIPPED } from '../src/data/testing/broken-cases';
import { downloadCsv } from './download';
import { expect, test } from './fixtures';
import { t } from './strings';

// Amounts the schema accepts, shown and exported exactly (issue 16): more than two decimals, negative amounts.
const DATASET = '**/data/weifang-big-data-bureau-2023.json';

async function serveWith(page: Page, totals: Record<string, string>) {
  const data = JSON.parse(readFileSync(SHIPPED, 'utf8'));
  for (const row of data.tables.projects.rows) if (row.id in totals) row.cells.total = totals[row.id];
  const body = JSON.stringify(data);
  await page.route(DATASET, (route) => route.fulfill({ body, contentType: 'application/json' }));
}

/** Every field of the CSV that the first 导出 CSV button in `scope` gives. */
async function csvOf(scope: Locator | Page): Promise<string[]> {
  return (await downloadCsv(scope.getByRole('button', { name: t('export.csv') }).first())).flat();
}

test.describe('amounts as printed', () => {
  test.skip(({ isMobile }) => isMobile, 'runs once, at desktop width');

  test('an amount with three decimals is shown and exported with all three', async ({ page }) => {
    await serveWith(page, { p09: '4000.125' });
    await page.goto('./#/projects/p09');
    await expect(page.locator('.lead .amount').first()).toHaveText('4,000.125 万元');
    await page.goto('./#/projects?sort=amount.desc');
    await expect(page.getByRole('row', { name: /政务云服务费/ }).first()).toContainText('4,000.125');
    expect(await csvOf(page)).toContain('4000.125');
  });

  test('a negative amount: the sunburst says it cannot draw it and lists it; the table twin shows it', async ({
    page,
  }) => {
    await serveWith(page, { p01: '-2.48' });
    await page.goto('./#/');
    const note = page.getByRole('note').filter({ hasText: '旭日图无法以面积画出' });
    await expect(note).toContainText('律师咨询服务 −2.48');
    const chart = page.getByRole('figure', { name: /支出构成/ });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('canvas')).toHaveCount(0);
    await chart.getByRole('button', { name: t('chart.table'), exact: true }).click();
    await expect(page.getByRole('row', { name: /律师咨询服务/ })).toContainText('−2.48');
  });
});

test("the app's own derived percentage is exported as the figure it is, without an apostrophe", async ({
  page,
}) => {
  await page.goto('./#/sangong');
  const fields = await csvOf(page.getByRole('region', { name: t('sangong.other') }));
  expect(fields).toContain('+19.51%(推算)');
  expect(fields.filter((f) => f.startsWith("'"))).toEqual([]);
});
