import { ExportableTable } from '../../components/export/ExportableTable';
import { Amount, useUnitLabel } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { Term } from '../../components/Term';
import { useT } from '../../components/use-t';
import { derivePrior, fact } from '../../domain/facts';
import type { Dataset } from '../../domain/model';
import { cell, findRow } from '../../domain/table';
import { formatPercent } from '../../lib/format/number';

/** Figures the document compares with last year only by stating the change: last year's value is derived. */
export function SangongOther({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const unit = useUnitLabel();
  const y = dataset.year;
  const admin = fact(dataset, 'adminCost');
  const adminChange = admin ? derivePrior(dataset, admin.value, 'adminCost.change') : null;
  const total = cell(findRow(dataset.tables.expenditure, 'total'), 'total');
  const totalChange = derivePrior(dataset, total, 'change.total');
  const prior = t('sangong.priorDerived', { year: y - 1 });
  const current = t('sangong.yearCol', { year: y });
  // Only a document that states these changes (in words, without last year's figure) has anything to show here.
  if (!adminChange && !totalChange) return null;
  return (
    <section aria-labelledby="other-h">
      <h2 id="other-h">{t('sangong.other')}</h2>
      <p className="muted">{t('sangong.otherNote')}</p>
      <ExportableTable name="compared-with-last-year">
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table responsive">
            <caption className="sr-only">{t('sangong.otherCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sangong.item')}</th>
                <th scope="col" className="num">
                  {prior}
                </th>
                <th scope="col" className="num">
                  {current}
                </th>
                <th scope="col" className="num">
                  {t('sangong.changeStated')}
                </th>
                <th scope="col" className="num">
                  {t('sangong.changePct')}
                </th>
                <th scope="col">{t('sangong.note')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                { term: '机关运行经费', label: t('overview.kpi.adminCost'), c: adminChange },
                dataset.kind === 'final'
                  ? { term: '支出决算', label: t('overview.kpi.totalFinal'), c: totalChange }
                  : { term: '收支总预算', label: t('overview.kpi.total'), c: totalChange },
              ].map(({ term, label, c }) =>
                c ? (
                  <tr key={term}>
                    <th scope="row">
                      <Term name={term}>{label}</Term>
                    </th>
                    <td data-label={prior} data-unit={unit} className="num derived">
                      <Amount value={c.prior} />
                    </td>
                    <td data-label={current} data-unit={unit} className="num">
                      <Amount value={c.current} />
                    </td>
                    <td data-label={t('sangong.changeStated')} data-unit={unit} className="num">
                      <Amount value={c.change} signed />
                    </td>
                    <td data-label={t('sangong.changePct')} className="num">
                      {c.pctFact ? (
                        formatPercent(c.pctFact.value, 2, true)
                      ) : (
                        <span className="derived">
                          {t('sangong.derivedPct', { pct: formatPercent(c.pctDerived, 2, true) })}
                        </span>
                      )}
                    </td>
                    <td className="small" data-label={t('sangong.note')}>
                      <span lang="zh-CN">
                        “{c.changeFact.quote}”{c.changeFact.reason && <>;{c.changeFact.reason}</>}
                      </span>{' '}
                      <SourceLink line={c.changeFact.line} />
                    </td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </div>
      </ExportableTable>
    </section>
  );
}
