import { expect, test } from './fixtures';
import { t } from './strings';

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
  await method.getByText(t('overview.method')).click();
  await expect(method).toContainText('占比 = 金额 ÷ 支出总计 11,098.87 万元');
  // A name opens its project.
  await items.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(/#\/projects\/p09$/);
});

test('the sunburst zooms in place: a click shows the value and zooms, the centre goes back up, opening is a link', async ({
  page,
  isMobile,
}) => {
  await page.goto('./');
  const panel = page.locator('section', { has: page.locator('#sb-h') });
  await panel.scrollIntoViewIfNeeded();
  const canvas = panel.locator('canvas').first();
  await expect(canvas).toBeVisible();
  await canvas.scrollIntoViewIfNeeded();
  // The chart's element counts the options drawn (src/lib/echarts/use-chart.ts): a click must land on what is drawn.
  const chart = panel.locator('[data-draws]');
  const draws = async () => Number(await chart.getAttribute('data-draws'));
  const settled = async (after: number) => {
    await expect.poll(draws).toBeGreaterThan(after);
    await expect(chart).toHaveAttribute('data-settled', 'true');
  };
  await settled(0);
  // (dx, dy) in half the chart's smaller side from its centre; a tap on a phone (there is no hover to show a value).
  // A click that zooms is followed by the redraw it causes.
  const hit = async (dx: number, dy: number, redraws = true) => {
    const before = await draws();
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the sunburst is not drawn');
    const half = Math.min(box.width, box.height) / 2;
    const [x, y] = [box.x + box.width / 2 + dx * half, box.y + box.height / 2 + dy * half];
    if (isMobile) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    if (redraws) await settled(before);
  };
  const value = panel.locator('.sb-value');
  await expect(value).toHaveText('支出合计 11,098.87 万元');
  // Straight below the centre, the first ring is 项目支出 (10,246.66 of 11,098.87, line 123).
  await hit(0, 0.45);
  await expect(page).toHaveURL(/#\/\?zoom=project$/);
  await expect(value).toContainText('项目支出 10,246.66 万元 · 占支出合计 92.32%');
  const path = panel.getByRole('navigation', { name: t('overview.sb.path') });
  await expect(path.getByRole('listitem')).toHaveText(['支出合计', '项目支出']);
  if (!isMobile) {
    // Around 项目支出 on a wide screen: its types, then its projects; to the right, p09 政务云服务费 (line 342), a
    // leaf: it is shown, not zoomed into, and 4,000.00 ÷ 9,841.19 (特定目标类) is its share of the level above.
    await hit(0.75, 0, false);
    await expect(value).toContainText('政务云服务费 4,000.00 万元 · 占支出合计 36.04% · 占上一级 40.65%');
    await expect(page).toHaveURL(/#\/\?zoom=project$/);
    await value.getByRole('link', { name: t('overview.sb.open') }).click();
    await expect(page).toHaveURL(/#\/projects\/p09$/);
    await page.goBack();
    await expect(page).toHaveURL(/#\/\?zoom=project$/);
    await expect(path.getByRole('listitem')).toHaveText(['支出合计', '项目支出']);
  }
  // The centre goes up a level; so does the breadcrumb.
  await hit(0, 0);
  await expect(page).toHaveURL(/#\/$/);
  await expect(path).toHaveCount(0);
  await hit(0, 0.45);
  await expect(page).toHaveURL(/#\/\?zoom=project$/);
  const before = await draws();
  await path.getByRole('button', { name: '支出合计' }).click();
  await settled(before);
  await expect(page).toHaveURL(/#\/$/);
  await expect(value).toHaveText('支出合计 11,098.87 万元');
});
