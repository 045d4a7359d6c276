import type { ImportEvent } from '../../import/browser/protocol';
import type { CatalogEntry } from '../../data/schema-catalog';
import type { DataProblem } from '../../data/problems';
import type { ImportedDataset } from '../../store/imported-store';

type DocumentEvent = Extract<ImportEvent, { type: 'document' }>;

/**
 * A document the Worker built → a dataset the dashboard can open. It is checked by the same validators as a
 * served dataset (the importer's output gets no trust the server's files do not get).
 */
export async function toImported(
  e: DocumentEvent,
  pdfs: ReadonlyMap<string, Uint8Array>,
): Promise<{ ok: true; imported: ImportedDataset } | { ok: false; problems: DataProblem[] }> {
  const file = `${e.id}.json`;
  const { validateDatasetTextInSlices, validateReportText } = await import('../../data/validators');
  const result = await validateDatasetTextInSlices(e.datasetText, file);
  if (!result.ok) return result;
  const report = validateReportText(e.reportText, `${e.id}.report.json`);
  if (!report.ok) return report;
  const d = result.dataset;
  const entry: CatalogEntry = {
    id: e.id,
    department: d.department,
    year: d.year,
    unit: d.unit === '元' ? '元' : '万元',
    kind: d.kind,
    file,
    report: `${e.id}.report.json`,
    sourceTitle: d.source.title.slice(0, 300),
  };
  const mine = new Map([...pdfs].filter(([name]) => e.files.includes(name)));
  return {
    ok: true,
    imported: {
      entry,
      dataset: d,
      report: report.report,
      datasetText: e.datasetText,
      reportText: e.reportText,
      pdfs: mine,
    },
  };
}
