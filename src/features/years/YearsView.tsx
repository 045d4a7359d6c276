import '../../lib/i18n/late-strings';
import { HeaderCell } from '../../components/data-table/HeaderCell';
import { TableFrame } from '../../components/data-table/TableFrame';
import './years.css';
import { useMemo } from 'react';
import { Amount, useUnitLabel } from '../../components/Amount';
import { useT } from '../../components/use-t';
import { sourceHref } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { Zh } from '../../components/Zh';
import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
import type { Dataset } from '../../domain/model';
import type { Money } from '../../domain/money';
import { formatPercent } from '../../lib/format/number';
import { type YearCell, yearSeries } from './year-series';
import { YearsChart } from './YearsChart';
import { LABEL } from './labels';
import { href } from '../../lib/route/href';

/** 历年: one department across the years the catalog holds, from the catalog's summaries. */
export function YearsView({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  const t = useT();
  const unit = useUnitLabel();
  const s = useMemo(
    () => yearSeries(catalog, { name: dataset.department.name, scope: dataset.scope }),
    [catalog, dataset.department.name, dataset.scope],
  );
  const columnName = (e: CatalogEntry) =>
    t(e.kind === 'final' ? 'catalog.yearFinal' : 'catalog.yearBudget', { year: e.year });
  const stated = s.figures.flatMap((f) =>
    f.cells.flatMap((c, i) => {
      const e = s.columns[i];
      return c.stated && e ? [{ figure: f.figure, entry: e, stated: c.stated, computed: c.change }] : [];
    }),
  );
  const head = (
    <thead>
      <tr>
        <HeaderCell>{t('years.figure')}</HeaderCell>
        {s.columns.map((e) => (
          <HeaderCell key={e.id} numeric>
            <a href={href.dataset(e.id)} aria-current={e.id === dataset.id ? 'page' : undefined}>
              {columnName(e)}
            </a>
          </HeaderCell>
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
      <TableFrame
        caption={t('years.caption', { unit })}
        captionClassName=""
        className="data-table compact years-table"
      >
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
      </TableFrame>
      {stated.length > 0 && (
        <section aria-labelledby="years-stated-h">
          <h2 id="years-stated-h">{t('years.statedTitle')}</h2>
          <ul className="plain-list years-stated">
            {stated.map((x) => (
              <li key={`${x.entry.id}-${x.figure}`}>
                <strong>{columnName(x.entry)}</strong> · {t(LABEL[x.figure] ?? 'years.total')}:{' '}
                <Zh>{x.stated.label}</Zh> <Amount value={x.stated.change} signed withUnit />
                {x.computed && !sameAsStated(x.computed, x.stated.change) && (
                  <span className="muted">
                    {' '}
                    <Trans
                      k="years.statedDiffers"
                      values={{ amount: <Amount value={x.computed} signed withUnit /> }}
                    />
                  </span>
                )}
                {x.stated.reason && (
                  <>
                    {' '}
                    — <Zh>{x.stated.reason}</Zh>
                  </>
                )}{' '}
                {x.stated.at && (
                  <a href={href.dataset(x.entry.id, sourceHref(x.stated.at) ?? undefined)}>
                    {t('years.statedWhere')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.columns.length > 1 && <YearsChart series={s} columnName={columnName} />}
      <TableFrame
        caption={t('years.functionsCaption', { unit })}
        captionClassName=""
        className="data-table compact years-table"
      >
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
      </TableFrame>
    </article>
  );
}

/** The computed change agrees with the stated one to the places the document states it in (万元 from 元 rounds). */
function sameAsStated(computed: Money, stated: Money): boolean {
  return computed.toDecimalPlaces(Math.max(stated.decimalPlaces(), 2)).equals(stated);
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
      {cell.stated && (
        <span className="change small" title={t('years.statedCell', { label: cell.stated.label })}>
          <br />
          {t('years.statedShort')} <Amount value={cell.stated.change} signed />
        </span>
      )}
    </td>
  );
}
