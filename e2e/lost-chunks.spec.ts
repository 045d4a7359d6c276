import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { t, tEn } from './strings';

// A code chunk that does not arrive (a redeploy while the page is open, a phone losing its connection): only what it
// carries degrades, says so, and comes back on retry once the network does — without a reload.

/** Aborts every request for the chunk named `name` (Vite's `assets/<name>-<hash>.js`) until the returned release. */
async function loseChunk(
  page: Page,
  name: string,
): Promise<{ release: () => Promise<void>; hits: () => number }> {
  const pattern = new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
  let hits = 0;
  const handler = (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    hits++;
    return route.abort('internetdisconnected');
  };
  await page.route(pattern, handler);
  return { release: () => page.unroute(pattern, handler), hits: () => hits };
}

/**
 * A reader who has asked to save data: the page does not load the views' code ahead (RouteView's usePreloadedViews),
 * so the views chunk is first requested when a view opens — what these tests lose.
 */
async function saveData(page: Page) {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  );
}

test('the reading views load their code while the page is idle: a view opens even if the network is gone', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('.kpis')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /\/assets\/views-[\w-]+\.js$/.test(e.name)),
      ),
    )
    .toBe(true);
  const chunk = await loseChunk(page, 'views');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.functions') })
    .click();
  await expect(page.locator('.function-table')).toBeVisible();
  expect(chunk.hits()).toBe(0);
});

test.describe('a lost code chunk', () => {
  // The browser's line for the aborted request, and React's report of the failure the boundary caught.
  test.use({
    expectedConsoleErrors: [
      [/Failed to load resource/, /Failed to fetch dynamically imported module/],
      { scope: 'test' },
    ],
  });

  test('the chart chunk: the chart says so and retries; KPIs and navigation stay', async ({ page }) => {
    const chunk = await loseChunk(page, 'EChart');
    await page.goto('./');
    const frame = page.locator('.chart-frame').first();
    // Charts load when they near the viewport: below the fold on a phone.
    await frame.scrollIntoViewIfNeeded();
    await expect(frame.getByRole('alert')).toContainText(t('chart.failed'));
    expect(chunk.hits()).toBeGreaterThan(0);
    await expect(page.locator('.kpis')).toBeVisible();
    await expect(page.getByRole('navigation')).toBeVisible();
    // The table twin still has the figures.
    await frame.getByRole('button', { name: t('chart.table'), exact: true }).click();
    await expect(frame.locator('table')).toBeVisible();
    await frame.getByRole('button', { name: t('chart.chart'), exact: true }).click();

    await chunk.release();
    await frame.getByRole('button', { name: t('chart.retry') }).click();
    await expect(frame.locator('canvas').first()).toBeVisible();
    await expect(frame.getByRole('alert')).toHaveCount(0);
  });

  test('the share dialog chunk: only the dialog says so, the view stays; retry opens it', async ({
    page,
  }) => {
    await saveData(page);
    await page.goto('./');
    await expect(page.locator('.kpis')).toBeVisible();
    // The dialog's code comes with the other views' (vite.config.ts), not fetched yet on the overview.
    const chunk = await loseChunk(page, 'views');
    await page.getByRole('button', { name: t('share.button') }).click();
    const failed = page.locator('.part-failed');
    await expect(failed).toContainText(t('load.partFailed'));
    expect(chunk.hits()).toBeGreaterThan(0);
    await expect(page.locator('.kpis')).toBeVisible();
    await expect(page.getByRole('navigation')).toBeVisible();
    await chunk.release();
    await failed.getByRole('button', { name: t('load.retry') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(failed).toHaveCount(0);
  });

  test('the views chunk: the view says so, the nav stays; retry works once the network is back', async ({
    page,
  }) => {
    await saveData(page);
    await page.goto('./');
    const chunk = await loseChunk(page, 'views');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: t('nav.functions') })
      .click();
    const main = page.locator('main');
    await expect(main.getByRole('alert')).toContainText(t('load.viewFailed'));
    await expect(page.getByRole('navigation')).toBeVisible();
    // Still lost: a retry says so again.
    await main.getByRole('button', { name: t('load.retry') }).click();
    await expect(main.getByRole('alert')).toContainText(t('load.viewFailed'));

    await chunk.release();
    await main.getByRole('button', { name: t('load.retry') }).click();
    await expect(page.locator('.function-table')).toBeVisible();
    // Another view of the same chunk opens too: nothing of the failure is kept.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: t('nav.sangong') })
      .click();
    await expect(page.locator('.data-table').first()).toBeVisible();
  });

  test('the English strings chunk: the page comes up in Chinese, says so, and switches once it arrives', async ({
    page,
  }) => {
    const chunk = await loseChunk(page, 'strings-en');
    await page.goto('./?lang=en');
    const banner = page.getByRole('alert').filter({ hasText: t('shell.langFailed') });
    await expect(banner).toBeVisible();
    await expect(page.locator('.kpis')).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: t('nav.functions') })).toBeVisible();

    await chunk.release();
    await banner.getByRole('button', { name: t('shell.langRetry') }).click();
    await expect(
      page.getByRole('navigation').getByRole('link', { name: tEn('nav.functions') }),
    ).toBeVisible();
    await expect(banner).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the validators chunk: named as code that did not download, not as a slow data file', async ({
    page,
  }) => {
    const chunk = await loseChunk(page, 'validators');
    await page.goto('./');
    const failed = page.locator('main.state-error');
    await expect(failed).toContainText(t('load.failedTitle'));
    await expect(failed).toContainText(/validators-[\w-]+\.js/);
    await expect(failed).not.toContainText(t('load.slow'));
    await expect(failed).not.toContainText('catalog.json');

    await chunk.release();
    await failed.getByRole('button', { name: t('load.retry') }).click();
    await expect(page.locator('.kpis')).toContainText('11,098.87');
  });
});
