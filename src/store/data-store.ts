import { create } from 'zustand';
import { loadCatalog, loadDataset } from '../data/load';
import type { DataProblem } from '../data/problems';
import type { Catalog, CatalogEntry } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';

type LoadState =
  | { status: 'idle' }
  /** `since`: when this load began (Date.now()), so a reader is told it is slow however the UI came up. */
  | { status: 'loading'; file: string; since: number }
  | { status: 'failed'; problems: DataProblem[] }
  | { status: 'ready'; catalog: Catalog; entry: CatalogEntry; dataset: Dataset };

interface DataStore {
  state: LoadState;
  /** Loads the catalog, then the dataset `id` (or the catalog's default). Safe to call again to retry. */
  load: (id: string | null) => Promise<void>;
}

let current: AbortController | null = null;

export const useDataStore = create<DataStore>((set) => ({
  state: { status: 'idle' },
  load: async (id) => {
    current?.abort();
    const ctrl = new AbortController();
    current = ctrl;
    const since = Date.now();
    set({ state: { status: 'loading', file: 'catalog.json', since } });
    const catalog = await loadCatalog(ctrl.signal);
    if (ctrl.signal.aborted) return;
    if (!catalog.ok) return set({ state: { status: 'failed', problems: catalog.problems } });
    const wanted = id ?? catalog.catalog.defaultDataset;
    const entry = catalog.catalog.datasets.find((d) => d.id === wanted);
    if (!entry) {
      const known = catalog.catalog.datasets.map((d) => d.id).join(', ');
      return set({
        state: {
          status: 'failed',
          problems: [
            {
              file: 'catalog.json',
              where: 'datasets',
              // The id comes from the page's URL (?ds=), as written: named, but only its start.
              message: `no dataset "${wanted.length > 80 ? `${wanted.slice(0, 80)}…` : wanted}" (known: ${known})`,
            },
          ],
        },
      });
    }
    set({ state: { status: 'loading', file: entry.file, since } });
    const result = await loadDataset(entry, ctrl.signal);
    if (ctrl.signal.aborted) return;
    set({
      state: result.ok
        ? { status: 'ready', catalog: catalog.catalog, entry, dataset: result.dataset }
        : { status: 'failed', problems: result.problems },
    });
  },
}));
