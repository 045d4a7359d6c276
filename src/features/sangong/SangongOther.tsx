import { type ShellColumn, StaticTable } from '../../components/data-table/StaticTable';
import { sheetText } from '../../components/data-table/table-sheet';
import { Amount } from '../../components/Amount';
import { SourceLink, sourceText } from '../../components/SourceLink';
import { Term } from '../../components/Term';
import { useT } from '../../components/use-t';
import { derivePrior, fact } from '../../domain/facts';
import type { Dataset } from '../../domain/model';
import { cell, findRow } from '../../domain/table';
import { formatPercent } from '../../lib/format/number';

/** Figures the document compares with last year only by stating the change: last year's value is derived. */
export function SangongOther({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const y = dataset.year;
  const admin = fact(dataset, 'adminCost');
  const adminChange = admin ? derivePrior(dataset, admin.value, 'adminCost.change') : null;
  const total = cell(findRow(dataset.tables.expenditure, 'total'), 'total');
  const totalChange = derivePrior(dataset, total, 'change.total');
  const prior = t('sangong.priorDerived', { year: y - 1 });
  const current = t('sangong.yearCol', { year: y });
  // Only a document that states these changes (in words, without last year's figure) has anything to show here.
  if (!adminChange && !totalChange) return null;
  const lines = [
    { term: '机关运行经费', label: t('overview.kpi.adminCost'), c: adminChange },
    dataset.kind === 'final'
      ? { term: '支出决算', label: t('overview.kpi.totalFinal'), c: totalChange }
      : { term: '收支总预算', label: t('overview.kpi.total'), c: totalChange },
  ].flatMap(({ c, ...line }) => (c ? [{ ...line, c }] : []));
  type Line = (typeof lines)[number];
  const pct = ({ c }: Line) =>
    c.pctFact
      ? formatPercent(c.pctFact.value, 2, true)
      : t('sangong.derivedPct', { pct: formatPercent(c.pctDerived, 2, true) });
  const quote = ({ c }: Line) => (
    <>
      “{c.changeFact.quote}”{c.changeFact.reason && <>;{c.changeFact.reason}</>}
    </>
  );
  const columns: Array<ShellColumn<Line>> = [
    {
      id: 'item',
      header: t('sangong.item'),
      rowHeader: true,
      cell: (l) => <Term name={l.term}>{l.label}</Term>,
      csv: (l) => l.label,
    },
    {
      id: 'prior',
      header: prior,
      numeric: true,
      label: prior,
      unit: true,
      className: 'derived',
      cell: (l) => <Amount value={l.c.prior} />,
      csv: (l) => l.c.prior,
    },
    {
      id: 'current',
      header: current,
      numeric: true,
      label: current,
      unit: true,
      cell: (l) => <Amount value={l.c.current} />,
      csv: (l) => l.c.current,
    },
    {
      id: 'change',
      header: t('sangong.changeStated'),
      numeric: true,
      label: t('sangong.changeStated'),
      unit: true,
      cell: (l) => <Amount value={l.c.change} signed />,
      csv: (l) => l.c.change,
    },
    {
      id: 'changePct',
      header: t('sangong.changePct'),
      numeric: true,
      label: t('sangong.changePct'),
      cell: (l) => (l.c.pctFact ? pct(l) : <span className="derived">{pct(l)}</span>),
      csv: (l) => sheetText(pct(l)),
    },
    {
      id: 'note',
      header: t('sangong.note'),
      label: t('sangong.note'),
      className: 'small',
      cell: (l) => (
        <>
          <span lang="zh-CN">{quote(l)}</span> <SourceLink line={l.c.changeFact.line} />
        </>
      ),
      csv: (l) =>
        `“${l.c.changeFact.quote}”${l.c.changeFact.reason ? `;${l.c.changeFact.reason}` : ''} ${sourceText(t, { line: l.c.changeFact.line })}`,
    },
  ];
  return (
    <section aria-labelledby="other-h">
      <h2 id="other-h">{t('sangong.other')}</h2>
      <p className="muted">{t('sangong.otherNote')}</p>
      <StaticTable
        caption={t('sangong.otherCaption')}
        className="data-table responsive"
        columns={columns}
        rows={lines}
        rowKey={(l) => l.term}
        exportName="compared-with-last-year"
      />
    </section>
  );
}
