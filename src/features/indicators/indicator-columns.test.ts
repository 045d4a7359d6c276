import { describe, expect, it } from 'vitest';
import { sheetOf } from '../../components/data-table/testing/sheet-of';
import { shippedDataset } from '../../data/testing/shipped';
import { filterIndicators, indicatorRows, indicatorTextRanks } from '../../domain/indicators';
import { toCsv } from '../../lib/export/csv';
import { translate } from '../../lib/i18n/translate';
import { indicatorColumns } from './indicator-columns';
import { sortIndicatorRows } from './sort-indicators';

const rows = indicatorRows(shippedDataset());
const columns = indicatorColumns((key, params) => translate('zh', key, params), 'zh');
const ranks = indicatorTextRanks(rows);
/** As the view exports: rows sorted by the view (sort-indicators.ts), the table told they are presorted. */
const sheet = (shown = rows, sort: string | null = null) =>
  sheetOf(
    columns,
    sortIndicatorRows(shown, ranks, sort, (r) => r.parsed.kind),
    (r) => r.key,
    {
      sort,
      presorted: true,
    },
  );

describe('the all-indicators table as CSV', () => {
  it('has all 550 indicators, not only the rows in view, under the headers as shown', () => {
    const all = sheet();
    expect(all).toHaveLength(551);
    expect(all[0]).toEqual(['三级指标', '指标值(原文)', '类型', '一级指标', '二级指标', '项目']);
  });
  it('exports cells as they read: no damage label, a placeholder for an empty target', () => {
    const all = sheet();
    expect(all).toHaveLength(551);
    expect(all.some((r) => r.some((f) => f.includes('原文受损')))).toBe(false);
    expect(all.find((r) => r[0]?.startsWith('巡检运维服务'))?.[1]).toBe('(空)');
  });
  it('keeps =100% as text in the file, in the filter and sort of the view', () => {
    const shown = filterIndicators(rows, {
      level1: null,
      level2: null,
      comparator: null,
      kind: null,
      query: '=100%',
    });
    // The 48 targets with =100% (48 times in the source text and in the bundled JSON): not an empty sort.
    expect(shown).toHaveLength(48);
    const names = sheet(shown, 'name.asc').slice(1);
    expect(names).toHaveLength(shown.length);
    expect(names.map((r) => r[0])).toEqual(
      [...names.map((r) => r[0] ?? '')].sort(new Intl.Collator('zh-CN', { numeric: true }).compare),
    );
    const fields = toCsv(sheet(shown))
      .split(/\r\n/)
      .flatMap((line) => line.split(','));
    expect(fields).toContain("'=100%");
    expect(fields.filter((f) => /^"?[=+@]/.test(f))).toEqual([]);
  });
});
