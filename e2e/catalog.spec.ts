import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { t } from './strings';
import { downloadCsv } from './download';
import { type BuiltSite, serveBuiltSite } from './site-server';

// The dashboard built on a catalog of the budget corpus (npm run corpus-site), served on a port of its own. The
// corpus lives beside the repository and is never copied into it; without it these journeys are skipped.
const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '../shared/budget-corpus/pdf');
const present = existsSync(CORPUS);

test.describe('a catalog of many department-years (the budget corpus)', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(!present, `the budget corpus is absent (${CORPUS}); it is not part of this repository`);
  // Importing 28 PDFs into the site takes some 15 s, more on a busy machine.
  test.setTimeout(240_000);

  let site: BuiltSite | null = null;
  let base = '';
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook uses from this pattern
  test.beforeAll(async ({}, info) => {
    info.setTimeout(240_000);
    const port = info.project.name === 'phone' ? 4180 : 4179;
    site = await serveBuiltSite('scripts/corpus-site.ts', `corpus-site-e2e-${info.project.name}`, port);
    base = site.base;
  });
  test.afterAll(() => {
    site?.stop();
  });

  test('the catalog lists region → department → years, searchable, each year a link', async ({ page }) => {
    await page.goto(`${base}#/catalog`);
    await expect(page.getByRole('navigation').getByRole('link', { name: t('nav.catalog') })).toBeVisible();
    for (const region of ['江苏省', '山东省潍坊市', '上海市普陀区'])
      await expect(page.getByRole('heading', { level: 2, name: region })).toBeVisible();
    await page.getByRole('searchbox').fill('万里');
    const rows = page.locator('.catalog-table tbody tr:not(.dept-row)');
    await expect(rows).toHaveCount(3);
    // 收入总计 of 2024: 156,211,123 元 (the PDF's page 9) = 15,621.1123 万元, shown exactly.
    await expect(rows.nth(1)).toContainText('15,621.1123');
    await rows.nth(1).getByRole('link').first().click();
    await expect(page.locator('.site-title')).toContainText('万里街道办事处');
    await expect(page.locator('.kpis')).toContainText('15,621.1123');
  });

  test('the year view of 万里街道 2023–2025, exact in 元', async ({ page }) => {
    await page.goto(`${base}?ds=sh-putuo-wanli-2025-dept-budget&unit=yuan#/years`);
    const table = page.locator('.years-table').first();
    // 收入总计 164,978,640 → 156,211,123 → 189,767,551 元; 三公 22.91 → 47.91 → 37.91 万元.
    const income = table.locator('tbody tr').first();
    await expect(income).toContainText('164,978,640.00');
    await expect(income).toContainText('156,211,123.00');
    await expect(income).toContainText('189,767,551.00');
    const sangong = table.locator('tbody tr').nth(4);
    await expect(sangong).toContainText('229,100.00');
    await expect(sangong).toContainText('479,100.00');
    await expect(sangong).toContainText('379,100.00');
    await expect(sangong).toContainText('+109.12%');
  });

  test('the departments of 普陀区 2025 compared, 单位 versions marked', async ({ page }) => {
    await page.goto(`${base}?ds=sh-putuo-wanli-2025-dept-budget#/compare`);
    const rows = page.locator('.compare-table tbody tr');
    // The corpus's 普陀区 2025 budgets: 财政局, 商务委 (部门 and 单位), 万里街道, 政府办 (部门 and 单位).
    await expect(rows).toHaveCount(6);
    for (const name of ['上海市普陀区财政局', '上海市普陀区商务委员会', '上海市普陀区人民政府万里街道办事处'])
      await expect(page.locator('.compare-table')).toContainText(name);
    // Sorted by total spending: 商务委 37,151.4655 (万元, exactly its 371,514,655 元) first.
    await expect(rows.first()).toContainText('37,151.4655');
    await expect(page.locator('.compare-table .muted.small')).toHaveCount(2);
    // Exported in the order the reader sees, in 元 exactly (371,514,655 and 189,767,551 元 as the PDFs print).
    await page.goto(`${base}?ds=sh-putuo-wanli-2025-dept-budget&unit=yuan#/compare`);
    const fields = (await downloadCsv(page.locator('.compare-view .table-tools button').first())).flat();
    expect(fields.indexOf('371514655.00')).toBeGreaterThan(0);
    expect(fields.indexOf('371514655.00')).toBeLessThan(fields.indexOf('189767551.00'));
  });

  test('the execution view of 普陀区财政局 2024 决算: 三公 预算数 against 决算数, 项 by gap', async ({
    page,
  }) => {
    await page.goto(`${base}?ds=sh-putuo-caizhengju-2024-dept-final#/execution`);
    await expect(page.locator('.site-title')).toContainText(t('shell.yearFinal', { year: 2024 }));
    const tables = page.locator('.execution-view table');
    // p22: 行政运行 年初预算 1,560.05, 支出决算 1,511.89 (gap −48.16, the largest) and its stated reason.
    const first = tables.nth(0).locator('tbody tr').first();
    await expect(first).toContainText('2010601');
    await expect(first).toContainText('1,560.05');
    await expect(first).toContainText('1,511.89');
    await expect(first).toContainText('96.91%');
    await expect(first).toContainText('人员进出及退休变化');
    // p18: “三公”经费合计 预算数 0.95, 决算数 printed blank: 0.00, 0.00%.
    const total = tables.nth(1).locator('tbody tr.row-total');
    await expect(total).toContainText('0.95');
    await expect(total).toContainText('0.00%');
  });

  // Every view of the nav, opened in the page (a hash change, as a reader moves) after one load per dataset.
  const views = [
    '#/',
    '#/functions',
    '#/projects',
    '#/indicators',
    '#/sangong',
    '#/economic',
    '#/procurement',
    '#/about',
    '#/glossary',
    '#/data',
    '#/years',
    '#/compare',
  ];
  // The datasets in shares, one test each (the catalog is known only once the site is built): each test has a
  // few datasets' views to open within its own timeout, instead of one test opening all of them.
  const SHARES = 6;
  const datasetIds = (info: { project: { name: string } }) =>
    (
      JSON.parse(
        readFileSync(
          resolve(ROOT, 'tmp', `corpus-site-e2e-${info.project.name}`, 'data', 'catalog.json'),
          'utf8',
        ),
      ) as { datasets: Array<{ id: string }> }
    ).datasets.map((d) => d.id);

  test('the sweep below covers every dataset of the catalog', async ({ isMobile }, info) => {
    test.skip(!isMobile, 'the sweep runs once, at phone width');
    expect(datasetIds(info).length).toBeGreaterThan(SHARES);
  });

  for (let share = 0; share < SHARES; share++)
    test(`every view of corpus datasets ${share + 1}/${SHARES} opens, at 320 px without sideways scrolling`, async ({
      page,
      isMobile,
    }, info) => {
      test.skip(!isMobile, 'the sweep runs once, at phone width');
      const ids = datasetIds(info).filter((_, i) => i % SHARES === share);
      // The narrowest phone the product supports (issue 11: no sideways scrolling at 320 px).
      await page.setViewportSize({ width: 320, height: 740 });
      const wide: string[] = [];
      for (const id of ids) {
        await page.goto(`${base}?ds=${id}#/`);
        for (const v of views) {
          await page.evaluate((hash) => (window.location.hash = hash), v);
          await expect(page.locator(`.site-header nav a[aria-current="page"][href="${v}"]`)).toBeAttached();
          await expect(page.locator('main article h1').first(), `${id} ${v}`).toBeVisible();
          const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (over > 1) wide.push(`${id} ${v}: ${over} px`);
        }
      }
      expect(wide).toEqual([]);
    });
});
