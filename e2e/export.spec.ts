import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

async function download(page: import('@playwright/test').Page, name: string | RegExp): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).first().click(),
  ]);
  return readFileSync(await file.path());
}

test('a table exports as CSV for Excel: BOM, unit in the header, exact decimals, no formula-leading field', async ({
  page,
}) => {
  await page.goto('./#/projects?sort=amount.desc');
  const csv = await download(page, '导出 CSV');
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8').slice(1);
  const [header, first] = text.split('\r\n');
  expect(header).toContain('金额(万元)');
  expect(first).toContain('政务云服务费');
  expect(first).toContain('4000.00');
});

test('targets such as =100% survive the CSV as text', async ({ page }) => {
  await page.goto('./#/indicators?q=%3D100%25');
  const text = (await download(page, '导出 CSV')).toString('utf8');
  const fields = text
    .slice(1)
    .split(/\r\n/)
    .flatMap((line) => line.split(','));
  expect(fields).toContain("'=100%");
  expect(fields.filter((f) => /^"?[=+@]/.test(f))).toEqual([]);
});

test('a chart downloads as a PNG', async ({ page }) => {
  await page.goto('./');
  await page.locator('.chart-body').first().scrollIntoViewIfNeeded();
  await expect(page.locator('canvas').first()).toBeVisible();
  const png = await download(page, '下载图片');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(20_000);
});

test('print gives a clean handout: no navigation or controls', async ({ page }) => {
  await page.goto('./#/sangong');
  await expect(page.getByRole('navigation', { name: '视图' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '视图' })).toBeHidden();
  await expect(page.getByRole('button', { name: '导出 CSV' }).first()).toBeHidden();
  // The sangong table's total row (a chart not drawn yet prints its table twin, whose header names it too).
  await expect(page.getByRole('row', { name: /^“三公”经费合计/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /机关运行经费/ })).toContainText('机关运行经费');
  await page.screenshot({ path: test.info().outputPath('print-sangong.png'), fullPage: true });
});

test('the CSVs identify each project, hold numbers as numbers, and a project exports its own indicators', async ({
  page,
}) => {
  const lines = (b: Buffer) => b.toString('utf8').slice(1).split('\r\n');
  await page.goto('./#/projects?sort=amount.desc');
  const [header, first] = lines(await download(page, '导出 CSV'));
  expect(header?.split(',').slice(0, 5)).toEqual([
    '项目编号',
    '项目名称',
    '项目类型',
    '金额(万元)',
    '占项目支出(%)',
  ]);
  // 4,000.00 ÷ 10,246.66 (lines 342 and 333): the share as a number, the name as printed, the id before it.
  expect(first?.split(',').slice(0, 5)).toEqual(['p09', '政务云服务费', '特定目标类', '4000.00', '39.04']);
  // The indicators file tells the two 政务云服务费 projects apart.
  await page.goto('./#/indicators');
  const [head, ...rows] = lines(await download(page, '导出 CSV')).filter(Boolean);
  const project = head?.split(',').indexOf('项目') ?? -1;
  expect(project).toBeGreaterThan(0);
  const ids = new Set(
    rows
      .map((l) => l.split(','))
      .filter((f) => f[project] === '政务云服务费')
      .map((f) => f[0]),
  );
  expect([...ids].sort()).toEqual(['p06', 'p09']);
  // A project's own indicator table (p11: 9 indicators, lines 645–653 of the source).
  await page.goto('./#/projects/p11');
  const own = lines(await download(page, '导出 CSV')).filter(Boolean);
  expect(own[0]).toBe('项目编号,一级指标,二级指标,三级指标,指标值(原文),原文行');
  expect(own).toHaveLength(10);
  expect(own.slice(1).every((l) => l.startsWith('p11,'))).toBe(true);
});
