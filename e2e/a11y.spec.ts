import AxeBuilder from '@axe-core/playwright';
import { drawCharts } from './charts';
import { expect, test } from './fixtures';
import { ALL_VIEWS } from './views';

// WCAG 2.1 A and AA on every view, in normal, present and embed modes, in Chinese and English.
const VIEWS = ALL_VIEWS;
const MODES = ['', 'mode=present', 'mode=embed'];
const LANGS = ['', 'lang=en'];

test.describe.configure({ mode: 'parallel' });
// axe over a 550-row table takes a while on a 2-core machine.
test.setTimeout(120_000);

for (const mode of MODES)
  for (const lang of LANGS)
    for (const hash of VIEWS)
      test(`axe WCAG 2.1 AA: ${hash} ${mode || 'normal'} ${lang || 'zh'}`, async ({ page }, info) => {
        // Presenter mode is for projectors (desktop); embeds are what phones see.
        test.skip(info.project.name === 'phone' && mode === 'mode=present', 'presenter mode: desktop only');
        test.skip(info.project.name === 'desktop' && mode === 'mode=embed', 'embed mode: phone width');
        const query = [mode, lang].filter(Boolean).join('&');
        await page.goto(`./${query ? `?${query}` : ''}${hash}`);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await drawCharts(page);
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const violations = result.violations.map(
          (v) =>
            `${v.id}: ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`)
              .join(' | ')}`,
        );
        expect(violations).toEqual([]);
      });
