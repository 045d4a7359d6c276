import { expect, type Page } from '@playwright/test';

/**
 * Charts draw when they near the viewport (src/components/chart/use-near-viewport.ts): bring each chart still
 * loading into view until none is (again, if a layout change moved one away first), then return to the top.
 */
export async function drawCharts(page: Page) {
  await expect(async () => {
    // A chart a presenter's slide hides is never near the viewport: only those on the page are waited for.
    const loading = page.locator('.chart-loading').filter({ visible: true });
    for (const chart of await loading.all())
      await chart.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
    await expect(loading).toHaveCount(0, { timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}
