import type { Locator, Page } from '@playwright/test';
import { downloadCsv } from './download';
import { expect, test } from './fixtures';
import { t } from './strings';
import { type BuiltSite, serveBuiltSite } from './site-server';

// The dashboard on a SYNTHETIC city of 1,000 department-years (npm run city-site: 4 regions × 50 departments ×
// 5 years, generated figures), served on a port of its own: the catalog and the comparison render only the rows near
// the view, and must still scroll, search, export and print as the whole list.
const ENTRIES = 1000;
/** 40 bodies per region, ten of them also as 单位 under the same name: one department row per name. */
const DEPARTMENT_ROWS = 160;

/** Body rows in the DOM (spacers aside). */
const renderedRows = (scope: Page | Locator) => scope.locator('tbody tr[aria-rowindex]');

test.describe('a city’s catalog (synthetic, 1,000 department-years)', () => {
  test.describe.configure({ mode: 'serial' });
  // Writing 1,000 stand-in datasets takes some seconds, more on a busy machine.
  test.setTimeout(120_000);

  let site: BuiltSite | null = null;
  let base = '';
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook uses from this pattern
  test.beforeAll(async ({}, info) => {
    info.setTimeout(180_000);
    const port = info.project.name === 'phone' ? 4188 : 4187;
    site = await serveBuiltSite('scripts/city-site.ts', `city-site-e2e-${info.project.name}`, port);
    base = site.base;
  });
  test.afterAll(() => {
    site?.stop();
  });

  test('the catalog renders the rows in view, yet scrolls to the last region, searches and prints all', async ({
    page,
  }) => {
    await page.goto(`${base}?ds=synthetic-r1-b01-2025#/catalog`);
    await expect(page.getByRole('status')).toHaveText(t('catalog.count', { count: ENTRIES }));
    const regions = page.getByRole('heading', { level: 2 });
    await expect(regions).toHaveText(['合成省丙市', '合成省丁市', '合成省甲市', '合成省乙市']);
    await expect(renderedRows(page).first()).toBeVisible();
    expect(await renderedRows(page).count()).toBeLessThan(150);

    // The last region's last row (its last department's oldest year), in its place in that region's table.
    const last = page.locator('.catalog-table').last();
    const rowCount = Number(await last.getAttribute('aria-rowcount'));
    const lastRow = last.locator(`tbody tr[aria-rowindex="${rowCount}"]`);
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(lastRow).toBeInViewport({ timeout: 1_000 });
    }).toPass();
    await expect(lastRow).toContainText('2021 预算');
    expect(await renderedRows(page).count()).toBeLessThan(150);

    // A search lists every match: 人民法院 in four regions, five years each.
    await page.getByRole('searchbox').fill('人民法院');
    await expect(page.getByRole('status')).toHaveText(t('catalog.count', { count: 20 }));
    await expect(page.locator('.catalog-table tbody tr[aria-rowindex]:not(.dept-row)')).toHaveCount(20);
    await page.getByRole('searchbox').fill('');
    await expect(page.getByRole('status')).toHaveText(t('catalog.count', { count: ENTRIES }));

    // Printing renders every row; back on screen, only those in view again.
    await page.emulateMedia({ media: 'print' });
    await expect(renderedRows(page)).toHaveCount(ENTRIES + DEPARTMENT_ROWS);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => renderedRows(page).count()).toBeLessThan(150);
  });

  test('Tab walks the catalog’s links past the rows first rendered', async ({ page, isMobile }) => {
    test.skip(isMobile, 'keyboard: desktop');
    await page.goto(`${base}?ds=synthetic-r1-b01-2025#/catalog`);
    const first = page.locator('.catalog-table').first();
    await expect(renderedRows(first).first()).toBeVisible();
    const firstRendered = await renderedRows(first).count();
    await first.locator('tbody a').first().focus();
    // Two links a year row (the year, its checks): this goes well past the rows rendered at first.
    for (let i = 0; i < 2 * (firstRendered + 10); i++) await page.keyboard.press('Tab');
    const focusedRow = await page.evaluate(
      () => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? null,
    );
    expect(Number(focusedRow)).toBeGreaterThan(firstRendered + 1);
    await expect(page.locator(':focus')).toBeInViewport();
    // The focused row stays in the document when scrolled far away, so focus is not lost to the page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(first.locator(`tbody tr[aria-rowindex="${focusedRow}"]`)).toBeAttached();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
  });

  test('the comparison of a region’s 50 departments exports all 50 in the order shown', async ({ page }) => {
    await page.goto(`${base}?ds=synthetic-r1-b01-2025#/compare?sort=sangong`);
    const table = page.locator('.compare-table');
    await expect(table.locator('caption')).toHaveText(t('compare.caption', { count: 50 }));
    await expect(table).toHaveAttribute('aria-rowcount', '51');
    const firstShown = (await table.locator('tbody th[scope=row]').first().innerText()).trim();
    const rows = await downloadCsv(page.locator('.compare-view .table-tools button').first());
    expect(rows).toHaveLength(51);
    expect(rows[1]?.[0]).toBe(firstShown.replace(/\s+/g, ''));
  });
});
