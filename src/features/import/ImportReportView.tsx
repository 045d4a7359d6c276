import '../../lib/i18n/late-strings';
import { HeaderCell } from '../../components/data-table/HeaderCell';
import { TableFrame } from '../../components/data-table/TableFrame';
import './pdf-page.css';
import { useT } from '../../components/use-t';
import type { ImportReport, ReportProblem } from '../../data/schema-report';
import { pdfPageHash } from '../../components/SourceLink';
import type { ReportState } from './use-import-report';

const ORDER = { blocks: 0, warns: 1, notes: 2 } as const;

/** What the importer's checks found in a PDF, worst first, each with the page it is on. */
export function ImportReportView({ state }: { state: ReportState }) {
  const t = useT();
  if (state.status === 'none') return <p>{t('report.missing')}</p>;
  if (state.status === 'loading') return <p role="status">{t('report.loading')}</p>;
  if (state.status === 'failed') return <p className="error">{t('report.error', { error: state.error })}</p>;
  const { report } = state;
  const problems = [...report.problems].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.page - b.page,
  );
  return (
    <>
      <p className="lead">{t('report.lead', report.counts)}</p>
      {report.active.length > 0 && (
        <p className="muted">{t('import.active', { what: report.active.join(', ') })}</p>
      )}
      {problems.length === 0 ? (
        <p>{t('report.none')}</p>
      ) : (
        <TableFrame
          caption={t('report.caption', { count: problems.length })}
          captionClassName=""
          className="data-table compact import-report"
        >
          <thead>
            <tr>
              <HeaderCell>{t('report.col.severity')}</HeaderCell>
              <HeaderCell>{t('report.col.what')}</HeaderCell>
              <HeaderCell numeric>{t('report.col.printed')}</HeaderCell>
              <HeaderCell numeric>{t('report.col.computed')}</HeaderCell>
              <HeaderCell>{t('report.col.where')}</HeaderCell>
            </tr>
          </thead>
          <tbody>
            {problems.map((p) => (
              <tr key={p.id} className={`sev-${p.severity}`}>
                <td className="nowrap">{t(`report.severity.${p.severity}`)}</td>
                <td lang="zh-CN">{p.what}</td>
                <td className="num" data-label={t('report.col.printed')}>
                  {p.printed && `${grouped(p.printed)} ${p.unit}`}
                </td>
                <td className="num" data-label={t('report.col.computed')}>
                  {p.computed && `${grouped(p.computed)} ${p.unit}`}
                </td>
                <td className="nowrap">
                  <ProblemPage p={p} report={report} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      <TablesRead report={report} />
    </>
  );
}

/** "154369326" → "154,369,326", as the tables print amounts; anything not a plain number stays as it is. */
function grouped(s: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(s);
  return m ? `${m[1]}${(m[2] ?? '').replace(/\B(?=(\d{3})+$)/g, ',')}${m[3] ?? ''}` : s;
}

function ProblemPage({ p, report }: { p: ReportProblem; report: ImportReport }) {
  const t = useT();
  if (!p.page) return null;
  const at = p.refs[0];
  const table = report.tables.find((x) => x.kind === p.table);
  return (
    <a href={pdfPageHash(p.file, p.page, at && [at.box.x0, at.box.y0, at.box.x1, at.box.y1], p.table)}>
      {t('source.page', { page: p.page })}
      {table?.number ? ` · 表${table.number}` : ''}
    </a>
  );
}

function TablesRead({ report }: { report: ImportReport }) {
  const t = useT();
  return (
    <details>
      <summary>{t('report.tables')}</summary>
      <TableFrame
        caption={t('report.tablesCaption', { count: report.tables.length })}
        className="data-table compact"
      >
        <thead>
          <tr>
            <HeaderCell>{t('report.col.table')}</HeaderCell>
            <HeaderCell>{t('report.col.unit')}</HeaderCell>
            <HeaderCell numeric>{t('report.col.page')}</HeaderCell>
            <HeaderCell numeric>{t('report.col.rows')}</HeaderCell>
          </tr>
        </thead>
        <tbody>
          {report.tables.map((x, i) => (
            <tr key={i}>
              <td lang="zh-CN">
                {x.number ? `${x.number} ` : ''}
                {x.title}
              </td>
              <td lang="zh-CN">{x.unit ?? '—'}</td>
              <td className="num">
                <a href={pdfPageHash(x.file, x.page, undefined, x.kind)}>{x.page}</a>
              </td>
              <td className="num">{x.rows}</td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
    </details>
  );
}
