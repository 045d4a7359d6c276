import { ExportableTable } from '../../components/export/ExportableTable';
import { tableName } from '../../components/table-name';
import { Amount, useUnitLabel } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import { DEPARTMENT_ECONOMIC_CLASSES } from '../../domain/classification';
import { share, sum } from '../../domain/money';
import type { Dataset } from '../../domain/model';
import { cell, findRow } from '../../domain/table';
import { formatPercent } from '../../lib/format/number';

/** Basic spending by 部门经济分类 (类 → 款), each line with the 政府经济分类 it maps to, as published in table 六. */
export function EconomicView({
  dataset,
  highlightClass,
}: {
  dataset: Dataset;
  highlightClass: string | null;
}) {
  const unit = useUnitLabel();
  const t = useT();
  const table = dataset.tables.gpbBasic;
  const total = findRow(table, 'total');
  const rows = table.rows.filter((r) => r.id !== 'total');
  const classes = [...new Set(rows.map((r) => r.text.deptClass ?? ''))];
  const whole = cell(total, 'total');
  return (
    <article className="view">
      <h1>{t('economic.title')}</h1>
      <p className="lead">
        <Trans
          k="economic.lead"
          values={{
            whole: <Amount value={whole} withUnit />,
            personnel: <Amount value={cell(total, 'personnel')} />,
            public: <Amount value={cell(total, 'public')} />,
          }}
        />
        <SourceLink
          at={total}
          column="total"
          table="gpbBasic"
          label={tableName(dataset, 'gpbBasic')}
          labelIsPrinted
        />
      </p>
      <div className="kpis">
        {classes.map((c) => {
          const v = sum(
            rows.filter((r) => r.text.deptClass === c && !r.text.deptKuan).map((r) => cell(r, 'total')),
          );
          return (
            <a
              key={c}
              className={`kpi kpi-link-card${highlightClass === c ? ' row-selected' : ''}`}
              href={`#/economic?class=${c}`}
            >
              <span className="kpi-label">
                {c} <Zh>{DEPARTMENT_ECONOMIC_CLASSES[c]}</Zh>
              </span>
              <span className="kpi-value">
                <Amount value={v} withUnit />
              </span>
              <span className="kpi-detail">
                {t('economic.shareOfBasic', { share: formatPercent(share(v, whole)) })}
              </span>
            </a>
          );
        })}
      </div>
      <ExportableTable name="economic-classification">
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table compact">
            <caption className="sr-only">{t('economic.caption', { unit })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('economic.dept')}</th>
                <th scope="col">{t('economic.gov')}</th>
                <th scope="col" className="num">
                  {t('economic.subtotal', { unit })}
                </th>
                <th scope="col" className="num">
                  {t('spending.personnel')}
                </th>
                <th scope="col" className="num">
                  {t('spending.public')}
                </th>
                <th scope="col">{t('common.line')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const group = !r.text.deptKuan;
                return (
                  <tr
                    key={r.id}
                    className={`${group ? 'row-group' : ''} ${highlightClass === r.text.deptClass ? 'row-selected' : ''}`}
                  >
                    <th scope="row" style={{ paddingLeft: group ? undefined : '1.6rem' }}>
                      <span className="code">
                        {r.text.deptClass}
                        {r.text.deptKuan ?? ''}
                      </span>{' '}
                      <Zh>{r.text.deptName}</Zh>
                    </th>
                    <td>
                      <span className="code">
                        {r.text.govClass}
                        {r.text.govKuan ?? ''}
                      </span>{' '}
                      <Zh>{r.text.govName}</Zh>
                    </td>
                    <td className="num">
                      <Amount value={cell(r, 'total')} />
                    </td>
                    <td className="num">
                      {r.money.personnel ? <Amount value={cell(r, 'personnel')} /> : '—'}
                    </td>
                    <td className="num">{r.money.public ? <Amount value={cell(r, 'public')} /> : '—'}</td>
                    <td>
                      <a href={`#/data?line=${r.line}`}>{r.line}</a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ExportableTable>
    </article>
  );
}
