import { download, downloadCsv } from './download';
import { expect, test } from './fixtures';
import { t } from './strings';

const csvButton = (page: import('@playwright/test').Page) =>
  page.getByRole('button', { name: t('export.csv') }).first();

/** Fields that a spreadsheet would run as a formula (csv.ts guards them with an apostrophe). */
const formulaFields = (rows: string[][]) => rows.flat().filter((f) => /^[=+@]/.test(f));

test('a table exports as CSV for Excel: BOM, unit in the header, exact decimals, no formula-leading field', async ({
  page,
}) => {
  await page.goto('./#/projects?sort=amount.desc');
  const file = await download(csvButton(page));
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, first] = file.text.slice(1).split('\r\n');
  expect(header).toContain('金额(万元)');
  expect(first).toContain('政务云服务费');
  expect(first).toContain('4000.00');
});

test('targets such as =100% survive the CSV as text', async ({ page }) => {
  await page.goto('./#/indicators?q=%3D100%25');
  const rows = await downloadCsv(csvButton(page));
  expect(rows.flat()).toContain("'=100%");
  expect(formulaFields(rows)).toEqual([]);
});

test('a chart downloads as a PNG', async ({ page }) => {
  await page.goto('./');
  await page.locator('.chart-body').first().scrollIntoViewIfNeeded();
  await expect(page.locator('canvas').first()).toBeVisible();
  const png = (await download(page.getByRole('button', { name: t('export.png') }).first())).bytes;
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(20_000);
});

test('print gives a clean handout: no navigation or controls', async ({ page }) => {
  await page.goto('./#/sangong');
  const nav = page.getByRole('navigation', { name: t('nav.label') });
  await expect(nav).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(csvButton(page)).toBeHidden();
  // The sangong table's total row (a chart not drawn yet prints its table twin, whose header names it too).
  await expect(page.getByRole('row', { name: /^“三公”经费合计/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /机关运行经费/ })).toContainText('机关运行经费');
  await page.screenshot({ path: test.info().outputPath('print-sangong.png'), fullPage: true });
});

test('the CSVs identify each project, hold numbers as numbers, and a project exports its own indicators', async ({
  page,
}) => {
  await page.goto('./#/projects?sort=amount.desc');
  const [header, first] = await downloadCsv(csvButton(page));
  expect(header?.slice(0, 5)).toEqual([
    t('projects.col.id'),
    t('projects.col.name'),
    t('projects.col.type'),
    '金额(万元)',
    '占项目支出(%)',
  ]);
  // 4,000.00 ÷ 10,246.66 (lines 342 and 333): the share as a number, the name as printed, the id before it.
  expect(first?.slice(0, 5)).toEqual(['p09', '政务云服务费', '特定目标类', '4000.00', '39.04']);
  // The indicators file tells the two 政务云服务费 projects apart.
  await page.goto('./#/indicators');
  const [head, ...rows] = await downloadCsv(csvButton(page));
  const project = head?.indexOf(t('indicators.col.project')) ?? -1;
  expect(project).toBeGreaterThan(0);
  const ids = new Set(rows.filter((f) => f[project] === '政务云服务费').map((f) => f[0]));
  expect([...ids].sort()).toEqual(['p06', 'p09']);
  // A project's own indicator table (p11: 9 indicators, lines 645–653 of the source).
  await page.goto('./#/projects/p11');
  const own = await downloadCsv(csvButton(page));
  expect(own[0]).toEqual([
    t('projects.col.id'),
    t('indicators.level1'),
    t('indicators.level2'),
    t('indicator.level3'),
    t('indicator.target'),
    t('common.line'),
  ]);
  expect(own).toHaveLength(10);
  expect(own.slice(1).every((r) => r[0] === 'p11')).toBe(true);
});
