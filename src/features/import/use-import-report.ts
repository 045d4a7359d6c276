import { useEffect, useState } from 'react';
import { fetchText } from '../../data/load';
import type { ImportReport } from '../../data/schema-report';
import type { CatalogEntry } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { useImportedStore } from '../../store/imported-store';

export type ReportState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'failed'; error: string }
  | { status: 'ready'; report: ImportReport };

/** The import report of a dataset read from a PDF: the one made in this page, or the one served beside it. */
export function useImportReport(dataset: Dataset, entry: CatalogEntry | undefined): ReportState {
  const inPage = useImportedStore((s) => s.imported.find((d) => d.dataset === dataset)?.report);
  const file = entry?.report;
  const [served, setServed] = useState<{ file: string; state: ReportState } | null>(null);
  useEffect(() => {
    if (inPage || !file) return;
    let live = true;
    // The validators chunk (zod) is loaded already: the dataset on screen went through it.
    void Promise.all([fetchText(file), import('../../data/validators')]).then(
      ([r, { validateReportText }]) => {
        if (!live) return;
        if (!r.ok)
          return setServed({ file, state: { status: 'failed', error: r.problems[0]?.message ?? '' } });
        const v = validateReportText(r.text, file);
        setServed({
          file,
          state: v.ok
            ? { status: 'ready', report: v.report }
            : { status: 'failed', error: v.problems.map((p) => `${p.where}: ${p.message}`).join('; ') },
        });
      },
    );
    return () => {
      live = false;
    };
  }, [inPage, file]);
  if (inPage) return { status: 'ready', report: inPage };
  if (!file) return { status: 'none' };
  return served?.file === file ? served.state : { status: 'loading' };
}
