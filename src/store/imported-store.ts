import { create } from 'zustand';
import type { ImportReport } from '../data/schema-report';
import type { CatalogEntry } from '../data/schema-catalog';
import type { Dataset } from '../domain/model';
import { useDataStore } from './data-store';

/**
 * Datasets imported in this page from the reader's own PDFs. They live only in this page's memory (nothing is
 * uploaded, nothing stored): a reload forgets them. The PDFs are kept so a source link can show the page.
 */
export interface ImportedDataset {
  entry: CatalogEntry;
  dataset: Dataset;
  report: ImportReport;
  datasetText: string;
  reportText: string;
  /** File name → the PDF's bytes. */
  pdfs: ReadonlyMap<string, Uint8Array>;
}

interface ImportedStore {
  imported: readonly ImportedDataset[];
  add(d: ImportedDataset): void;
}

export const useImportedStore = create<ImportedStore>((set) => ({
  imported: [],
  add: (d) => set((s) => ({ imported: [...s.imported.filter((x) => x.entry.id !== d.entry.id), d] })),
}));

/** Every view of the dashboard on an imported dataset (the published catalog stays, with this entry added). */
export function openImported(d: ImportedDataset): void {
  const state = useDataStore.getState().state;
  if (state.status !== 'ready') return;
  const others = state.catalog.datasets.filter((x) => x.id !== d.entry.id);
  useDataStore.setState({
    state: {
      status: 'ready',
      catalog: { ...state.catalog, datasets: [...others, d.entry] },
      entry: d.entry,
      dataset: d.dataset,
    },
  });
}
