import { expect, test } from './fixtures';
import { t } from './strings';
import { openFilters, readColumn } from './helpers';

test('indicators filter by 一级 and by text, kept in the URL', async ({ page, isMobile }) => {
  test.skip(isMobile, 'reads the table: wider screens (phones: below)');
  await page.goto('./#/indicators');
  await expect(page.getByRole('status')).toContainText('显示 550 / 550');
  await openFilters(page);
  await page.getByLabel(t('indicators.level1'), { exact: true }).selectOption('成本指标');
  await expect(page).toHaveURL(/l1=/);
  const table = page.getByRole('table', { name: t('indicators.caption') });
  // 72 cost indicators: 65 经济成本, 4 生态环境成本 (source lines 525, 920, 945, 1364) and 3 社会成本 (919, 944,
  // 1057). More than the table renders at once, so only the rows near the view are in the document.
  await expect(page.getByRole('status')).toContainText('显示 72 / 550');
  await expect(table).toHaveAttribute('aria-rowcount', String(72 + 1));
  const level1 = await readColumn(table, t('indicators.level1'));
  expect(level1.length).toBeGreaterThan(10);
  expect(level1.length).toBeLessThan(72);
  expect(new Set(level1)).toEqual(new Set(['成本指标']));

  await page.getByLabel(t('indicators.level1'), { exact: true }).selectOption('');
  await page.getByLabel(t('indicators.search'), { exact: true }).fill('28万路');
  await expect(page.getByRole('status')).toContainText('显示 1 / 550');
  await expect(table.getByRole('link', { name: '汇聚视频资源数量' })).toBeVisible();
});

test('on a phone the indicators are compact rows under one 筛选 button, with their place and type', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'phones');
  await page.goto('./#/indicators');
  const rows = page.locator('main .compact-list li');
  await expect(rows).toHaveCount(550);
  // The first indicator of the first table (律师咨询服务, line 460 of the source).
  await expect(rows.first()).toContainText('总成本控制金额');
  await expect(rows.first()).toContainText('≤2.48万元');
  await expect(rows.first()).toContainText('成本指标 › 经济成本指标 · 律师咨询服务');
  await page.locator('main details.filters-fold summary').click();
  await page.getByLabel(t('indicators.level1'), { exact: true }).selectOption('满意度指标');
  await expect(page.locator('main details.filters-fold summary')).toHaveText(t('filters.active', { n: 1 }));
  await expect(page.getByRole('status')).toContainText('显示 59 / 550');
  await expect(rows).toHaveCount(59);
  await expect(rows.filter({ hasNotText: '满意度指标 ›' })).toHaveCount(0);
  // Nothing matches: a line says so, and there is no file to export.
  await page.getByLabel(t('indicators.search'), { exact: true }).fill('没有这个指标');
  await expect(page.locator('main .compact-list')).toContainText(t('table.noRows'));
  await expect(page.getByRole('button', { name: t('export.csv') })).toHaveCount(0);
  await expect(page.locator('main .chart-body')).toContainText(t('indicators.noneShown'));
});
