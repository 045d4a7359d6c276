import { expect, test } from './fixtures';
import { openFilters, readColumn } from './helpers';

test('indicators filter by 一级 and by text, kept in the URL', async ({ page }) => {
  await page.goto('./#/indicators');
  await expect(page.getByRole('status')).toContainText('显示 550 / 550');
  await openFilters(page);
  await page.getByLabel('一级指标', { exact: true }).selectOption('成本指标');
  await expect(page).toHaveURL(/l1=/);
  const table = page.getByRole('table', { name: '绩效指标' });
  const level1 = await readColumn(table, '一级指标');
  expect(level1.length).toBeGreaterThan(50);
  expect(new Set(level1)).toEqual(new Set(['成本指标']));

  await page.getByLabel('一级指标', { exact: true }).selectOption('');
  await page.getByLabel('搜索', { exact: true }).fill('28万路');
  await expect(page.getByRole('status')).toContainText('显示 1 / 550');
  await expect(table.getByRole('link', { name: '汇聚视频资源数量' })).toBeVisible();
});
