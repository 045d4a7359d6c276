import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { reconcile } from '../../domain/reconcile/reconcile';
import type { MoneyUnit } from '../../lib/format/number';
import { type Lang, loadLang } from '../../lib/i18n/translate';
import { ReconciliationReport } from './ReconciliationReport';

// Server rendering reads a zustand store's initial state only (useSyncExternalStore's server snapshot): the
// reader's choices come from a stand-in store instead.
const ui = vi.hoisted(() => ({ lang: 'zh' as Lang, unit: 'wan' as MoneyUnit }));
vi.mock('../../store/ui-store', () => ({
  useUiStore: <T,>(select: (s: typeof ui) => T) => select(ui),
}));

const checks = reconcile(shippedDataset());

/** The HTML of one check's row of the report, in the given language and unit. */
function rowHtml(id: string, lang: Lang, unit: MoneyUnit): string {
  Object.assign(ui, { lang, unit });
  const one = checks.filter((c) => c.id === id);
  const html = renderToStaticMarkup(
    <ReconciliationReport checks={one} onlyFailed={false} deferClosed={false} />,
  );
  const start = html.indexOf(`<tr id="check-${id}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</tr>', start));
}

describe('the reconciliation report', () => {
  beforeAll(() => loadLang('en'));

  it('reads in English with amounts in yuan, the quote marked as Chinese', () => {
    const row = rowHtml('notes.income.total', 'en', 'yuan');
    expect(row).toContain(
      'The notes’ “<span lang="zh-CN">2023年收入预算11,098.87万元</span>” agrees with the tables',
    );
    expect(row).toContain('data-value="110988700.00">110,988,700.00<span class="unit"> yuan</span>');
  });

  it('reads in Chinese as before, amounts in the chosen 元', () => {
    const row = rowHtml('attribution.2299999', 'zh', 'yuan');
    expect(row).toContain(
      '归属于<span lang="zh-CN">2299999</span>的项目(<span lang="zh-CN">p08</span>)之和不超过该项的项目支出',
    );
    expect(row).toContain(
      '≤ <span class="amount" data-value="100000.00">100,000.00<span class="unit"> 元</span>',
    );
  });

  it('shows counts as counts in any unit', () => {
    const row = rowHtml('performance.coverage', 'zh', 'yuan');
    expect(row).toMatch(/<td class="num">44<\/td><td class="num">43<\/td>/);
  });
});
