import { expect, test } from './fixtures';

test('三公: 2022 and 2023 with Δ and Δ% and the stated reasons', async ({ page }) => {
  await page.goto('./#/sangong');
  const total = page.getByRole('row', { name: /“三公”经费合计/ });
  await expect(total).toContainText('2.90');
  await expect(total).toContainText('2.20');
  await expect(total).toContainText('−0.70');
  await expect(total).toContainText('−24.14%');
  await expect(page.getByRole('row', { name: /公务接待费/ })).toContainText('−25.00%');
  await expect(page.getByRole('row', { name: /公务用车运行维护费/ }).first()).toContainText(
    '压减公务用车运行维护费',
  );
  await expect(page.getByRole('row', { name: /机关运行经费/ })).toContainText('29.76');
});
