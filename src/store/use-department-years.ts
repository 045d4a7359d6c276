import { useEffect, useMemo, useState } from 'react';
import { afterPaint } from '../lib/after-paint';
import { loadDataset } from '../data/load';
import type { Catalog } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';
import { useImportedStore } from './imported-store';

const cache = new Map<string, Promise<Dataset | null>>();

/**
 * Every dataset of the same department, kind (预算/决算) and scope in the catalog (other years), loaded on demand
 * for trends, after the view's first paint: their download and checks (≈15 ms of the main thread for a Shanghai
 * file, in slices) do not delay the view's own figures. A year that fails to load is left out; the view says which
 * years it shows. The same array while nothing changes, so memos downstream hold.
 */
export function useDepartmentYears(catalog: Catalog, current: Dataset): Dataset[] {
  const [others, setOthers] = useState<Dataset[]>([]);
  useEffect(() => {
    const entries = catalog.datasets.filter(
      (e) =>
        !e.synthetic &&
        sameDepartment(e.department, current.department) &&
        e.id !== current.id &&
        // A trend is of one kind: a 决算's spending is never drawn as the next point of a series of budgets.
        (e.kind ?? 'budget') === current.kind &&
        (e.scope ?? '部门') === current.scope,
    );
    if (entries.length === 0) return;
    let live = true;
    const load = () =>
      void Promise.all(
        entries.map((e) => {
          // A dataset imported in this page is not on the server.
          const imported = useImportedStore.getState().imported.find((x) => x.entry.id === e.id);
          if (imported) return Promise.resolve(imported.dataset);
          let p = cache.get(e.id);
          if (!p) {
            p = loadDataset(e).then((r) => (r.ok ? r.dataset : null));
            cache.set(e.id, p);
          }
          return p;
        }),
      ).then((list) => live && setOthers(list.filter((x): x is Dataset => x !== null)));
    const cancel = afterPaint(load);
    return () => {
      live = false;
      cancel();
    };
  }, [catalog, current]);
  return useMemo(() => [current, ...others].sort((a, b) => a.year - b.year), [current, others]);
}

/** By code where both have one; an imported dataset has no code (the PDF prints none), so by name. */
function sameDepartment(a: { code: string; name: string }, b: { code: string; name: string }): boolean {
  return a.code && b.code ? a.code === b.code : a.name === b.name;
}
