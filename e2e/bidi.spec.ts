import type { Locator } from '@playwright/test';
import { bidiDatasetText, RLO_DEPARTMENT, RLO_NAMES, RTL_NAME } from '../src/data/testing/bidi';
import { expect, test } from './fixtures';
import { t } from './strings';

// Bidi controls and right-to-left letters in data text (issue 16): the digits of an amount shown beside such a name
// read in their order, and the amount stays after the name.
const DATASET = '**/data/weifang-big-data-bureau-2023.json';

/** The characters of an element in the order they are drawn, left to right (white space left out). */
function drawnText(element: Locator): Promise<string> {
  return element.evaluate((root) => {
    const chars: Array<{ c: string; x: number }> = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      for (let i = 0; i < (n.textContent ?? '').length; i += 1) {
        const c = (n.textContent ?? '')[i] as string;
        if (/\s/.test(c)) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width > 0) chars.push({ c, x: box.left + box.width / 2 });
      }
    return chars
      .sort((a, b) => a.x - b.x)
      .map((x) => x.c)
      .join('');
  });
}

test.describe('bidi controls in data text', () => {
  test.skip(({ isMobile }) => isMobile, 'runs once, at desktop width');

  test('U+202E in a project name reverses no digits: beside the name, in the list of small items, in the title', async ({
    page,
  }) => {
    const body = bidiDatasetText(RLO_NAMES, RLO_DEPARTMENT);
    await page.route(DATASET, (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('./#/functions/2299999');
    const item = page.getByRole('listitem').filter({ hasText: '财政代管资金' });
    await expect(item.locator('.amount')).toHaveText('10.00 万元');
    expect(await drawnText(item.locator('.amount'))).toBe('10.00万元');
    expect(await drawnText(item.getByRole('link'))).toBe('预算单位财政代管资金');

    await page.goto('./#/');
    await page.getByText(/图中未标注的小项/).click();
    const small = page.getByRole('listitem').filter({ hasText: '律师咨询服务' });
    expect(await drawnText(small)).toBe('律师咨询服务2.48');

    await page.goto('./#/projects/p08');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('预算单位财政代管资金');
    expect(await page.title()).toContain('潍坊市大数据局');

    // The reader is told, with the field's path.
    await page.goto('./#/data');
    await expect(page.getByRole('region', { name: t('data.textWarnings') })).toContainText(
      'tables.projects.rows[8].cells.name: removed U+202E',
    );
  });

  test('a name ending in right-to-left letters keeps the amount after it', async ({ page }) => {
    const body = bidiDatasetText({ p08: RTL_NAME });
    await page.route(DATASET, (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('./#/functions/2299999');
    const item = page.getByRole('listitem').filter({ hasText: 'שלום' });
    const [name, amount] = await Promise.all([
      item.getByRole('link').boundingBox(),
      item.locator('.amount').boundingBox(),
    ]);
    expect(amount && name && amount.x >= name.x + name.width - 1).toBe(true);
    expect(await drawnText(item.locator('.amount'))).toBe('10.00万元');
  });
});
