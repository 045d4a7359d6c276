import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import { findFunction, functionPath, functionTree, projectPool } from './functions';
import { sum } from './money';

const d = shippedDataset();

describe('功能分类 tree', () => {
  it('builds 类 → 款 → 项 from the 支出总体情况表', () => {
    const roots = functionTree(d);
    expect(roots.map((r) => r.code)).toEqual(['206', '208', '210', '215', '221', '229']);
    const n = findFunction(roots, '2150599');
    expect(n?.name).toBe('其他工业和信息产业监管支出');
    expect(n?.project.toFixed(2)).toBe('4150.33');
    expect(functionPath(roots, '2150599').map((x) => x.code)).toEqual(['215', '21505', '2150599']);
    expect(findFunction(roots, '2150501')?.public.toFixed(2)).toBe('27.49');
  });
});

describe('project pool', () => {
  it('attributes only 预算单位财政代管资金 (10.00) to 2299999 and pools the rest within 2069999 + 2150599', () => {
    const pool = projectPool(d);
    expect(pool.attributed.get('2299999')?.map((p) => p.id)).toEqual(['p08']);
    expect(pool.unattributed).toHaveLength(43);
    expect(pool.unattributedTotal.toFixed(2)).toBe('10236.66');
    expect(pool.candidates.map((c) => [c.code, c.remaining.toFixed(2)])).toEqual([
      ['2069999', '6086.33'],
      ['2150599', '4150.33'],
    ]);
    expect(sum(pool.candidates.map((c) => c.remaining)).equals(pool.unattributedTotal)).toBe(true);
  });
});
