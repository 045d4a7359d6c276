import { expect, test } from './fixtures';
import { t } from './strings';

test('overview → functions → 2150599 → the pool → 潍坊市视频赋能平台 → its indicators, in four clicks', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('部门预算总览');
  await expect(page.getByLabel(t('overview.kpi.total'))).toContainText('11,098.87');

  await page.getByRole('link', { name: t('overview.link.byFunction') }).click(); // 1
  await expect(page).toHaveURL(/#\/functions$/);
  await page.getByRole('link', { name: /^2150599 其他工业和信息产业监管支出/ }).click(); // 2
  await expect(page).toHaveURL(/#\/functions\/2150599$/);
  await expect(page.getByRole('note')).toContainText('没有说明是哪些项目');
  await expect(page.getByRole('note')).toContainText('10,236.66');

  await page.getByRole('link', { name: t('functions.pool.link', { count: 43 }) }).click(); // 3
  await expect(page).toHaveURL(/#\/projects\?attribution=pool$/);
  await expect(page.getByRole('status')).toContainText('显示 43 / 44 个项目');

  await page.getByRole('link', { name: '潍坊市视频赋能平台' }).click(); // 4
  await expect(page).toHaveURL(/#\/projects\/p11$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('潍坊市视频赋能平台');
  await expect(page.getByRole('cell', { name: '≥28万路' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '汇聚视频资源数量' })).toBeVisible();
});
