import { ExportableTable } from '../../components/export/ExportableTable';
import { Amount, useUnitLabel } from '../../components/Amount';
import { SourceLink } from '../../components/SourceLink';
import { useT } from '../../components/use-t';
import type { SangongComparison } from '../../domain/sangong';
import { formatPercent } from '../../lib/format/number';
import { PHONE, useMediaQuery } from '../../components/data-table/use-media-query';
import { useSangongLabels } from './sangong-labels';

/** This year against last year, item by item, with what the document says about each change. */
export function SangongTable({ rows, year: y }: { rows: readonly SangongComparison[]; year: number }) {
  const t = useT();
  const unit = useUnitLabel();
  const labels = useSangongLabels();
  const prevCol = t('sangong.yearCol', { year: y - 1 });
  const yearCol = t('sangong.yearCol', { year: y });
  // Columns only for what the document gives: a table without last year's column gets no 增减 (never a 0 or a
  // dash row by row), and no 说明 column when the notes state nothing.
  const prior = rows.some((r) => r.before);
  const stated = rows.some((r) => r.stated);
  // On a phone, where the rows are cards one under another, the total comes first.
  const phone = useMediaQuery(PHONE);
  const ordered = phone
    ? [...rows.filter((r) => r.key === 'total'), ...rows.filter((r) => r.key !== 'total')]
    : rows;
  return (
    <ExportableTable name="sangong">
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table responsive">
          <caption className="sr-only">{t('sangong.caption', { prev: y - 1, year: y, unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sangong.item')}</th>
              {prior && (
                <th scope="col" className="num">
                  {prevCol}
                </th>
              )}
              <th scope="col" className="num">
                {yearCol}
              </th>
              {prior && (
                <>
                  <th scope="col" className="num">
                    {t('sangong.change')}
                  </th>
                  <th scope="col" className="num">
                    {t('sangong.changePct')}
                  </th>
                </>
              )}
              {stated && <th scope="col">{t('sangong.stated')}</th>}
            </tr>
          </thead>
          <tbody>
            {ordered.map((r) => (
              <tr key={r.key} className={r.key === 'total' ? 'row-total' : undefined}>
                <th scope="row">{labels[r.key]}</th>
                {prior && (
                  <td data-label={prevCol} data-unit={unit} className="num">
                    {r.before ? <Amount value={r.before} /> : t('sangong.notPrinted')}
                  </td>
                )}
                <td data-label={yearCol} data-unit={unit} className="num">
                  <Amount value={r.after} />
                </td>
                {prior && (
                  <>
                    <td data-label={t('sangong.change')} data-unit={unit} className="num">
                      {r.change ? <Amount value={r.change} signed /> : '—'}
                    </td>
                    <td data-label={t('sangong.changePct')} className="num">
                      {r.changePct ? formatPercent(r.changePct, 2, true) : '—'}
                    </td>
                  </>
                )}
                {stated && (
                  <td data-label={t('sangong.stated')} className="small">
                    {r.stated ? (
                      <>
                        <span lang="zh-CN">
                          “{r.stated.quote}”{r.stated.reason && <>;{r.stated.reason}</>}
                        </span>{' '}
                        <SourceLink line={r.stated.line} />
                      </>
                    ) : (
                      <span className="muted">{t('sangong.notStated')}</span>
                    )}
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
