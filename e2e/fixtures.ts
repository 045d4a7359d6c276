import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';

/**
 * The built page starts as the prerendered overview (static HTML: links work, buttons do not yet); a spec acts on
 * the live app, so navigation waits until the app has taken over #root (src/app/prerendered.ts).
 */
function waitForLiveApp(page: Page): void {
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
}

/** Records the page errors and unexcused console errors of every page `context` opens (popups included). */
function guardContext(context: BrowserContext, errors: string[], excused: RegExp[]): void {
  const guard = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !excused.some((re) => re.test(m.text())))
        errors.push(`console: ${m.text()}`);
    });
  };
  context.pages().forEach(guard);
  context.on('page', guard);
}

/**
 * Every spec fails on any page error or console error (STYLE.md habit 7), in every page it opens: `page`, the pages
 * its context opens (a link with target=_blank), and the pages of a fresh context from `freshPage`. A spec that
 * provokes a network failure on purpose lists the browser's own log line for it in `expectedConsoleErrors`; nothing
 * else is excused.
 */
export const test = base.extend<{
  pageErrors: string[];
  expectedConsoleErrors: RegExp[];
  /** A page in a new browser context (no storage, no history shared with `page`), under the same guard. */
  freshPage: (options?: BrowserContextOptions) => Promise<Page>;
}>({
  page: async ({ page }, use) => {
    waitForLiveApp(page);
    await use(page);
  },
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ context, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      guardContext(context, errors, expectedConsoleErrors);
      await use(errors);
      expect(errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
  freshPage: async ({ browser, pageErrors, expectedConsoleErrors }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      guardContext(context, pageErrors, expectedConsoleErrors);
      const page = await context.newPage();
      waitForLiveApp(page);
      return page;
    });
    // Closed before pageErrors checks what they recorded (a fixture's dependants are torn down first).
    for (const context of contexts) await context.close();
  },
});

export { expect };
