import { useT } from '../../components/use-t';
import type { ImportedDataset } from '../../store/imported-store';
import { useDownloadLinks } from './use-download-links';
import { href } from '../../lib/route/href';

/** One imported document: what it is, what its checks found, and what the reader can do with it. */
export function ImportedCard({
  item,
  millis,
  current,
  onOpen,
}: {
  item: ImportedDataset;
  millis: number | null;
  current: boolean;
  /** Opens the dataset at a hash route. */
  onOpen: (hash: string) => void;
}) {
  const t = useT();
  const { report, entry } = item;
  const doc = report.document;
  const links = useDownloadLinks(item);
  return (
    <div className="panel import-card" data-millis={millis === null ? undefined : Math.round(millis)}>
      <h3 lang="zh-CN">
        {t('import.docTitle', {
          department: doc.department,
          year: doc.year ?? '?',
          scope: doc.scope,
          kind: t(doc.kind === 'final' ? 'import.kind.final' : 'import.kind.budget'),
        })}
        {current && <span className="muted">{t('import.current')}</span>}
      </h3>
      <p className="muted small" lang="zh-CN">
        {item.dataset.source.files?.map((f) => f.name).join(' + ')}
      </p>
      <p>
        {t('import.docFacts', {
          tables: report.tables.length,
          seconds: millis === null ? '—' : (millis / 1000).toFixed(1),
        })}
        {' · '}
        <span className={report.counts.blocks ? 'error' : undefined}>
          {t('import.problems', report.counts)}
        </span>
      </p>
      {doc.kind === 'final' && <p className="notice">{t('import.finalNote')}</p>}
      {report.active.length > 0 && (
        <p className="muted small">{t('import.active', { what: report.active.join(', ') })}</p>
      )}
      <p className="import-actions">
        <button type="button" onClick={() => onOpen(href.overview())}>
          {t('import.open')}
        </button>
        <button type="button" className="secondary" onClick={() => onOpen(href.data())}>
          {t('import.report')}
        </button>
        <a href={links?.dataset} download={entry.file}>
          {t('import.downloadDataset')}
        </a>
        <a href={links?.report} download={entry.report}>
          {t('import.downloadReport')}
        </a>
      </p>
    </div>
  );
}
