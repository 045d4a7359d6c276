import { expect, test } from './fixtures';
import { ALL_VIEWS } from './views';

// No view is wider than the viewport — no sideways panning — at phone, tablet, laptop and wide widths, in both
// languages and every mode. One page per language, mode and width, the views opened by hash as a reader's links do.
const WIDTHS = [320, 390, 1024, 1366, 1920] as const;

// One test a language, mode and width (13 views each), so each has the whole test timeout for itself.
for (const lang of ['zh', 'en'] as const)
  for (const mode of ['normal', 'present', 'embed'] as const)
    for (const width of WIDTHS)
      test(`no view is wider than the viewport (${lang}, ${mode}, ${width} px)`, async ({
        page,
        isMobile,
      }) => {
        test.skip(isMobile, 'sets its own widths: once, in the desktop project');
        await page.setViewportSize({ width, height: mode === 'present' && width === 1024 ? 768 : 800 });
        const q = new URLSearchParams();
        if (lang === 'en') q.set('lang', 'en');
        if (mode !== 'normal') q.set('mode', mode);
        await page.goto(`./?${q.toString()}#/`);
        const wider: string[] = [];
        for (const view of ALL_VIEWS) {
          await page.evaluate((h) => (window.location.hash = h), view);
          await expect(page.locator('main h1').first()).toBeVisible();
          await expect(page.locator('main .view-loading')).toHaveCount(0);
          const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (over > 0) wider.push(`${view} at ${width} px: ${over} px too wide`);
        }
        expect(wider).toEqual([]);
      });
