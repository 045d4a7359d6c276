import { expect, test } from './fixtures';

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
    await expect(frame.getByRole('navigation', { name: '视图' })).toHaveCount(0);
    await expect(frame.getByRole('link', { name: /打开完整仪表板/ })).toHaveAttribute('target', '_blank');
    // Drill-down inside the iframe.
    await frame.getByRole('link', { name: /^2150599/ }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toContainText('2150599');
    // The host got height messages: only {type, height}, from the iframe.
    await expect(page.locator('#heights')).toHaveText(/height \d+/);
    const messages = await page.evaluate(
      () => (window as unknown as { messages: Array<{ data: unknown }> }).messages,
    );
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(Object.keys(m.data as object).sort()).toEqual(['height', 'type']);
      expect(m.data).toMatchObject({ type: 'budget-dashboard:height' });
    }
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
    page.getByRole('link', { name: /查看这\d+个项目/ }).click(),
  ]);
  await popup.waitForLoadState();
  expect(popup.url()).toContain('#/projects?attribution=pool');
  expect(popup.url()).not.toContain('mode=embed');
  await expect(page).toHaveURL(/#\/functions\/2150599$/);
  await popup.close();
});
