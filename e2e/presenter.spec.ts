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
