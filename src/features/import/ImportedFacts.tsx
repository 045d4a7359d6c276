import '../../lib/i18n/late-strings';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { CatalogEntry } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { useImportedStore } from '../../store/imported-store';
import { DatasetUnit } from '../../components/DatasetUnit';
import { useDownloadLinks } from './use-download-links';

/** What an imported dataset is made from (its PDFs and their fingerprints) and where to download it. */
export function ImportedFacts({ dataset, entry }: { dataset: Dataset; entry: CatalogEntry | undefined }) {
  const t = useT();
  const inPage = useImportedStore((s) => s.imported.find((d) => d.dataset === dataset));
  // Imported in this page: the downloads are made here (nothing of it is on the server).
  const blobs = useDownloadLinks(inPage);
  const file = entry?.file ?? `${dataset.id}.json`;
  const report = entry?.report;
  return (
    <section aria-labelledby="ds-h">
      <h2 id="ds-h">{t('data.dataset')}</h2>
      <dl className="facts">
        <dt>{t('data.file')}</dt>
        <dd>
          <Zh>《{dataset.source.title}》</Zh>
        </dd>
        <dt>{t('report.files')}</dt>
        <dd>
          <ul className="plain">
            {(dataset.source.files ?? []).map((f) => (
              <li key={f.name}>
                <Zh>{f.name}</Zh> · {t('report.pages', { pages: f.pages })} ·{' '}
                <code className="small">
                  {f.sha256 ? t('report.sha', { sha: f.sha256 }) : t('report.noSha')}
                </code>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('data.unit')}</dt>
        <dd>
          <DatasetUnit unit={dataset.unit} />
          {t('data.unitNote')}
        </dd>
      </dl>
      <ul className="downloads">
        <li>
          <a href={blobs ? blobs.dataset : `data/${file}`} download={file}>
            {t('data.downloadDataset')}
          </a>
        </li>
        {(blobs || report) && (
          <li>
            <a
              href={blobs ? blobs.report : `data/${report}`}
              download={report ?? `${dataset.id}.report.json`}
            >
              {t('import.downloadReport')}
            </a>
          </li>
        )}
        <li>
          <a href="data/budget-dataset.schema.json" download>
            {t('data.downloadSchema')}
          </a>
        </li>
      </ul>
    </section>
  );
}
