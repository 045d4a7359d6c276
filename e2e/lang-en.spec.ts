import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { t, tEn } from './strings';
import { ALL_VIEWS } from './views';

const VIEWS = [...ALL_VIEWS, '#/data?line=96'];

/** Text nodes with a Chinese character whose nearest lang is not zh-CN: UI text left untranslated. */
async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent ?? '';
      // <noscript> is raw text when scripts run; it is never shown.
      if (!el || el.closest('script, style, noscript') || !/[\u4e00-\u9fff]/.test(text)) continue;
      if (el.closest('[lang]')?.getAttribute('lang') === 'zh-CN') continue;
      out.push(`<${el.tagName.toLowerCase()}> ${text.trim().slice(0, 60)}`);
    }
    return out;
  });
}

for (const hash of VIEWS)
  test(`English ${hash}: no Chinese outside text marked lang="zh-CN", charts' table twins included`, async ({
    page,
  }) => {
    await page.goto(`./?lang=en${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await untranslated(page)).toEqual([]);
    const toTable = page.getByRole('button', { name: tEn('chart.table'), exact: true, pressed: false });
    for (let n = await toTable.count(); n > 0; n -= 1) await toTable.first().click();
    expect(await untranslated(page)).toEqual([]);
  });

test('English with yuan: the overview total in exact yuan, the title in English', async ({ page }) => {
  await page.goto('./?lang=en&unit=yuan#/');
  await expect(page.getByLabel(tEn('overview.kpi.total'))).toContainText('110,988,700.00 yuan');
  await expect(page).toHaveTitle(/^Overview · 潍坊市大数据局 2023$/);
});

test('the header controls switch language and unit, and keep them in the URL before the hash', async ({
  page,
}) => {
  await page.goto('./#/projects?sort=amount.desc');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('projects.title'));
  await page.getByLabel(t('shell.language'), { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tEn('projects.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/^Projects · /);
  await page.getByLabel(tEn('shell.unit'), { exact: true }).selectOption('yi');
  await expect(page.getByRole('status')).toContainText('1.024666 100m yuan');
  await expect(page).toHaveURL(/\?lang=en&unit=yi#\/projects\?sort=amount\.desc$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tEn('projects.title'));
  await page.getByLabel(tEn('shell.language'), { exact: true }).selectOption('zh');
  await page.getByLabel(t('shell.unit'), { exact: true }).selectOption('wan');
  await expect(page).toHaveURL(/\/#\/projects\?sort=amount\.desc$/);
  await expect(page.getByRole('status')).toContainText('10,246.66 万元');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
