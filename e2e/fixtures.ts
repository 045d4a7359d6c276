import { test as base, expect } from '@playwright/test';

/**
 * Every spec fails on any page error or console error (STYLE.md habit 7). A spec that provokes a network failure on
 * purpose lists the browser's own log line for it in `expectedConsoleErrors`; nothing else is excused.
 */
export const test = base.extend<{ pageErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  // The built page starts as the prerendered overview (static HTML: links work, buttons do not yet); a spec acts
  // on the live app, so navigation waits until the app has taken over #root (src/app/prerendered.ts).
  page: async ({ page }, use) => {
    const live = () =>
      page.waitForFunction(() => !document.querySelector('#root[data-prerendered]'), null, {
        timeout: 15_000,
      });
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await live();
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await live();
      return response;
    };
    await use(page);
  },
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
