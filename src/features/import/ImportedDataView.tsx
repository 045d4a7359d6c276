import { CatalogTable } from '../../components/CatalogTable';
import { useT } from '../../components/use-t';
import type { Catalog } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { ImportedFacts } from './ImportedFacts';
import { ImportReportView } from './ImportReportView';
import { PdfPageView } from './PdfPageView';
import { useImportReport } from './use-import-report';
import { pdfPageParams } from './pdf-box';

/** A dataset imported from a PDF: its files, what the importer's checks found, and the PDF page viewer. */
export function ImportedDataView({
  dataset,
  catalog,
  query,
}: {
  dataset: Dataset;
  catalog: Catalog;
  query: URLSearchParams;
}) {
  const pdfPage = pdfPageParams(query);
  const t = useT();
  const entry = catalog.datasets.find((e) => e.id === dataset.id);
  const report = useImportReport(dataset, entry);
  return (
    <article className="view">
      <h1>{t('data.title')}</h1>
      {pdfPage && <PdfPageView dataset={dataset} {...pdfPage} />}
      <ImportedFacts dataset={dataset} entry={entry} />
      <section aria-labelledby="cat-h">
        <h2 id="cat-h">{t('data.catalog')}</h2>
        <CatalogTable catalog={catalog} currentId={dataset.id} />
      </section>
      <section aria-labelledby="recon-h">
        <h2 id="recon-h">{t('report.title')}</h2>
        <ImportReportView state={report} />
      </section>
    </article>
  );
}
