import '../lib/i18n/late-strings';
import { useT } from './use-t';
import { Zh } from './Zh';
import type { Catalog } from '../data/schema-catalog';
import { DatasetUnit } from './DatasetUnit';
import { href } from '../lib/route/href';
import './data-table/data-table.css';

/** The datasets of the catalog (synthetic test files left out); the current one marked, the others linked. */
export function CatalogTable({ catalog, currentId }: { catalog: Catalog; currentId: string }) {
  const t = useT();
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table compact">
        <caption className="sr-only">{t('data.catalogCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.department')}</th>
            <th scope="col">{t('data.year')}</th>
            <th scope="col">{t('data.unit')}</th>
            <th scope="col">{t('data.file')}</th>
            <th scope="col">{t('data.source')}</th>
          </tr>
        </thead>
        <tbody>
          {catalog.datasets
            .filter((e) => !e.synthetic)
            .map((e) => (
              <tr key={e.id}>
                <td>
                  <Zh>{e.department.name}</Zh>
                  {e.department.code && t('data.deptCode', { code: e.department.code })}
                </td>
                <td>{e.year}</td>
                <td>
                  <DatasetUnit unit={e.unit} />
                </td>
                <td>
                  {e.id === currentId ? (
                    <strong>
                      {e.file}
                      {t('data.current')}
                    </strong>
                  ) : (
                    <a href={href.dataset(e.id)}>{e.file}</a>
                  )}
                </td>
                <td lang="zh-CN">{e.sourceTitle}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
