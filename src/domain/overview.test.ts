import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import { overviewFigures } from './overview';

describe('overview figures', () => {
  const f = overviewFigures(shippedDataset());
  it('match the document’s headline numbers', () => {
    expect(f.income.value.toFixed(2)).toBe('11098.87');
    expect(f.incomeParts.map((p) => [p.label, p.value.toFixed(2)])).toEqual([
      ['一般公共预算收入', '11088.87'],
      ['其他收入', '10.00'],
    ]);
    expect([f.basic.value.toFixed(2), f.basic.share?.toFixed(2)]).toEqual(['852.21', '7.68']);
    expect([f.project.value.toFixed(2), f.project.share?.toFixed(2)]).toEqual(['10246.66', '92.32']);
    expect(f.totalChange?.change.toFixed(2)).toBe('1812.07');
    expect(f.totalChange?.prior.toFixed(2)).toBe('9286.80');
    expect(f.sangongChange?.pctFact?.value.toFixed(2)).toBe('-24.14');
    expect(f.adminCostChange?.prior.toFixed(2)).toBe('29.76');
    expect(f.procurement.value.toFixed(2)).toBe('3457.60');
    expect(f.projectsByType.map((t) => [t.type, t.count, t.total.toFixed(2)])).toEqual([
      ['其他运转类', 8, '405.47'],
      ['特定目标类', 36, '9841.19'],
    ]);
  });
  it('states the changes the document gives for 基本 and 项目 (line 414) and for income (line 413)', () => {
    expect(f.basicChange?.change.toFixed(2)).toBe('44.94');
    expect(f.basicChange?.prior.toFixed(2)).toBe('807.27'); // 852.21 − 44.94, derived
    expect(f.projectChange?.change.toFixed(2)).toBe('1767.13');
    expect(f.projectChange?.prior.toFixed(2)).toBe('8479.53'); // 10,246.66 − 1,767.13, derived
    expect(f.incomeChange?.change.toFixed(2)).toBe('1812.07');
  });
  it('names the five largest projects of the 项目支出 table, with their shares of the total of 11,098.87', () => {
    // Lines 342, 345, 343, 372 and 348 of the source; the next is 潍坊市视频赋能平台, 360.00 (line 344).
    expect(f.largest.map((p) => [p.id, p.name, p.total.toFixed(2), p.share?.toFixed(2), p.namesake])).toEqual(
      [
        ['p09', '政务云服务费', '4000.00', '36.04', true],
        ['p12', '潍坊市智慧城市融合支撑及一体化综合指挥平台项目', '1156.33', '10.42', false],
        ['p10', '潍坊市电子政务外网购买服务项目', '930.00', '8.38', false],
        ['p33', '潍坊市预制菜产业高质量发展平台', '492.48', '4.44', false],
        ['p15', '潍坊市"一网统揽"协同调度专题应用建设项目', '418.54', '3.77', false],
      ],
    );
  });
});
