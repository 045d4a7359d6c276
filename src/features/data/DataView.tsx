import '../../lib/i18n/late-strings';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Catalog } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { checksOf } from '../../lib/dataset-cache/checks';
import { CatalogTable } from '../../components/CatalogTable';
import { CorrectionsTable } from './CorrectionsTable';
import { DatasetUnit } from '../../components/DatasetUnit';
import { ReconciliationReport } from './ReconciliationReport';
import { SourceLines } from './SourceLines';
import { href } from '../../lib/route/href';
import './data.css';

export function DataView({
  dataset,
  catalog,
  onlyFailed,
  line,
}: {
  dataset: Dataset;
  catalog: Catalog;
  onlyFailed: boolean;
  line: number | null;
}) {
  return <TextDataView dataset={dataset} catalog={catalog} onlyFailed={onlyFailed} line={line} />;
}

/** The hand-checked dataset: its extracted text, the reconciliation report and the corrections. */
function TextDataView({
  dataset,
  catalog,
  onlyFailed,
  line,
}: {
  dataset: Dataset;
  catalog: Catalog;
  onlyFailed: boolean;
  line: number | null;
}) {
  const t = useT();
  const { checks, summary } = checksOf(dataset);
  const indicators = dataset.performance.reduce((n, p) => n + p.indicators.length, 0);
  return (
    <article className="view">
      <h1>{t('data.title')}</h1>
      {line && <SourceLines file={dataset.source.file} line={line} />}
      <section aria-labelledby="ds-h">
        <h2 id="ds-h">{t('data.dataset')}</h2>
        <dl className="facts">
          <dt>{t('data.file')}</dt>
          <dd>
            <Zh>《{dataset.source.title}》</Zh>
          </dd>
          <dt>{t('data.unit')}</dt>
          <dd>
            <DatasetUnit unit={dataset.unit} />
            {t('data.unitNote')}
          </dd>
          <dt>{t('data.contents')}</dt>
          <dd>
            {t('data.contentsBody', {
              projects: dataset.projects.length,
              tables: dataset.performance.length,
              indicators,
              terms: dataset.glossary.length,
              corrections: dataset.corrections.length,
            })}
          </dd>
        </dl>
        <ul className="downloads">
          <li>
            <a
              href={`data/${catalog.datasets.find((d) => d.id === dataset.id)?.file ?? `${dataset.id}.json`}`}
              download
            >
              {t('data.downloadDataset')}
            </a>
          </li>
          <li>
            <a href="data/budget-dataset.schema.json" download>
              {t('data.downloadSchema')}
            </a>
          </li>
          <li>
            <a href={`data/${dataset.source.file}`} download>
              {t('data.downloadSource')}
            </a>
            {t('data.downloadSourceNote')}
          </li>
        </ul>
      </section>
      <section aria-labelledby="cat-h" className="laid-out-near">
        <h2 id="cat-h">{t('data.catalog')}</h2>
        <CatalogTable catalog={catalog} currentId={dataset.id} />
      </section>
      <section aria-labelledby="recon-h" className="laid-out-near">
        <h2 id="recon-h">{t('data.report')}</h2>
        <p className="lead">
          {t('data.reportLead', {
            passed: summary.passed,
            total: summary.total,
            failed: summary.failedIdentities.length,
            observations: summary.observations.length,
          })}
        </p>
        <p>
          {onlyFailed ? (
            <a href={href.data()}>{t('data.showAll')}</a>
          ) : (
            <a href={href.data({ checks: 'failed' })}>{t('data.showFailed')}</a>
          )}
        </p>
        <ReconciliationReport checks={checks} onlyFailed={onlyFailed} />
      </section>
      {dataset.textWarnings?.length ? (
        <section aria-labelledby="ctl-h">
          <h2 id="ctl-h">{t('data.textWarnings')}</h2>
          <p>{t('data.textWarningsLead')}</p>
          <ul>
            {dataset.textWarnings.map((w) => (
              <li key={w.where}>
                <code>{w.where}</code>: {w.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="corr-h" className="laid-out-near">
        <h2 id="corr-h">{t('data.corrections')}</h2>
        <p>{t('data.correctionsLead')}</p>
        <ul>
          {dataset.normalization.map((n) => (
            <li key={n} lang="zh-CN">
              {n}
            </li>
          ))}
        </ul>
        <CorrectionsTable corrections={dataset.corrections} />
      </section>
    </article>
  );
}
