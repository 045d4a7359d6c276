import { expect, test } from './fixtures';

test('the data page shows the dataset, the reconciliation report and the corrections', async ({ page }) => {
  await page.goto('./#/data');
  await expect(page.getByRole('heading', { level: 1, name: '数据与核对' })).toBeVisible();
  await expect(page.getByText(/项核对通过;0 项恒等关系未通过/)).toBeVisible();
  await expect(page.getByText(/12张预算表、44个项目、\d+张绩效目标表/)).toBeVisible();
  const correction = page.locator('#correction-c01');
  await expect(correction).toContainText('4807.56');
  await expect(page.getByRole('link', { name: '下载数据集 JSON' })).toHaveAttribute(
    'href',
    'data/weifang-big-data-bureau-2023.json',
  );
});

test('a dataset that is not in the catalog gives a located error and a retry, not a white screen', async ({
  page,
}) => {
  await page.goto('./?ds=no-such-dataset#/data');
  await expect(page.getByRole('heading', { name: '无法显示预算数据' })).toBeVisible();
  await expect(page.getByText('no dataset "no-such-dataset"')).toBeVisible();
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
});
