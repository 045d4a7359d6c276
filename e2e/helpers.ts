import { t } from './strings';
import type { Locator, Page } from '@playwright/test';

/**
 * Sorts by a column the way a user would: the header button on wide screens, the 排序 select on phones
 * (where the header row is hidden and rows are cards). `dir` is what the phone select should pick.
 */
export async function sortToggle(page: Page, header: string | RegExp, dir: 'asc' | 'desc') {
  await page.locator('main table, main .compact-list').first().waitFor();
  const select = page.getByLabel(t('table.sort'), { exact: true });
  if (!(await select.isVisible()))
    return page.getByRole('columnheader', { name: header }).getByRole('button').click();
  const value = await select.locator('option', { hasText: header }).first().getAttribute('value');
  await select.selectOption(`${value?.split('.')[0]}.${dir}`);
}

/**
 * The texts of one column of a table, by header name: of the rows in the DOM, which for a long table (more than
 * 50 rows, RENDER_ALL_UP_TO) are only those near the view; the spacer rows standing for the others are skipped.
 */
export async function readColumn(table: Locator, header: string): Promise<string[]> {
  const headers = await table.locator('thead th').allInnerTexts();
  const index = headers.findIndex((h) => h.includes(header));
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(' | ')}`);
  return table.locator(`tbody tr:not(.virtual-spacer) > :nth-child(${index + 1})`).allInnerTexts();
}

/** On phones a view's filters fold away behind 筛选 (FilterForm): opens them; wider screens show them already. */
export async function openFilters(page: Page) {
  await page.locator('main form[role="search"]').waitFor({ state: 'attached' });
  const fold = page.locator('main details.filters-fold');
  if ((await fold.count()) && (await fold.getAttribute('open')) === null)
    await fold.locator('summary').click();
}
