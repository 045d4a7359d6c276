import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import { collationRanks, compareByRank, sortByRanks, zhCollator } from './collation';
import { type IndicatorRow, type IndicatorText, indicatorRows, indicatorTextRanks } from './indicators';

const rows = indicatorRows(shippedDataset());
const ranks = indicatorTextRanks(rows);
const TEXTS: IndicatorText[] = ['name', 'target', 'level1', 'level2', 'projectName'];

const byRank = (texts: readonly string[]) => {
  const r = collationRanks(texts);
  return [...texts].sort((a, b) => compareByRank(r, a, b));
};
const keys = (sorted: readonly IndicatorRow[]) => sorted.map((r) => r.key);

describe('collation ranks', () => {
  it('put the real 二级 indicator names in 拼音 order, not code-point order', () => {
    const level2s = [...new Set(rows.map((r) => r.level2))];
    const pinyin = [
      '持续影响指标', // chí
      '服务对象满意度指标', // fú
      '经济成本指标', // jīng jì chéng
      '经济效益指标', // jīng jì xiào
      '社会成本指标', // shè huì chéng
      '社会效益指标', // shè huì xiào
      '生态环境成本指标', // shēng tài huán
      '生态效益指标', // shēng tài xiào
      '时效指标', // shí
      '数量指标', // shù
      '质量指标', // zhì
    ];
    expect(byRank(level2s)).toEqual(pinyin);
    expect([...level2s].sort()).not.toEqual(pinyin);
  });

  it('compare numbers inside text as numbers', () => {
    expect(byRank(['第10', '第2', '第1'])).toEqual(['第1', '第2', '第10']);
    // Both targets are printed in the bundled budget; by code point "=12份" would come first.
    const targets = new Set(rows.map((r) => r.target));
    expect(targets.has('=2份') && targets.has('=12份')).toBe(true);
    expect(ranks.target.get('=2份')!).toBeLessThan(ranks.target.get('=12份')!);
  });

  it('give equal-comparing texts one rank, and keep ranks dense', () => {
    const r = collationRanks(['第2', '第02', '第10', '第2']);
    expect(zhCollator.compare('第02', '第2')).toBe(0);
    expect(r.get('第02')).toBe(r.get('第2'));
    expect([...new Set(r.values())].sort()).toEqual([0, 1]);
  });

  it('keep rows with equal text in document order (stable)', () => {
    const sorted = [...rows].sort((a, b) => compareByRank(ranks.name, a.name, b.name));
    const satisfaction = (list: readonly IndicatorRow[]) => list.filter((r) => r.name === '服务对象满意度');
    expect(satisfaction(rows).length).toBeGreaterThan(5);
    expect(keys(satisfaction(sorted))).toEqual(keys(satisfaction(rows)));
  });

  it.each(TEXTS)('sort the 550 real indicators by %s exactly as collator.compare does', (text) => {
    const byCollator = [...rows].sort((a, b) => zhCollator.compare(a[text], b[text]));
    const byRanks = [...rows].sort((a, b) => compareByRank(ranks[text], a[text], b[text]));
    expect(rows).toHaveLength(550);
    expect(keys(byRanks)).toEqual(keys(byCollator));
    // Stronger than one sorted outcome: every pair of distinct texts compares with the collator's sign.
    const distinct = [...ranks[text].keys()];
    for (const a of distinct)
      for (const b of distinct)
        if (Math.sign(compareByRank(ranks[text], a, b)) !== Math.sign(zhCollator.compare(a, b)))
          expect.fail(`${text}: ${a} vs ${b}`);
  });

  it('fall back to the collator for text outside the ranked set, in the same order', () => {
    const r = collationRanks(['第1', '第10']);
    expect(compareByRank(r, '第2', '第10')).toBeLessThan(0);
    expect(compareByRank(r, '第10', '第2')).toBeGreaterThan(0);
    expect(['第10', '第2', '第1'].sort((a, b) => compareByRank(r, a, b))).toEqual(['第1', '第2', '第10']);
  });
});

describe('sortByRanks (counting sort)', () => {
  it.each(TEXTS)('orders the 550 indicators by %s as a stable collator sort does, both ways', (text) => {
    const r = ranks[text];
    const asc = [...rows].sort((a, b) => zhCollator.compare(a[text], b[text]));
    // Descending keeps equal texts in document order too (a stable sort on the reversed comparison).
    const desc = [...rows].sort((a, b) => zhCollator.compare(b[text], a[text]));
    expect(keys(sortByRanks(rows, (row) => r.get(row[text])))).toEqual(keys(asc));
    expect(keys(sortByRanks(rows, (row) => r.get(row[text]), true))).toEqual(keys(desc));
  });

  it('counts rows without a rank as the smallest, in document order, and leaves the input alone', () => {
    const input = ['b', 'x', 'a', 'y', 'b'];
    const r = collationRanks(['a', 'b']);
    const copy = [...input];
    expect(sortByRanks(input, (s) => r.get(s))).toEqual(['x', 'y', 'a', 'b', 'b']);
    expect(sortByRanks(input, (s) => r.get(s), true)).toEqual(['b', 'b', 'a', 'x', 'y']);
    expect(input).toEqual(copy);
  });
});
