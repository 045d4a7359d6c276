import '../../lib/i18n/late-strings';
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
import { href } from '../../lib/route/href';

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
  // A 决算's two panels print no 基本支出 合计, only 人员经费合计 and 公用经费合计: the whole is their sum, said so.
  const added = total?.money.total === undefined || total.money.total === null;
  const whole = added ? sum([cell(total, 'personnel'), cell(total, 'public')]) : cell(total, 'total');
  // Imported tables print only the 部门经济分类; the 政府经济分类 column is the hand-checked dataset's.
  const hasGov = rows.some((r) => r.text.govClass);
  return (
    <article className="view">
      <h1>{t('economic.title')}</h1>
      <p className="lead">
        <Trans
          k={hasGov ? 'economic.lead' : 'economic.leadPrinted'}
          values={{
            whole: <Amount value={whole} withUnit />,
            personnel: <Amount value={cell(total, 'personnel')} />,
            public: <Amount value={cell(total, 'public')} />,
          }}
        />
        {added && <> {t('economic.addedWhole')}</>}
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
              href={href.economic({ class: c })}
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
                {hasGov && <th scope="col">{t('economic.gov')}</th>}
                <th scope="col" className="num">
                  {t('economic.subtotal', { unit })}
                </th>
                <th scope="col" className="num">
                  {t('spending.personnel')}
                </th>
                <th scope="col" className="num">
                  {t('spending.public')}
                </th>
                <th scope="col">{t(dataset.provenance === 'pdf' ? 'common.source' : 'common.line')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const group = !r.text.deptKuan;
                return (
                  <tr
                    key={r.id}
                    className={`${group ? 'row-group' : ''} ${highlightClass === r.text.deptClass ? 'row-selected' : ''}`}
                    data-link-target={group && highlightClass === r.text.deptClass ? '' : undefined}
                  >
                    <th scope="row" style={{ paddingLeft: group ? undefined : '1.6rem' }}>
                      <span className="code">
                        {r.text.deptClass}
                        {r.text.deptKuan ?? ''}
                      </span>{' '}
                      <Zh>{r.text.deptName}</Zh>
                    </th>
                    {hasGov && (
                      <td>
                        <span className="code">
                          {r.text.govClass}
                          {r.text.govKuan ?? ''}
                        </span>{' '}
                        <Zh>{r.text.govName}</Zh>
                      </td>
                    )}
                    <td className="num">
                      {/* A blank cell stays blank: not published is not zero. */}
                      {r.money.total ? <Amount value={cell(r, 'total')} /> : '—'}
                    </td>
                    <td className="num">
                      {r.money.personnel ? <Amount value={cell(r, 'personnel')} /> : '—'}
                    </td>
                    <td className="num">{r.money.public ? <Amount value={cell(r, 'public')} /> : '—'}</td>
                    <td>
                      <SourceLink at={r} column="total" table="gpbBasic" />
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
