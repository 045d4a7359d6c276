import '../../lib/i18n/late-strings';
import { Amount, useUnitLabel } from '../../components/Amount';
import { ExportableTable } from '../../components/export/ExportableTable';
import { SourceLink } from '../../components/SourceLink';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import { tableName } from '../../components/table-name';
import { type ExecutionRow, itemExecution, sangongExecution } from '../../domain/execution';
import type { Dataset } from '../../domain/model';
import { formatPercent } from '../../lib/format/number';

/** 决算: per 项 and per 三公 item, what was budgeted against what was spent, with the document's reasons. */
export function ExecutionView({ dataset }: { dataset: Dataset }) {
  const t = useT();
  if (dataset.kind !== 'final')
    return (
      <article className="view">
        <h1>{t('execution.title')}</h1>
        <p className="lead" role="note">
          {t('execution.notFinal')}
        </p>
      </article>
    );
  const items = itemExecution(dataset);
  const sangong = sangongExecution(dataset);
  return (
    <article className="view execution-view">
      <h1>{t('execution.title')}</h1>
      <p className="lead">{t('execution.lead')}</p>
      <section aria-labelledby="ex-items-h">
        <h2 id="ex-items-h">{t('execution.items')}</h2>
        {items.length ? (
          <ExecutionTable rows={items} name="execution-items" caption={t('execution.itemsCaption')} />
        ) : (
          <p>{t('execution.noItems')}</p>
        )}
      </section>
      <section aria-labelledby="ex-sg-h">
        <h2 id="ex-sg-h">{t('execution.sangong')}</h2>
        {sangong.length ? (
          <>
            <p className="muted">
              {t('execution.sangongFrom')}{' '}
              <SourceLink
                at={dataset.tables.sangong.rows[0]}
                table="sangong"
                label={tableName(dataset, 'sangong')}
                labelIsPrinted
              />
            </p>
            <ExecutionTable rows={sangong} name="execution-sangong" caption={t('execution.sangongCaption')} />
          </>
        ) : (
          <p>{t('execution.noSangong')}</p>
        )}
      </section>
    </article>
  );
}

function ExecutionTable({
  rows,
  name,
  caption,
}: {
  rows: readonly ExecutionRow[];
  name: string;
  caption: string;
}) {
  const t = useT();
  const unit = useUnitLabel();
  const stated = rows.some((r) => r.statedRatio || r.reason);
  return (
    <ExportableTable name={name}>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table compact responsive">
          <caption className="sr-only">{t('execution.caption', { what: caption, unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('execution.item')}</th>
              <th scope="col" className="num">
                {t('execution.budget')}
              </th>
              <th scope="col" className="num">
                {t('execution.actual')}
              </th>
              <th scope="col" className="num">
                {t('execution.ratio')}
              </th>
              <th scope="col" className="num">
                {t('execution.gap')}
              </th>
              {stated && <th scope="col">{t('execution.stated')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.key === 'sg-total' ? 'row-total' : undefined}>
                <th scope="row">
                  {r.code && <span className="code">{r.code} </span>}
                  <Zh>{r.name}</Zh>
                </th>
                <td className="num" data-label={t('execution.budget')} data-unit={unit}>
                  {r.budget ? <Amount value={r.budget} /> : '—'}
                  <span className="muted small"> {r.budgetLabel}</span>
                </td>
                <td className="num" data-label={t('execution.actual')} data-unit={unit}>
                  {r.actual ? <Amount value={r.actual} /> : '—'}
                </td>
                <td className="num" data-label={t('execution.ratio')}>
                  {r.ratio ? formatPercent(r.ratio, 2) : '—'}
                </td>
                <td className="num" data-label={t('execution.gap')} data-unit={unit}>
                  {r.gap ? <Amount value={r.gap} signed /> : '—'}
                </td>
                {stated && (
                  <td className="small" data-label={t('execution.stated')}>
                    {r.statedRatio && t('execution.statedRatio', { pct: formatPercent(r.statedRatio, 2) })}
                    {r.reason && <Zh>{r.reason}</Zh>} {r.at && <SourceLink at={r.at} />}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExportableTable>
  );
}
