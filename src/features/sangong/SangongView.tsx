import { Term } from '../../components/Term';
import { useMemo } from 'react';
import { Amount } from '../../components/Amount';
import { ChartFrame } from '../../components/chart/ChartFrame';
import { SourceLink } from '../../components/SourceLink';
import type { Catalog } from '../../data/schema-catalog';
import { derivePrior, fact } from '../../domain/facts';
import type { Dataset } from '../../domain/model';
import { sangongComparison, sangongSeries } from '../../domain/sangong';
import { cell, findRow } from '../../domain/table';
import { formatPercent } from '../../lib/format/number';
import { useDepartmentYears } from '../../store/use-department-years';
import { sangongTrendOption } from './sangong-trend-option';

export function SangongView({ dataset, catalog }: { dataset: Dataset; catalog: Catalog }) {
  const years = useDepartmentYears(catalog, dataset);
  const rows = sangongComparison(dataset);
  const series = useMemo(() => sangongSeries(years), [years]);
  const option = useMemo(() => sangongTrendOption(series), [series]);
  const y = dataset.year;
  const tableLine = dataset.tables.sangong.rows[0]?.line ?? 0;
  const admin = fact(dataset, 'adminCost');
  const adminChange = admin ? derivePrior(dataset, admin.value, 'adminCost.change') : null;
  const total = cell(findRow(dataset.tables.expenditure, 'total'), 'total');
  const totalChange = derivePrior(dataset, total, 'change.total');
  return (
    <article className="view">
      <h1>
        <Term name={'"三公"经费'}>“三公”经费</Term>
      </h1>
      <p className="lead">
        因公出国(境)费、公务用车购置及运行费和公务接待费。{y - 1}年与{y}
        年两列均取自本年“三公”经费表;增减额与百分比由两列计算,原因引自说明。
        <SourceLink line={tableLine} label="“三公”经费支出情况表" />
      </p>
      <div className="table-scroll">
        <table className="data-table responsive">
          <caption className="sr-only">
            “三公”经费 {y - 1} 与 {y}(万元)
          </caption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col" className="num">
                {y - 1}年
              </th>
              <th scope="col" className="num">
                {y}年
              </th>
              <th scope="col" className="num">
                增减
              </th>
              <th scope="col" className="num">
                增减%
              </th>
              <th scope="col">文件的说明</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.key === 'total' ? 'row-total' : undefined}>
                <th scope="row">{r.label}</th>
                <td data-label={`${y - 1}年`} className="num">
                  <Amount value={r.before} />
                </td>
                <td data-label={`${y}年`} className="num">
                  <Amount value={r.after} />
                </td>
                <td data-label="增减" className="num">
                  <Amount value={r.change} signed />
                </td>
                <td data-label="增减%" className="num">
                  {r.changePct ? formatPercent(r.changePct, 2, true) : '—'}
                </td>
                <td data-label="文件的说明" className="small">
                  {r.stated ? (
                    <>
                      “{r.stated.quote}”{r.stated.reason && <>;{r.stated.reason}</>}{' '}
                      <SourceLink line={r.stated.line} />
                    </>
                  ) : (
                    <span className="muted">说明未单列</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ChartFrame
        title="“三公”经费历年变化"
        description={`目录中本部门共有${series.length}个年度的数字(${series.map((s) => `${s.year}年${s.source === 'published' ? '' : '取自次年预算的上年列'}`).join('、')})。`}
        option={option}
        height={320}
        table={
          <table className="data-table compact">
            <caption className="sr-only">“三公”经费历年(万元)</caption>
            <thead>
              <tr>
                <th scope="col">年度</th>
                {rows.map((r) => (
                  <th key={r.key} scope="col" className="num">
                    {r.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.year}>
                  <th scope="row">{s.year}</th>
                  {rows.map((r) => (
                    <td key={r.key} className="num">
                      <Amount value={s.values[r.key]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <section aria-labelledby="other-h">
        <h2 id="other-h">与上年比较的其他数字</h2>
        <p className="muted">文件只给出本年数与增减额;上年数由二者推算,标为“推算”。</p>
        <div className="table-scroll">
          <table className="data-table responsive">
            <caption className="sr-only">机关运行经费与收支总预算</caption>
            <thead>
              <tr>
                <th scope="col">项目</th>
                <th scope="col" className="num">
                  {y - 1}年(推算)
                </th>
                <th scope="col" className="num">
                  {y}年
                </th>
                <th scope="col" className="num">
                  增减(文件)
                </th>
                <th scope="col" className="num">
                  增减%
                </th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {[
                { label: '机关运行经费', c: adminChange },
                { label: '收支总预算', c: totalChange },
              ].map(({ label, c }) =>
                c ? (
                  <tr key={label}>
                    <th scope="row">
                      <Term name={label} />
                    </th>
                    <td data-label={`${y - 1}年(推算)`} className="num derived">
                      <Amount value={c.prior} />
                    </td>
                    <td data-label={`${y}年`} className="num">
                      <Amount value={c.current} />
                    </td>
                    <td data-label="增减(文件)" className="num">
                      <Amount value={c.change} signed />
                    </td>
                    <td data-label="增减%" className="num">
                      {c.pctFact ? (
                        formatPercent(c.pctFact.value, 2, true)
                      ) : (
                        <span className="derived">{formatPercent(c.pctDerived, 2, true)}(推算)</span>
                      )}
                    </td>
                    <td className="small" data-label="说明">
                      “{c.changeFact.quote}”{c.changeFact.reason && <>;{c.changeFact.reason}</>}{' '}
                      <SourceLink line={c.changeFact.line} />
                    </td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
