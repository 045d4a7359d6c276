import { expect, test } from './fixtures';

test('the overview says first, in words, where the money goes, and names the largest projects above the fold', async ({
  page,
  isMobile,
}) => {
  if (!isMobile) await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  // 10,246.66 ÷ 11,098.87 and 4,000.00 ÷ 11,098.87 (lines 123 and 342 of the source), derived.
  const summary = page.locator('main .summary');
  await expect(summary).toHaveText(
    '项目支出占全部支出的 92.32%;最大一项政务云服务费(p09,另有同名项目) 4,000.00 万元,占全部支出的 36.04%。',
  );
  const largest = page.getByRole('region', { name: '最大的 5 个项目' });
  const items = largest.getByRole('listitem');
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toHaveText('政务云服务费(p09,另有同名项目)4,000.00 万元36.04%');
  await expect(items.nth(1)).toContainText('潍坊市智慧城市融合支撑及一体化综合指挥平台项目');
  await expect(items.nth(1)).toContainText('1,156.33 万元');
  await expect(items.nth(4)).toContainText('418.54 万元');
  if (!isMobile) {
    await expect(summary).toBeInViewport();
    await expect(items.nth(4)).toBeInViewport();
  }
  // The stated changes of 基本 and 项目 (line 414), last year derived and marked so.
  await expect(page.getByRole('region', { name: '基本支出' })).toContainText('比上年 +44.94 万元');
  await expect(page.getByRole('region', { name: '项目支出' })).toContainText('比上年 +1,767.13 万元');
  await expect(page.getByRole('region', { name: '项目支出' })).toContainText('2022年 8,479.53 万元');
  // How the shares are worked out, on request.
  const method = page.locator('details.method');
  await expect(method.getByText('四舍五入到 0.01%')).toBeHidden();
  await method.getByText('怎么算的').click();
  await expect(method).toContainText('占比 = 金额 ÷ 支出总计 11,098.87 万元');
  // A name opens its project.
  await items.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(/#\/projects\/p09$/);
});
