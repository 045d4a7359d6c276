import type { Page } from '@playwright/test';
import { brokenCases, brokenFileText } from '../src/data/testing/broken-cases';
import { expect, test } from './fixtures';
import { t } from './strings';

/** One check's row of the reconciliation report, its group opened as a reader would (closed when all pass). */
async function checkRow(page: Page, group: string, id: string) {
  const summary = page.locator('.recon summary', { hasText: group });
  await summary.waitFor();
  const row = page.locator(`[id="check-${id}"]`);
  if (!(await row.isVisible())) await summary.click();
  await expect(row).toBeVisible();
  return row;
}

test('the data page shows the dataset, the reconciliation report and the corrections', async ({ page }) => {
  await page.goto('./#/data');
  await expect(page.getByRole('heading', { level: 1, name: t('data.title') })).toBeVisible();
  await expect(page.getByText(/项核对通过;0 项恒等关系未通过/)).toBeVisible();
  await expect(page.getByText(/12张预算表、44个项目、\d+张绩效目标表/)).toBeVisible();
  const correction = page.locator('#correction-c01');
  await expect(correction).toContainText('4807.56');
  await expect(page.getByRole('link', { name: t('data.downloadDataset') })).toHaveAttribute(
    'href',
    'data/weifang-big-data-bureau-2023.json',
  );
});

test('a dataset that is not in the catalog gives a located error and a retry, not a white screen', async ({
  page,
}) => {
  await page.goto('./?ds=no-such-dataset#/data');
  await expect(page.getByRole('heading', { name: t('load.failedTitle') })).toBeVisible();
  await expect(page.getByText('no dataset "no-such-dataset"')).toBeVisible();
  await expect(page.getByRole('button', { name: t('load.retry') })).toBeVisible();
});

test('the report follows the reader: English sentences, amounts in yuan, the document’s names as printed', async ({
  page,
}) => {
  await page.goto('./?lang=en&unit=yuan#/data');
  const row = await checkRow(page, 'Part 3 · Notes', 'notes.income.total');
  await expect(row.getByRole('cell').nth(1)).toContainText(
    'The notes’ “2023年收入预算11,098.87万元” agrees with the tables: this year’s total revenue in the revenue and expenditure summary',
  );
  await expect(row.getByRole('cell').nth(2)).toHaveText('110,988,700.00 yuan');
  await expect(row.getByRole('cell').nth(3)).toHaveText('110,988,700.00 yuan');
});

test('a failed check in Chinese with 元: the same sentence as ever, both amounts exact in 元', async ({
  page,
}) => {
  const broken = brokenCases().find((c) => c.name === '21-totals-do-not-add-up');
  if (!broken) throw new Error('broken case 21 is gone');
  const body = brokenFileText(broken);
  await page.route('**/data/weifang-big-data-bureau-2023.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  await page.goto('./?unit=yuan#/data?checks=failed');
  const row = page.locator('[id="check-projects.row.p01.total"]');
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').nth(0)).toHaveText(t('recon.fail'));
  await expect(row.getByRole('cell').nth(1)).toContainText(
    '项目支出预算情况表:律师咨询服务的合计等于财政拨款与其他资金之和',
  );
  await expect(row.getByRole('cell').nth(2)).toHaveText('24,800.00 元');
  await expect(row.getByRole('cell').nth(3)).toHaveText('24,900.00 元');
});
