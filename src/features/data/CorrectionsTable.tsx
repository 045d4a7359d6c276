import { ExportableTable } from '../../components/export/ExportableTable';
import { usePainted } from '../../components/use-painted';
import { useT } from '../../components/use-t';
import type { Correction } from '../../domain/model';

export function CorrectionsTable({ corrections }: { corrections: readonly Correction[] }) {
  const t = useT();
  // Hundreds of rows (275 in the 2023 dataset), far below the fold: drawn after the page's first screen.
  const painted = usePainted();
  return (
    <ExportableTable name="corrections">
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table compact">
          <caption className="sr-only">{t('data.corrections')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('data.col.location')}</th>
              <th scope="col">{t('common.line')}</th>
              <th scope="col">{t('data.col.printed')}</th>
              <th scope="col">{t('data.col.value')}</th>
              <th scope="col">{t('data.col.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {(painted ? corrections : []).map((c) => (
              <tr key={c.id} id={`correction-${c.id}`}>
                <td>{c.id}</td>
                <td>
                  <code className="path">{c.path}</code>
                </td>
                <td>{c.line}</td>
                <td>
                  {c.printed === '' ? (
                    <code>{t('common.empty')}</code>
                  ) : (
                    <code lang="zh-CN">{c.printed}</code>
                  )}
                </td>
                <td>
                  {c.value === null ? <code>{t('common.empty')}</code> : <code lang="zh-CN">{c.value}</code>}
                </td>
                <td lang="zh-CN">{c.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ExportableTable>
  );
}
