import { expect, test } from './fixtures';

const step = (page: import('@playwright/test').Page) => page.locator('.present-step');

test('a clicker steps through the default storyline and the URL follows', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=present#/');
  await expect(step(page)).toHaveText('第 1 / 7 步');
  await expect(page.getByRole('navigation', { name: '视图' })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/\?sb=nature$/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/functions$/);
  await expect(step(page)).toHaveText('第 3 / 7 步');
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
  await expect(page.getByRole('navigation', { name: '视图' })).toBeVisible();
});

test('a storyline made from share links lives in the URL and survives a reload', async ({ page }) => {
  await page.goto(
    `./?mode=present&step=${encodeURIComponent('#/sangong')}&step=${encodeURIComponent('#/projects/p11')}#/sangong`,
  );
  await expect(step(page)).toHaveText('第 1 / 2 步');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/projects\/p11$/);
  await page.reload();
  await expect(step(page)).toHaveText('第 2 / 2 步');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('潍坊市视频赋能平台');
});

const storyline = (...hashes: string[]) =>
  `./?mode=present${hashes.map((h) => `&step=${encodeURIComponent(h)}`).join('')}${hashes[0]}`;

test('a storyline that shows a view twice goes on to its end; reload and back return to the step', async ({
  page,
}) => {
  await page.goto(storyline('#/sangong', '#/functions', '#/sangong', '#/procurement'));
  await expect(step(page)).toHaveText('第 1 / 4 步');
  for (const [n, view] of [
    [2, 'functions'],
    [3, 'sangong'],
    [4, 'procurement'],
  ] as const) {
    await page.keyboard.press('ArrowRight');
    await expect(step(page)).toHaveText(`第 ${n} / 4 步`);
    await expect(page).toHaveURL(new RegExp(`#/${view}$`));
  }
  await page.keyboard.press('ArrowLeft');
  await expect(step(page)).toHaveText('第 3 / 4 步');
  await page.reload();
  await expect(step(page)).toHaveText('第 3 / 4 步');
  await page.goBack();
  await expect(step(page)).toHaveText('第 4 / 4 步');
  await expect(page).toHaveURL(/#\/procurement$/);
});

test('from a view outside the storyline, → goes to its first step', async ({ page }) => {
  await page.goto('./?mode=present#/about');
  await expect(step(page)).toHaveText('— / 7');
  await page.keyboard.press('ArrowRight');
  await expect(step(page)).toHaveText('第 1 / 7 步');
  await expect(page).toHaveURL(/#\/$/);
});

test('a malformed step shows that its link is malformed, and the presenter goes on', async ({ page }) => {
  await page.goto(storyline('#/sangong', '#/projects/%', '#/procurement'));
  await expect(step(page)).toHaveText('第 1 / 3 步');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('链接有误');
  await expect(step(page)).toHaveText('第 2 / 3 步');
  await page.keyboard.press('ArrowRight');
  await expect(step(page)).toHaveText('第 3 / 3 步');
  await expect(page).toHaveURL(/#\/procurement$/);
});

test('the storyline builder rejects a broken link or a link to no view, naming it', async ({ page }) => {
  await page.goto('./#/');
  await page.getByRole('button', { name: '分享', exact: true }).click();
  await page.getByLabel('演示链接').fill('#/sangong\n#/projects/%\n#/nope');
  const rejected = page.getByRole('alert').filter({ hasText: '未加入演示' });
  await expect(rejected).toContainText('#/projects/%');
  await expect(rejected).toContainText('#/nope');
  await expect(page.getByRole('link', { name: '开始演示(1 步)' })).toBeVisible();
});
