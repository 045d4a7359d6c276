import { expect, test } from './fixtures';
import { t } from './strings';
import { openFilters, readColumn, sortToggle } from './helpers';

test('projects sort by amount as money (Decimal), and the sort lives in the URL', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'the table: wider screens (phones get compact rows, below)');
  await page.goto('./#/projects');
  const table = page.getByRole('table');
  await sortToggle(page, '金额', 'desc');
  await expect(page).toHaveURL(/sort=amount\.desc/);
  const names = await readColumn(table, t('projects.col.name'));
  const amounts = await readColumn(table, '金额');
  expect(names[0]).toContain('政务云服务费');
  expect(amounts[0]).toContain('4,000.00');
  // By value, not by string: 9.90 sorts below 10.00 and 1.83 is last.
  expect(amounts.at(-1)).toContain('1.83');
  expect(amounts.indexOf('10.00')).toBeLessThan(amounts.indexOf('9.90'));

  await sortToggle(page, '金额', 'asc');
  await expect(page).toHaveURL(/sort=amount\.asc/);
  expect((await readColumn(table, '金额'))[0]).toContain('1.83');
});

test('projects filter by type and search by name', async ({ page }) => {
  await page.goto('./#/projects');
  await openFilters(page);
  await page.getByLabel(t('projects.col.type'), { exact: true }).selectOption('其他运转类');
  await expect(page.getByRole('status')).toContainText('显示 8 / 44');
  await page.getByLabel(t('projects.search'), { exact: true }).fill('政务云');
  await expect(page.getByRole('status')).toContainText('显示 1 / 44');
  await expect(page).toHaveURL(/type=/);
  await expect(page.locator('main a[href^="#/projects/p"]')).toHaveText(/政务云服务费/);
});

test('which projects have targets that cannot be checked: a sortable, linkable column and a line on each project', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'the column: wider screens');
  await page.goto('./#/projects?sort=vague.desc');
  // Half of the targets of 潍坊市协同办公平台运维服务 (p04), 潍坊市政府门户网站运维保障 (p07) and 潍坊市预制菜产业高质量发展平台 (p33).
  const first = page.locator('main table tbody tr').first();
  await expect(first).toContainText('50.00%');
  await page.goto('./#/projects/p01');
  await expect(page.locator('main')).toContainText('11个指标中:0个定性,1个空白,1个成本指标只重复预算金额');
});

test('on a phone the projects are compact rows, largest first, each amount with its unit; the filters fold away', async ({
  page,
  isMobile,
}) => {
  test.skip(!isMobile, 'phones');
  await page.goto('./#/projects');
  const rows = page.locator('main .compact-list li');
  await expect(rows).toHaveCount(44);
  // The largest and the smallest project (lines 342 and 388 of the source), with 39.04% = 4,000.00 ÷ 10,246.66.
  await expect(rows.first()).toContainText('政务云服务费');
  await expect(rows.first()).toContainText('4,000.00 万元');
  await expect(rows.first()).toContainText('占项目支出 39.04%');
  await expect(rows.last()).toContainText('1.83 万元');
  // Sorting is the select; document order is written as sort=doc, since no sort means largest first here.
  await page.getByLabel(t('table.sort'), { exact: true }).selectOption('');
  await expect(page).toHaveURL(/sort=doc/);
  await expect(rows.first()).toContainText('律师咨询服务');
  // The filters are one button until opened, and it counts those in use.
  const fold = page.locator('main details.filters-fold summary');
  await expect(fold).toHaveText(t('filters.show'));
  await expect(page.getByLabel(t('projects.col.type'), { exact: true })).toBeHidden();
  await fold.click();
  await page.getByLabel(t('projects.col.type'), { exact: true }).selectOption('其他运转类');
  await expect(fold).toHaveText(t('filters.active', { n: 1 }));
  await expect(rows).toHaveCount(8);
  await page.screenshot({ path: test.info().outputPath('projects-phone.png') });
});
