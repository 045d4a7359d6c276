import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { t } from './strings';

/** Presses Tab until the focused element matches; fails after `max` presses (keyboard-only navigation). */
async function tabTo(
  page: Page,
  match: (el: { text: string; role: string | null; tag: string }) => boolean,
  max = 80,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        text: (a?.innerText || a?.getAttribute('aria-label') || '').trim(),
        role: a?.getAttribute('role') ?? null,
        tag: a?.tagName ?? '',
      };
    });
    if (match(el)) return;
  }
  throw new Error('not reachable with Tab');
}

test('the whole drill journey works with the keyboard alone, with a visible focus ring', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'keyboard journey: desktop');
  // Hundreds of Tab presses, each read back: ~16 s on a quiet 2-core machine, past 30 s when it is shared.
  test.setTimeout(90_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Skip link first (start from the document, wherever the browser put focus on load).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: t('shell.skip') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // A glossary term explains itself on focus.
  await tabTo(page, (e) => e.text === '基本支出' && e.tag === 'BUTTON');
  await expect(page.getByRole('tooltip').filter({ hasText: '保障机构正常运转' })).toBeVisible();
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(ring).not.toBe('none');
  // Overview → functions.
  await tabTo(page, (e) => e.tag === 'A' && e.text.startsWith('按功能分类'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/functions$/);
  // Sort by keyboard.
  await tabTo(page, (e) => e.text.startsWith('合计'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=total/);
  // → the 项 2150599.
  await tabTo(page, (e) => e.text.startsWith('2150599'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/functions\/2150599$/);
  // Chart ↔ table toggle.
  await tabTo(page, (e) => e.text === t('chart.table'));
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: t('chart.table'), exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // → the pool → a project → its indicators.
  await tabTo(page, (e) => e.text === t('functions.pool.link', { count: 43 }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/attribution=pool/);
  await tabTo(page, (e) => e.text === '潍坊市视频赋能平台');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('潍坊市视频赋能平台');
  await expect(page.getByRole('cell', { name: '≥28万路' })).toBeVisible();
  // A filter by keyboard: the indicators view, 一级 select with arrows.
  await page.goto('./#/indicators');
  await tabTo(
    page,
    (e) => e.tag === 'SELECT' && e.text.includes('满意度指标') && !e.text.includes('服务对象'),
  );
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/l1=/);
});
