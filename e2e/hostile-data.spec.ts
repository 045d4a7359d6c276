import { brokenCases, brokenFileText } from '../src/data/testing/broken-cases';
import { SLOW_MS } from '../src/app/LoadStates';
import { expect, test } from './fixtures';
import { t, tPattern } from './strings';

// Every file of the broken-data corpus, served as the dataset: a located error naming the file (or, for a file that
// is valid but does not reconcile, the data with a visible warning) — never a white screen, never an uncaught error.
const DATASET = '**/data/weifang-big-data-bureau-2023.json';

test.describe('hostile and broken dataset files', () => {
  test.skip(({ isMobile }) => isMobile, 'the corpus runs once, at desktop width');
  for (const c of brokenCases())
    test(`${c.name}: ${c.description}`, async ({ page }) => {
      const body = brokenFileText(c);
      await page.route(DATASET, (route) => route.fulfill({ body, contentType: 'application/json' }));
      await page.goto('./#/');
      if (c.expect.reconcile) {
        await expect(
          page.getByRole('alert').filter({ hasText: tPattern('shell.failedChecks') }),
        ).toBeVisible();
        await page.getByRole('link', { name: t('shell.failedChecksLink') }).click();
        for (const id of c.expect.reconcile)
          await expect(page.locator(`[id="check-${id}"]`)).toContainText('未通过');
        return;
      }
      await expect(page.getByRole('heading', { name: t('load.failedTitle') })).toBeVisible();
      const problems = page.getByRole('list', { name: t('load.problems') });
      await expect(problems).toContainText('weifang-big-data-bureau-2023.json');
      if (c.expect.where) await expect(problems).toContainText(c.expect.where);
      if (c.expect.message) await expect(problems).toContainText(c.expect.message);
      await expect(page.getByRole('button', { name: t('load.retry') })).toBeVisible();
    });
});

test.describe('network faults on the data file', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });
  test('404 gives a clear error with a retry that recovers', async ({ page }) => {
    let fail = true;
    await page.route(DATASET, (route) =>
      fail ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    );
    await page.goto('./#/');
    await expect(page.getByRole('list', { name: t('load.problems') })).toContainText('404');
    fail = false;
    await page.getByRole('button', { name: t('load.retry') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('部门预算总览');
  });

  test('500 gives a clear error naming the file', async ({ page }) => {
    await page.route(DATASET, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
    await page.goto('./#/');
    await expect(page.getByRole('list', { name: t('load.problems') })).toContainText(
      'weifang-big-data-bureau-2023.json',
    );
    await expect(page.getByRole('list', { name: t('load.problems') })).toContainText('500');
  });

  test('a slow answer shows progress, offers a retry once the slow-load threshold has passed, then the data', async ({
    page,
  }) => {
    // The page's clock, not the machine's: the threshold passes when the test says so, however busy the machine is.
    await page.clock.install();
    let requested: () => void = () => undefined;
    const request = new Promise<void>((r) => (requested = r));
    let release: () => void = () => undefined;
    const released = new Promise<void>((r) => (release = r));
    await page.route(DATASET, async (route) => {
      requested();
      await released;
      await route.continue();
    });
    const opening = page.goto('./#/');
    // The app's slow-load timer (src/main.tsx, LoadStates) starts with the request for the data.
    await request;
    await page.clock.runFor(SLOW_MS);
    await opening;
    await expect(page.getByRole('status')).toContainText(
      new RegExp(`${tPattern('load.loading').source}|${tPattern('load.loadingFile').source}`),
    );
    await expect(page.getByText(t('load.slow'))).toBeVisible();
    await expect(page.getByRole('button', { name: t('load.retry') })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('部门预算总览');
  });

  test('a body cut off mid-way is reported as truncated', async ({ page }) => {
    await page.route(DATASET, async (route) => {
      const res = await route.fetch();
      const text = await res.text();
      await route.fulfill({ response: res, body: text.slice(0, Math.floor(text.length / 2)) });
    });
    await page.goto('./#/');
    await expect(page.getByRole('list', { name: t('load.problems') })).toContainText('not valid JSON');
  });

  test('a dropped connection is reported with a retry', async ({ page }) => {
    let fail = true;
    await page.route(DATASET, (route) => (fail ? route.abort('connectionreset') : route.continue()));
    await page.goto('./#/');
    await expect(page.getByRole('list', { name: t('load.problems') })).toContainText('download failed');
    fail = false;
    await page.getByRole('button', { name: t('load.retry') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('部门预算总览');
  });
});
