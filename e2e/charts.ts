import { expect, type Page } from '@playwright/test';

/**
 * Charts draw when they near the viewport (src/components/chart/use-near-viewport.ts): bring each chart still
 * loading into view until none is (again, if a layout change moved one away first), then return to the top.
 */
export async function drawCharts(page: Page) {
  await expect(async () => {
    for (const loading of await page.locator('.chart-loading').all())
      await loading.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
    await expect(page.locator('.chart-loading')).toHaveCount(0, { timeout: 3000 });
  }).toPass({ timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}
