// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import { Term } from '../../components/Term';
import { tableName } from '../../components/table-name';
import { SourceLink } from '../../components/SourceLink';
import { useT } from '../../components/use-t';
import type { Catalog } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { sangongComparison } from '../../domain/sangong';
import { SangongOther } from './SangongOther';
import { SangongBeside } from './SangongBeside';
import { SangongTable } from './SangongTable';
import { SangongTrend } from './SangongTrend';
import { href } from '../../lib/route/href';

export function SangongView({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  const t = useT();
  const rows = sangongComparison(dataset);
  const y = dataset.year;
  const firstRow = dataset.tables.sangong.rows[0];
  return (
    <article className="view">
      <h1>
        <Term name={'"三公"经费'}>{t('sangong.title')}</Term>
      </h1>
      <p className="lead">
        {rows.some((r) => r.before)
          ? t('sangong.lead', { prev: y - 1, year: y })
          : t('sangong.leadOneYear', { year: y })}
        <SourceLink at={firstRow} table="sangong" label={tableName(dataset, 'sangong')} labelIsPrinted />
      </p>
      {dataset.kind === 'final' && (
        <p role="note">
          {t('sangong.finalNote')} <a href={href.view('execution')}>{t('nav.execution')} →</a>
        </p>
      )}
      <SangongTable rows={rows} year={y} />
      <SangongBeside dataset={dataset} />
      <SangongTrend dataset={dataset} catalog={catalog} rows={rows} />
      <SangongOther dataset={dataset} />
    </article>
  );
}
