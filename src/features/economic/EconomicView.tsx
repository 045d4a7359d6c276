import { Amount, useUnitLabel } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
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
  const t = dataset.tables.gpbBasic;
  const total = findRow(t, 'total');
  const rows = t.rows.filter((r) => r.id !== 'total');
  const classes = [...new Set(rows.map((r) => r.text.deptClass ?? ''))];
  const whole = cell(total, 'total');
  return (
    <article className="view">
      <h1>基本支出:经济分类</h1>
      <p className="lead">
        基本支出 <Amount value={whole} withUnit />
        :人员支出 <Amount value={cell(total, 'personnel')} />
        ,日常公用支出 <Amount value={cell(total, 'public')} />
        。左列为部门预算支出经济分类,右列为对应的政府预算支出经济分类。
        <SourceLink line={total?.line ?? 0} label="一般公共预算基本支出情况表" />
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
                {c} {DEPARTMENT_ECONOMIC_CLASSES[c]}
              </span>
              <span className="kpi-value">
                <Amount value={v} withUnit />
              </span>
              <span className="kpi-detail">占基本支出 {formatPercent(share(v, whole))}</span>
            </a>
          );
        })}
      </div>
      <div className="table-scroll">
        <table className="data-table compact">
          <caption className="sr-only">基本支出经济分类(单位:{unit})</caption>
          <thead>
            <tr>
              <th scope="col">部门经济分类</th>
              <th scope="col">政府经济分类</th>
              <th scope="col" className="num">
                小计({unit})
              </th>
              <th scope="col" className="num">
                人员支出
              </th>
              <th scope="col" className="num">
                日常公用支出
              </th>
              <th scope="col">原文行</th>
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
                    {r.text.deptName}
                  </th>
                  <td>
                    <span className="code">
                      {r.text.govClass}
                      {r.text.govKuan ?? ''}
                    </span>{' '}
                    {r.text.govName}
                  </td>
                  <td className="num">
                    <Amount value={cell(r, 'total')} />
                  </td>
                  <td className="num">{r.money.personnel ? <Amount value={cell(r, 'personnel')} /> : '—'}</td>
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
    </article>
  );
}
