import { expect, test } from './fixtures';

const scrollY = (page: import('@playwright/test').Page) => page.evaluate(() => Math.round(window.scrollY));

test('a new view opens at its top, and Back returns to where the reader was in the list', async ({
  page,
}) => {
  await page.goto('./#/projects');
  const links = page.locator('main a[href^="#/projects/p"]');
  await expect(links.nth(30)).toBeAttached();
  // Far down the 44 projects, as a reader who scrolled there.
  await links.nth(30).scrollIntoViewIfNeeded();
  const there = await scrollY(page);
  expect(there).toBeGreaterThan(1000);
  // The name as printed (a phone's compact row also holds the amount).
  const name = (await links.nth(30).locator('[lang="zh-CN"]').first().innerText()).trim();
  await links.nth(30).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect.poll(() => scrollY(page)).toBe(0);
  // Not lost to <body>: the focus moved into the new view (in a task after its first paint: scroll-memory.ts).
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.goBack();
  await expect(page).toHaveURL(/#\/projects$/);
  await expect.poll(() => scrollY(page)).toBe(there);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect.poll(() => scrollY(page)).toBe(0);
});

test('a sort or a filter keeps the place: only a new view moves the page', async ({ page }) => {
  await page.goto('./#/functions');
  // Scrolled once the view is tall enough for it (its table renders after the first paint).
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, 300));
      return scrollY(page);
    })
    .toBe(300);
  await page.evaluate(() => {
    // The sort writes the query into the same history entry (lib/route/navigate.ts replaceQuery), as the header does.
    const url = new URL(window.location.href);
    url.hash = '#/functions?sort=total';
    window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  await expect(page).toHaveURL(/sort=total/);
  expect(await scrollY(page)).toBe(300);
});

test('a link to one indicator brings its row into view and gives it the focus', async ({ page }) => {
  await page.goto('./#/projects/p11?indicator=7');
  const row = page.locator('#indicator-7');
  await expect(row).toHaveClass(/row-selected/);
  await expect(row).toBeInViewport();
  await expect(row).toBeFocused();
});

test('a link from the indicators list opens the project at that indicator', async ({ page }) => {
  await page.goto('./#/indicators');
  const link = page.locator('main a[href*="?indicator="]').nth(12);
  const href = (await link.getAttribute('href')) ?? '';
  const index = /indicator=(\d+)/.exec(href)?.[1];
  await link.scrollIntoViewIfNeeded();
  await link.click();
  const row = page.locator(`#indicator-${index}`);
  await expect(row).toBeInViewport();
  await expect(row).toBeFocused();
});

test('a glossary link shows its term, and an economic class link its rows', async ({ page }) => {
  await page.goto('./#/glossary?term=' + encodeURIComponent('项目支出'));
  const term = page.locator('[id="term-项目支出"]');
  await expect(term).toBeInViewport();
  await expect(term).toBeFocused();
  await page.goto('./#/economic');
  await page.locator('main a.kpi-link-card[href$="class=302"]').click();
  const group = page.locator('tr.row-selected.row-group').first();
  await expect(group).toBeInViewport();
  await expect(group).toBeFocused();
});

test('Tab through the overview never drops the focus on <body>, tooltips included', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'keyboard: desktop');
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let tips = 0;
  // The page has about 50 stops; after the last one the focus leaves the document, as it should.
  for (let i = 0; i < 45; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const a = document.activeElement;
      return { body: a === document.body || a === null, tip: !!a?.closest('[role="tooltip"]') };
    });
    expect(at.body, `Tab ${i + 1} left the focus on <body>`).toBe(false);
    if (at.tip) tips++;
  }
  // The tips' own links were reached on the way (so the tip stayed open while its link had the focus).
  expect(tips).toBeGreaterThan(0);
});
