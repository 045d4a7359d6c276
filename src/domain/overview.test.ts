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
});
