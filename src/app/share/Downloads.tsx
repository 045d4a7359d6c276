import { useMemo } from 'react';
import { useBlobUrls } from '../../components/export/use-blob-urls';
import { useT } from '../../components/use-t';
import type { Dataset } from '../../domain/model';
import { fiscalDataPackage, type PackageFiles } from '../../lib/export/datapackage';
import { useImportedStore } from '../../store/imported-store';

const CSV = 'text/csv;charset=utf-8';
const JSON_TYPE = 'application/json';

/**
 * The dataset on screen, as files: its JSON (from the server, or from this page's memory for a PDF imported here),
 * the schema, and a Fiscal Data Package made from it in the page — so every link is of this dataset, in the units
 * its tables print.
 */
export function Downloads({ dataset, file }: { dataset: Dataset; file: string }) {
  const t = useT();
  const imported = useImportedStore((s) => s.imported.find((d) => d.dataset === dataset));
  const texts = useMemo(() => {
    const p: PackageFiles = fiscalDataPackage(dataset);
    return {
      descriptor: { text: p['datapackage.json'], type: JSON_TYPE },
      functions: { text: p['expenditure-by-function.csv'], type: CSV },
      economic: { text: p['basic-expenditure-by-economic-classification.csv'], type: CSV },
      projects: { text: p['projects.csv'], type: CSV },
    };
  }, [dataset]);
  const urls = useBlobUrls(texts);
  const inPage = useBlobUrls(
    useMemo(
      () => (imported ? { dataset: { text: imported.datasetText, type: JSON_TYPE } } : null),
      [imported],
    ),
  );
  if (!urls) return null;
  const pkg = `${dataset.id}.datapackage`;
  return (
    <section>
      <h3>{t('share.downloads')}</h3>
      <ul className="plain-list">
        <li>
          <a href={inPage ? inPage.dataset : `data/${file}`} download={file}>
            JSON
          </a>{' '}
          ·{' '}
          <a href="data/budget-dataset.schema.json" download>
            JSON Schema
          </a>
        </li>
        <li>
          <a href={urls.descriptor} download={`${pkg}.json`}>
            Fiscal Data Package
          </a>
          :{' '}
          <a href={urls.functions} download={`${dataset.id}.expenditure-by-function.csv`}>
            functions.csv
          </a>{' '}
          ·{' '}
          <a href={urls.economic} download={`${dataset.id}.basic-expenditure-by-economic-classification.csv`}>
            economic.csv
          </a>
          {dataset.projects.length > 0 && (
            <>
              {' '}
              ·{' '}
              <a href={urls.projects} download={`${dataset.id}.projects.csv`}>
                projects.csv
              </a>
            </>
          )}
        </li>
      </ul>
    </section>
  );
}
