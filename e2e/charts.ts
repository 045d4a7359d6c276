import { expect, type Page } from '@playwright/test';

/**
 * Charts draw when they near the viewport (src/components/chart/use-near-viewport.ts): scroll each into view, wait
 * until none is still loading, and return to the top.
 */
export async function drawCharts(page: Page) {
  for (const body of await page.locator('.chart-body').all()) await body.scrollIntoViewIfNeeded();
  await expect(page.locator('.chart-loading')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}
