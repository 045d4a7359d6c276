import '../lib/i18n/late-strings';
import { useT } from './use-t';
import { Zh } from './Zh';
import type { Catalog, CatalogEntry } from '../data/schema-catalog';
import { DatasetUnit } from './DatasetUnit';
import { href } from '../lib/route/href';
import './data-table/data-table.css';
import { type ShellColumn, StaticTable } from './data-table/StaticTable';

/** The datasets of the catalog (synthetic test files left out); the current one marked, the others linked. */
export function CatalogTable({ catalog, currentId }: { catalog: Catalog; currentId: string }) {
  const t = useT();
  const columns: Array<ShellColumn<CatalogEntry>> = [
    {
      id: 'department',
      header: t('data.department'),
      cell: (e) => (
        <>
          <Zh>{e.department.name}</Zh>
          {e.department.code && t('data.deptCode', { code: e.department.code })}
        </>
      ),
      csv: (e) => [
        e.department.name,
        e.department.code ? t('data.deptCode', { code: e.department.code }) : '',
      ],
    },
    { id: 'year', header: t('data.year'), cell: (e) => e.year, csv: (e) => e.year },
    { id: 'unit', header: t('data.unit'), cell: (e) => <DatasetUnit unit={e.unit} />, csv: (e) => e.unit },
    {
      id: 'file',
      header: t('data.file'),
      cell: (e) =>
        e.id === currentId ? (
          <strong>
            {e.file}
            {t('data.current')}
          </strong>
        ) : (
          <a href={href.dataset(e.id)}>{e.file}</a>
        ),
      csv: (e) => e.file,
    },
    {
      id: 'source',
      header: t('data.source'),
      lang: 'zh-CN',
      cell: (e) => e.sourceTitle,
      csv: (e) => e.sourceTitle,
    },
  ];
  return (
    <StaticTable
      caption={t('data.catalogCaption')}
      className="data-table compact"
      columns={columns}
      rows={catalog.datasets.filter((e) => !e.synthetic)}
      rowKey={(e) => e.id}
    />
  );
}
