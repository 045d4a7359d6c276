import { expect, test } from './fixtures';
import { t, tPattern } from './strings';

const step = (page: import('@playwright/test').Page) => page.locator('.present-step');
const atStep = (n: number, total: number) => t('present.step', { n, total });

test('a clicker steps through the default storyline and the URL follows', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=present#/');
  await expect(step(page)).toHaveText(atStep(1, 7));
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/\?sb=nature$/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/functions$/);
  await expect(step(page)).toHaveText(atStep(3, 7));
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/#\/projects\?sort=amount\.desc$/);
  await expect(page.locator('tr.present-focus').first()).toContainText('政务云服务费');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/functions$/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/#\/procurement$/);
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/#\/$/);
  await page.keyboard.press('5');
  await expect(page).toHaveURL(/#\/projects\/p09$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政务云服务费');
  await page.screenshot({ path: test.info().outputPath('present-1920.png') });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: test.info().outputPath('present-1024.png') });

  await page.keyboard.press('b');
  await expect(page.locator('.present-blank')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.locator('.present-blank')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/mode=present/);
  await expect(page.getByRole('navigation', { name: t('nav.label') })).toBeVisible();
});

test('a storyline made from share links lives in the URL and survives a reload', async ({ page }) => {
  await page.goto(
    `./?mode=present&step=${encodeURIComponent('#/sangong')}&step=${encodeURIComponent('#/projects/p11')}#/sangong`,
  );
  await expect(step(page)).toHaveText(atStep(1, 2));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/projects\/p11$/);
  await page.reload();
  await expect(step(page)).toHaveText(atStep(2, 2));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('潍坊市视频赋能平台');
});

const storyline = (...hashes: string[]) =>
  `./?mode=present${hashes.map((h) => `&step=${encodeURIComponent(h)}`).join('')}${hashes[0]}`;

test('a storyline that shows a view twice goes on to its end; reload and back return to the step', async ({
  page,
}) => {
  await page.goto(storyline('#/sangong', '#/functions', '#/sangong', '#/procurement'));
  await expect(step(page)).toHaveText(atStep(1, 4));
  for (const [n, view] of [
    [2, 'functions'],
    [3, 'sangong'],
    [4, 'procurement'],
  ] as const) {
    await page.keyboard.press('ArrowRight');
    await expect(step(page)).toHaveText(atStep(n, 4));
    await expect(page).toHaveURL(new RegExp(`#/${view}$`));
  }
  await page.keyboard.press('ArrowLeft');
  await expect(step(page)).toHaveText(atStep(3, 4));
  await page.reload();
  await expect(step(page)).toHaveText(atStep(3, 4));
  await page.goBack();
  await expect(step(page)).toHaveText(atStep(4, 4));
  await expect(page).toHaveURL(/#\/procurement$/);
});

test('from a view outside the storyline, → goes to its first step', async ({ page }) => {
  await page.goto('./?mode=present#/about');
  await expect(step(page)).toHaveText('— / 7');
  await page.keyboard.press('ArrowRight');
  await expect(step(page)).toHaveText(atStep(1, 7));
  await expect(page).toHaveURL(/#\/$/);
});

test('a malformed step shows that its link is malformed, and the presenter goes on', async ({ page }) => {
  await page.goto(storyline('#/sangong', '#/projects/%', '#/procurement'));
  await expect(step(page)).toHaveText(atStep(1, 3));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('route.malformedTitle'));
  await expect(step(page)).toHaveText(atStep(2, 3));
  await page.keyboard.press('ArrowRight');
  await expect(step(page)).toHaveText(atStep(3, 3));
  await expect(page).toHaveURL(/#\/procurement$/);
});

test('the storyline builder rejects a broken link or a link to no view, naming it', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('button', { name: t('share.button'), exact: true }).click();
  await page.getByLabel(t('share.storyLinks')).fill('#/sangong\n#/projects/%\n#/nope');
  const rejected = page.getByRole('alert').filter({ hasText: tPattern('share.storyRejected') });
  await expect(rejected).toContainText('#/projects/%');
  await expect(rejected).toContainText('#/nope');
  await expect(page.getByRole('link', { name: t('share.storyStart', { count: 1 }) })).toBeVisible();
});

// What a slide's text may measure: the largest font a visible text of <main> is set in may be anything; the smallest
// must be 1/30 of the screen's height (24 px at 768).
const SLIDE_MEASURE = `(() => {
  const main = document.getElementById('main');
  let smallest = Infinity;
  let sample = '';
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el) continue;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1 || !el.checkVisibility()) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < smallest) { smallest = size; sample = n.textContent.trim().slice(0, 30); }
  }
  const d = document.documentElement;
  return { smallest, sample, height: d.scrollHeight, width: d.scrollWidth };
})()`;

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const) {
  test(`every default step is one slide at ${width}×${height}: it fits, its text is ≥ 1/30 of the height, it says its point`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?mode=present#/');
    // Takeaways worked out by hand from the source: lines 123, 333–388 (the projects), 258 and 395.
    const takeaways = [
      '收支总预算 11,098.87 万元,比上年 +1,812.07 万元;其中基本支出 852.21 万元,项目支出 10,246.66 万元。',
      '项目支出占全部支出的 92.32%;最大一项政务云服务费 4,000.00 万元,占全部支出的 36.04%。',
      '最大的一类是 206 科学技术支出:6,086.33 万元,占全部支出的 54.84%。',
      '最大的 5 个项目合计 6,997.35 万元,占项目支出的 68.29%。',
      '4,000.00 万元;9 个绩效指标,其中 3 个难以考核(定性、空白或只重复预算)。',
      '“三公”经费 2.20 万元,比上年 −0.70 万元。',
      '政府采购预算 3,457.60 万元,占全部支出的 31.15%。',
    ];
    for (const [i, takeaway] of takeaways.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect(step(page)).toHaveText(atStep(i + 1, 7));
      await expect(page.locator('.slide-takeaway')).toHaveText(takeaway);
      await expect(page.locator('.present-focus').first()).toBeVisible();
      // A chart the slide hides is never near the viewport and stays a placeholder.
      await expect(page.locator('.view-loading, .chart-loading').filter({ visible: true })).toHaveCount(0);
      const m = (await page.evaluate(SLIDE_MEASURE)) as {
        smallest: number;
        sample: string;
        height: number;
        width: number;
      };
      expect(m.height, `step ${i + 1} is taller than the screen`).toBeLessThanOrEqual(height);
      expect(m.width, `step ${i + 1} is wider than the screen`).toBeLessThanOrEqual(width);
      expect(m.smallest, `step ${i + 1}: "${m.sample}"`).toBeGreaterThanOrEqual(height / 30 - 0.5);
    }
    // The project's name is the slide's title, on screen with its amount.
    await page.keyboard.press('5');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政务云服务费');
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(page.locator('.slide-takeaway')).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath(`slide-5-${width}.png`) });
  });
}

test('the help bar gets out of the way, and comes back when the mouse moves', async ({ page }) => {
  await page.clock.install();
  await page.goto('./?mode=present#/');
  const help = page.locator('.present-help');
  await expect(help).toBeVisible();
  await page.clock.runFor(5000);
  await expect(help).toHaveCount(0);
  await expect(step(page)).toHaveText(atStep(1, 7));
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 210);
  await expect(help).toBeVisible();
});

test('a source check opens over the slide; the clicker closes it on the same step, and the next key goes on', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?mode=present#/');
  await expect(step(page)).toHaveText(atStep(1, 7));
  await page.keyboard.press('7');
  await expect(step(page)).toHaveText(atStep(7, 7));
  // The procurement total's source line (line 395).
  await page.locator('.present-focus').getByRole('link', { name: '395' }).click();
  const overlay = page.getByRole('dialog', { name: t('present.source') });
  await expect(overlay).toBeVisible();
  await expect(overlay.locator('iframe')).toHaveAttribute('src', /mode=embed.*#\/data\?line=395/);
  await expect(page).toHaveURL(/#\/procurement$/);
  await page.keyboard.press('ArrowRight');
  await expect(overlay).toHaveCount(0);
  // Focus returns to the link that opened it, not to the page's top.
  await expect(page.locator('.present-focus').getByRole('link', { name: '395' })).toBeFocused();
  await expect(step(page)).toHaveText(atStep(7, 7));
  await expect(page).toHaveURL(/#\/procurement$/);
  await page.keyboard.press('ArrowLeft');
  await expect(step(page)).toHaveText(atStep(6, 7));
  await expect(page).toHaveURL(/#\/sangong$/);
  // Esc closes a source, not the presentation.
  await page.keyboard.press('ArrowRight');
  await page.locator('.present-focus').getByRole('link', { name: '395' }).click();
  await expect(overlay).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await expect(page).toHaveURL(/mode=present/);
});
