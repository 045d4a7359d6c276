import { expect, test } from './fixtures';

test('a deep link opened in a fresh page shows the same view', async ({ browser }) => {
  for (const [hash, heading] of [
    ['#/projects/p11', '潍坊市视频赋能平台'],
    ['#/functions/2150599', '2150599 其他工业和信息产业监管支出'],
    ['#/glossary?term=基本支出', '名词解释'],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(errors).toEqual([]);
    await context.close();
  }
});

test('back and forward move between views; reload keeps the view and its sort', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: '项目', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('项目支出');
  await page.getByRole('link', { name: '潍坊市视频赋能平台' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('潍坊市视频赋能平台');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('项目支出');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('潍坊市视频赋能平台');
  await page.goto('./#/projects?sort=amount.desc');
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /金额/ })).toHaveAttribute('aria-sort', 'descending');
});

test('glossary terms explain themselves on keyboard focus', async ({ page }) => {
  await page.goto('./');
  const term = page.getByRole('button', { name: '基本支出' });
  await term.focus();
  await expect(page.getByRole('tooltip').filter({ hasText: '保障机构正常运转' })).toBeVisible();
});
