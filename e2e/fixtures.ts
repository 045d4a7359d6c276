import { test as base, expect } from '@playwright/test';

/**
 * Every spec fails on any page error or console error (STYLE.md habit 7). A spec that provokes a network failure on
 * purpose lists the browser's own log line for it in `expectedConsoleErrors`; nothing else is excused.
 */
export const test = base.extend<{ pageErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(m.text())))
          errors.push(`console: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
