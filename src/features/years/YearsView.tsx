import '../../lib/i18n/late-strings';
import './years.css';
import { Amount } from '../../components/Amount';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Catalog } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import { formatPercent } from '../../lib/format/number';
import type { StringKey } from '../../lib/i18n/strings';
import { type YearCell, yearSeries } from './year-series';

const LABEL: Record<string, StringKey> = {
  income: 'years.income',
  total: 'years.total',
  basic: 'spending.basic',
  project: 'spending.project',
  sangong: 'years.sangong',
  operatingCosts: 'years.operatingCosts',
};

/** 历年: one department across the years the catalog holds, from the catalog's summaries. */
export function YearsView({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  const t = useT();
  const s = yearSeries(catalog, { name: dataset.department.name, scope: dataset.scope });
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('years.figure')}</th>
        {s.columns.map((e) => (
          <th key={e.id} scope="col" className="num">
            <a
              href={`?ds=${encodeURIComponent(e.id)}#/`}
              aria-current={e.id === dataset.id ? 'page' : undefined}
            >
              {t(e.kind === 'final' ? 'catalog.yearFinal' : 'catalog.yearBudget', { year: e.year })}
            </a>
          </th>
        ))}
      </tr>
    </thead>
  );
  return (
    <article className="view years-view">
      <h1>
        <Zh>{t('years.title', { department: dataset.department.name })}</Zh>
      </h1>
      <p className="lead">{t('years.lead')}</p>
      {s.columns.length < 2 && <p>{t('years.only', { year: dataset.year })}</p>}
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table compact years-table">
          <caption>{t('years.caption')}</caption>
          {head}
          <tbody>
            {s.figures.map((f) => (
              <tr key={f.figure}>
                <th scope="row">{t(LABEL[f.figure] ?? 'years.total')}</th>
                {f.cells.map((c, i) => (
                  <Cell key={s.columns[i]?.id} cell={c} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table compact years-table">
          <caption>{t('years.functionsCaption')}</caption>
          {head}
          <tbody>
            {s.functions.map((f) => (
              <tr key={f.code}>
                <th scope="row">
                  <span className="code">{f.code}</span> <Zh>{f.names[0]}</Zh>
                  {f.names.length > 1 && (
                    <span className="muted small">
                      {t('years.renamed', { names: f.names.slice(1).join('、') })}
                    </span>
                  )}
                </th>
                {f.cells.map((c, i) => (
                  <Cell key={s.columns[i]?.id} cell={c} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

function Cell({ cell }: { cell: YearCell }) {
  const t = useT();
  if (!cell.value)
    return (
      <td className="num muted" title={t('years.notPrinted')}>
        —
      </td>
    );
  return (
    <td className="num">
      <Amount value={cell.value} />
      {cell.change && (
        <span className="change small muted" title={t('years.change')}>
          <br />
          <Amount value={cell.change} signed /> ({formatPercent(cell.changePct, 2, true)})
        </span>
      )}
    </td>
  );
}
