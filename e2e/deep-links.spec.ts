import { expect, test } from './fixtures';
import { sortToggle } from './helpers';
import { t } from './strings';

for (const [hash, heading] of [
  ['#/projects/p11', '潍坊市视频赋能平台'],
  ['#/functions/2150599', '2150599 其他工业和信息产业监管支出'],
  ['#/glossary?term=基本支出', t('nav.glossary')],
] as const)
  test(`a deep link opened in a fresh browser context shows the same view: ${hash}`, async ({
    freshPage,
  }) => {
    const page = await freshPage();
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });

test('back and forward move between views; reload keeps the view and its sort', async ({
  page,
  isMobile,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: t('nav.projects'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('projects.title'));
  await page.getByRole('link', { name: '潍坊市视频赋能平台' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('潍坊市视频赋能平台');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('projects.title'));
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('潍坊市视频赋能平台');
  await page.goto('./#/projects?sort=amount.desc');
  await page.reload();
  // Phones sort with a select (their projects are compact rows, not a table).
  if (isMobile) await expect(page.getByLabel(t('table.sort'), { exact: true })).toHaveValue('amount.desc');
  else
    await expect(page.getByRole('columnheader', { name: /金额/ })).toHaveAttribute('aria-sort', 'descending');
});

test('glossary terms explain themselves on keyboard focus', async ({ page }) => {
  await page.goto('./');
  const term = page.getByRole('button', { name: t('overview.kpi.basic') });
  await term.focus();
  await expect(page.getByRole('tooltip').filter({ hasText: '保障机构正常运转' })).toBeVisible();
});

test.describe('links that are no view', () => {
  for (const hash of ['#/projects/%', '#/functions/%E5%9F'])
    test(`a malformed link (${hash}) says so, and the page is live`, async ({ page }) => {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('route.malformedTitle'));
      await expect(page.locator('main code')).toHaveText(hash);
      // Live, not the inert prerendered page: the nav changes the view and buttons work.
      await page.getByRole('link', { name: t('nav.projects'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('projects.title'));
      await page.goBack();
      await page.getByRole('link', { name: t('error.back') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('部门预算总览');
      await page.getByRole('button', { name: t('share.button'), exact: true }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    });

  test('a malformed link in an embed says so too', async ({ page }) => {
    await page.goto('./?mode=embed#/projects/%');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('route.malformedTitle'));
  });

  test('a link to no view says so instead of showing the overview', async ({ page }) => {
    for (const hash of ['#/nope', '#/projects/p11/extra']) {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('route.notFoundTitle'));
      await expect(page.getByRole('link', { name: t('error.back') })).toHaveAttribute('href', '#/');
    }
  });
});

test('an unknown dataset is named in the error, however its id is written', async ({ page }) => {
  for (const ds of ['no-such-dataset', '../x', 'Bad_ID!'] as const) {
    await page.goto(`./?ds=${encodeURIComponent(ds)}#/`);
    await expect(page.getByRole('heading', { name: t('load.failedTitle') })).toBeVisible();
    await expect(page.getByRole('list', { name: t('load.problems') })).toContainText(`no dataset "${ds}"`);
  }
});

test('query values that are no number are ignored, not read as NaN, 0 or hex', async ({ page }) => {
  const highlighted = page.locator('.indicator-tree tr.row-selected');
  await page.goto('./#/projects/p09?indicator=2');
  await expect(highlighted).toHaveAttribute('id', 'indicator-2');
  for (const bad of ['abc', '', '0x2', '1e0']) {
    await page.goto(`./#/projects/p09?indicator=${bad}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政务云服务费');
    await expect(highlighted).toHaveCount(0);
  }
});

test('on a path that starts with // every control that writes the URL works and stays on this site', async ({
  page,
  baseURL,
  isMobile,
}) => {
  const here = `${baseURL}//evil.example/`;
  await page.goto(`${here}#/projects`);
  await page.getByLabel(t('shell.unit'), { exact: true }).selectOption('yuan');
  await expect(page).toHaveURL(`${here}?unit=yuan#/projects`);
  await sortToggle(page, /金额/, 'desc');
  await expect(page).toHaveURL(new RegExp(`^${baseURL}//evil\\.example/\\?unit=yuan#/projects\\?sort=`));
  const present = page.getByRole('button', { name: t('present.start'), exact: true });
  // A presentation is given from a laptop: phones have no 演示 button.
  if (isMobile) await expect(present).toBeHidden();
  else {
    await present.click();
    await expect(page).toHaveURL(/mode=present/);
    // The presenter's code (and its key handler) loads after the click: wait for it.
    await expect(page.locator('.present-step')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/mode=present/);
  }
  await page.getByLabel(t('shell.language'), { exact: true }).selectOption('en');
  await expect(page).toHaveURL(new RegExp(`^${baseURL}//evil\\.example/\\?unit=yuan&lang=en#`));
});
