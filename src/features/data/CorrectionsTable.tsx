import { type ShellColumn, StaticTable } from '../../components/data-table/StaticTable';
import { usePainted } from '../../components/use-painted';
import { type T, useT } from '../../components/use-t';
import type { Correction } from '../../domain/model';

function correctionColumns(t: T): Array<ShellColumn<Correction>> {
  // An empty cell and a removed value are named, not left blank.
  const shown = (text: string | null) =>
    text === null ? <code>{t('common.empty')}</code> : <code lang="zh-CN">{text}</code>;
  return [
    { id: 'id', header: '#', cell: (c) => c.id, csv: (c) => c.id },
    {
      id: 'location',
      header: t('data.col.location'),
      cell: (c) => <code className="path">{c.path}</code>,
      csv: (c) => c.path,
    },
    { id: 'line', header: t('common.line'), cell: (c) => c.line, csv: (c) => c.line },
    {
      id: 'printed',
      header: t('data.col.printed'),
      cell: (c) => shown(c.printed === '' ? null : c.printed),
      csv: (c) => (c.printed === '' ? t('common.empty') : c.printed),
    },
    {
      id: 'value',
      header: t('data.col.value'),
      cell: (c) => shown(c.value),
      csv: (c) => c.value ?? t('common.empty'),
    },
    {
      id: 'evidence',
      header: t('data.col.evidence'),
      lang: 'zh-CN',
      cell: (c) => c.evidence,
      csv: (c) => c.evidence,
    },
  ];
}

export function CorrectionsTable({ corrections }: { corrections: readonly Correction[] }) {
  const t = useT();
  // Hundreds of rows (275 in the 2023 dataset), far below the fold: drawn after the page's first screen.
  const painted = usePainted();
  return (
    <StaticTable
      caption={t('data.corrections')}
      className="data-table compact"
      columns={correctionColumns(t)}
      rows={painted ? corrections : []}
      rowKey={(c) => c.id}
      rowProps={(c) => ({ id: `correction-${c.id}` })}
      exportName="corrections"
    />
  );
}
