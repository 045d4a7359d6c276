import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../data/testing/shipped';
import { spendingByFunction, spendingByNature } from '../../domain/spending-tree';
import { zoomAfterClick, zoomPath } from './sunburst-zoom';

describe('sunburst zoom', () => {
  const nature = spendingByNature(shippedDataset());
  it('finds the path from the centre to a project (source lines 333–388: p09 政务云服务费 is a 项目支出)', () => {
    const path = zoomPath(nature, 'p09');
    expect(path.map((n) => n.id)).toEqual(['total', 'project', path[2]?.id, 'p09']);
    expect(path[2]?.id).toMatch(/^type-/);
    expect(path.at(-1)?.value.toFixed(2)).toBe('4000.00');
  });
  it('opens the whole chart for an id the hierarchy does not have', () => {
    expect(zoomPath(nature, '2150599').map((n) => n.id)).toEqual(['total']);
    expect(zoomPath(nature, null).map((n) => n.id)).toEqual(['total']);
    // the same id read in the function hierarchy is a 项
    expect(zoomPath(spendingByFunction(shippedDataset()), '2150599').map((n) => n.id)).toEqual([
      'total',
      '215',
      '21505',
      '2150599',
    ]);
  });
  it('zooms into a sector with rings below, keeps the centre for a leaf, and goes up from the centre', () => {
    const path = zoomPath(nature, 'project');
    const type = path[1]?.children?.[0];
    if (!type?.children?.[0]) throw new Error('the 2023 budget has project types with projects');
    expect(zoomAfterClick(path, type).id).toBe(type.id);
    const leafPath = zoomPath(nature, type.id);
    expect(zoomAfterClick(leafPath, type.children[0]).id).toBe(type.id);
    expect(zoomAfterClick(leafPath, type).id).toBe('project');
    expect(zoomAfterClick([nature], nature).id).toBe('total');
  });
});
