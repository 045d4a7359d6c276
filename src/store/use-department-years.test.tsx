// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog, CatalogEntry } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';
import { outsideAct, reactRootPerTest } from '../lib/testing/react-root';
import { useDepartmentYears } from './use-department-years';

// The one boundary mocked: the download and checks of another year's file.
const loadDataset = vi.fn();
vi.mock('../data/load', () => ({ loadDataset: (e: CatalogEntry) => loadDataset(e) }));

const department = { code: '123001', name: '某某局' };
const dataset = (id: string, year: number) =>
  ({ id, year, kind: 'budget', scope: '部门', department }) as unknown as Dataset;
const entry = (id: string, year: number) =>
  ({ id, year, file: `${id}.json`, kind: 'budget', scope: '部门', department }) as unknown as CatalogEntry;
const current = dataset('d-2024', 2024);
const catalog = { datasets: [entry('d-2024', 2024), entry('d-2023', 2023)] } as unknown as Catalog;

// The years arrive in a later task, as in the page: they are waited for outsideAct() (act would hold them back).
const dom = reactRootPerTest();
const seen: Dataset[][] = [];
function Probe({ tick }: { tick: number }) {
  seen.push(useDepartmentYears(catalog, current));
  return <span>{tick}</span>;
}

beforeEach(() => {
  seen.length = 0;
  loadDataset.mockReset();
  loadDataset.mockResolvedValue({ ok: true, dataset: dataset('d-2023', 2023) });
});

describe('useDepartmentYears', () => {
  it('loads the other years only after the first paint, then gives them in year order', async () => {
    act(() => dom.root.render(<Probe tick={0} />));
    // Mounted and its effects run: nothing fetched yet, the view paints with its own year alone.
    expect(loadDataset).not.toHaveBeenCalled();
    expect(seen.at(-1)!.map((d) => d.id)).toEqual(['d-2024']);
    await outsideAct(() =>
      vi.waitFor(() => expect(seen.at(-1)!.map((d) => d.id)).toEqual(['d-2023', 'd-2024'])),
    );
    expect(loadDataset).toHaveBeenCalledTimes(1);
    expect(loadDataset.mock.calls[0]![0].id).toBe('d-2023');
  });

  it('returns the same array while nothing changes, so memos downstream hold', async () => {
    act(() => dom.root.render(<Probe tick={0} />));
    await outsideAct(() => vi.waitFor(() => expect(seen.at(-1)).toHaveLength(2)));
    const loaded = seen.at(-1);
    act(() => dom.root.render(<Probe tick={1} />));
    expect(dom.host.textContent).toBe('1');
    expect(seen.at(-1)).toBe(loaded);
  });
});
