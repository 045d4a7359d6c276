import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../data/testing/shipped';
import { projectPool } from './functions';
import { filterProjects, projectRows } from './projects';

const d = shippedDataset();
const rows = projectRows(d, projectPool(d));

describe('project rows', () => {
  it('describes each project as the document does', () => {
    const p08 = rows.find((r) => r.id === 'p08');
    expect(p08).toMatchObject({
      name: '预算单位财政代管资金',
      funding: ['单位资金'],
      indicatorCount: 0,
      attribution: 'attributed',
      functionCodes: ['2299999'],
    });
    const p09 = rows.find((r) => r.id === 'p09');
    expect(p09?.funding).toEqual(['一般公共预算']);
    expect(p09?.share?.toFixed(2)).toBe('39.04');
    expect(p09?.sameName).toEqual(['p06']);
    expect(p09?.functionCodes).toEqual(['2069999', '2150599']);
  });
  it('filters by type, attribution and search', () => {
    expect(filterProjects(rows, { type: '其他运转类', query: '', attribution: null })).toHaveLength(8);
    expect(filterProjects(rows, { type: '特定目标类', query: '', attribution: null })).toHaveLength(36);
    expect(filterProjects(rows, { type: null, query: '', attribution: 'pool' })).toHaveLength(43);
    expect(filterProjects(rows, { type: null, query: '政务云', attribution: null }).map((r) => r.id)).toEqual(
      ['p06', 'p09'],
    );
  });
});
