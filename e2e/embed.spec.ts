import { expect, test } from './fixtures';
import { t, tPattern } from './strings';

// A host page on another origin embeds the dashboard, in both sandboxes the brief names, at phone width.
// The host page runs on another origin of the loopback (e2e/fixtures/host-server.mjs, started by the config).
const HOST = `http://localhost:${process.env.E2E_HOST_PORT ?? 4175}`;

for (const [sandbox, parentOrigin] of [
  ['allow-scripts allow-same-origin', HOST],
  ['allow-scripts', null],
] as const) {
  test(`embedded with sandbox="${sandbox}": drill-down works and the host receives the height`, async ({
    page,
    baseURL,
  }) => {
    const src = `${baseURL}/?mode=embed${parentOrigin ? `&parentOrigin=${encodeURIComponent(parentOrigin)}` : ''}#/functions`;
    await page.goto(
      `${HOST}/embed-host.html?sandbox=${encodeURIComponent(sandbox)}&src=${encodeURIComponent(src)}`,
    );
    const frame = page.frameLocator('iframe[data-budget-dashboard]');
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    // No site chrome in the iframe, but a way out to the full dashboard.
    await expect(frame.getByRole('navigation', { name: t('nav.label') })).toHaveCount(0);
    await expect(frame.getByRole('link', { name: t('embed.openFull') })).toHaveAttribute('target', '_blank');
    // Drill-down inside the iframe.
    await frame.getByRole('link', { name: /^2150599/ }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toContainText('2150599');
    // The host got height messages, only {type, height}, and a bare "another view" message for the drill-down.
    await expect(page.locator('#heights')).toHaveText(/height \d+/);
    const messages = await page.evaluate(
      () => (window as unknown as { messages: Array<{ data: unknown }> }).messages,
    );
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      if ((m.data as { type?: unknown }).type === 'budget-dashboard:view')
        expect(m.data).toEqual({ type: 'budget-dashboard:view' });
      else {
        expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type']);
        expect(m.data).toMatchObject({ type: 'budget-dashboard:height' });
      }
    }
    expect(
      messages.filter((m) => (m.data as { type?: unknown }).type === 'budget-dashboard:view'),
    ).toHaveLength(1);
    const height = await page
      .locator('iframe')
      .evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
    expect(height).toBeGreaterThan(600);
  });
}

test('lock=1 keeps the embed on its view: other views open the full dashboard in a new tab', async ({
  page,
  context,
}) => {
  await page.goto('./?mode=embed&lock=1#/functions/2150599');
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: tPattern('functions.pool.link') }).click(),
  ]);
  await popup.waitForLoadState();
  expect(popup.url()).toContain('#/projects?attribution=pool');
  expect(popup.url()).not.toContain('mode=embed');
  await expect(page).toHaveURL(/#\/functions\/2150599$/);
  await popup.close();
});

test('lock=1 holds for the sunburst too: a click zooms in place, its details link opens a new tab', async ({
  page,
  context,
}) => {
  await page.goto('./?mode=embed&lock=1#/');
  // The sunburst draws once it nears the viewport (below the KPIs on a phone).
  const panel = page.locator('section', { has: page.locator('#sb-h') });
  await panel.scrollIntoViewIfNeeded();
  const canvas = panel.locator('canvas').first();
  await expect(canvas).toBeVisible();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the sunburst is not drawn');
  // The first ring straight below the centre: 项目支出.
  const r = (Math.min(box.width, box.height) / 2) * 0.45;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + r);
  await expect(panel.locator('.sb-value')).toContainText('项目支出 10,246.66 万元');
  await expect(page).toHaveURL(/mode=embed&lock=1#\/\?zoom=project$/);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    panel.getByRole('link', { name: t('overview.sb.open') }).click(),
  ]);
  await popup.waitForLoadState();
  expect(popup.url()).not.toContain('mode=embed');
  expect(popup.url()).toContain('#/projects');
  await expect(page).toHaveURL(/#\/\?zoom=project$/);
  await popup.close();
});

test('the resize script from the share panel sizes every embed on a host page', async ({ page }) => {
  await page.goto('./#/functions');
  await page.getByRole('button', { name: t('share.button'), exact: true }).click();
  await page.getByLabel(t('share.embedHeight')).fill('200');
  await page.getByLabel(t('share.embedOrigin')).fill(HOST);
  const code = await page.getByLabel(t('share.embedCode'), { exact: true }).inputValue();
  // A host page with the code pasted for two views (e2e/fixtures/embed-many.js).
  const views = ['#/functions', '#/sangong'].map((v) => `&view=${encodeURIComponent(v)}`).join('');
  await page.goto(`${HOST}/embed-many.html?code=${encodeURIComponent(code)}${views}`);
  const heights = () =>
    page
      .locator('iframe[data-budget-dashboard]')
      .evaluateAll((fs) => fs.map((f) => Math.round(f.getBoundingClientRect().height)));
  await expect.poll(heights).toHaveLength(2);
  // The iframes load lazily, as pasted: once the first has grown to its content, the second is below the fold and
  // loads only when a reader scrolls to it — so scroll to it, as a reader would.
  await expect
    .poll(async () => {
      await page.locator('iframe[data-budget-dashboard]').last().scrollIntoViewIfNeeded();
      return Math.min(...(await heights()));
    })
    .toBeGreaterThan(300);
});

/** The share panel's embed code for the current origin, with its resize script (and view-change scroll) on. */
async function embedCodeFromSharePanel(page: import('@playwright/test').Page) {
  await page.goto('./#/projects');
  await page.getByRole('button', { name: t('share.button'), exact: true }).click();
  await page.getByLabel(t('share.embedOrigin')).fill(HOST);
  return page.getByLabel(t('share.embedCode'), { exact: true }).inputValue();
}

const frameBox = (page: import('@playwright/test').Page) =>
  page.locator('iframe[data-budget-dashboard]').evaluate((f) => {
    const r = f.getBoundingClientRect();
    return { top: Math.round(r.top), height: Math.round(r.height) };
  });

test('the embed reports a height that shrinks when a shorter view opens, and its host brings it into view', async ({
  page,
}) => {
  const code = await embedCodeFromSharePanel(page);
  // A phone, where the list is longest (one card per project).
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(
    `${HOST}/embed-many.html?code=${encodeURIComponent(code)}&view=${encodeURIComponent('#/projects')}`,
  );
  // The 44 projects: a long iframe.
  await expect.poll(async () => (await frameBox(page)).height).toBeGreaterThan(4000);
  const long = (await frameBox(page)).height;
  // A reader far down the list (the host page scrolled past the iframe's top) opens a project near the bottom.
  const frame = page.frameLocator('iframe[data-budget-dashboard]');
  const link = frame.locator('main a[href^="#/projects/p"]').nth(38);
  await link.scrollIntoViewIfNeeded();
  expect((await frameBox(page)).top).toBeLessThan(-1000);
  const tapped = await link.getAttribute('href');
  await link.click();
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  // The iframe shrinks to the project's height (it could only ever grow before) …
  await expect.poll(async () => (await frameBox(page)).height).toBeLessThan(long - 1000);
  // … and the host page shows its top, not the blank space where the list's bottom was.
  await expect.poll(async () => (await frameBox(page)).top).toBeGreaterThanOrEqual(-1);
  // Its top, exactly, with the host page's heading above it scrolled away: a one-line loading placeholder reported
  // as the height for a moment had shrunk the host page and scrolled it to its own top instead.
  expect(Math.abs((await frameBox(page)).top)).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // Back to the list: the host page returns to the project the reader tapped, not to the list's top.
  await frame.locator('html').evaluate(() => history.back());
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(t('projects.title'));
  const back = frame.locator(`main a[href="${tapped}"]`).first();
  await expect
    .poll(async () => {
      const box = await back.boundingBox();
      return box ? box.y >= 0 && box.y + box.height <= 800 : false;
    })
    .toBe(true);
});
