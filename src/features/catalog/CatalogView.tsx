import '../../lib/i18n/late-strings';
import './catalog.css';
import { Amount } from '../../components/Amount';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
import { money } from '../../domain/money';
import { type CatalogSort, catalogGroups } from './catalog-rows';

/** A department-year's link: the page reloads on that dataset (the catalog's datasets are files on the server). */
const datasetHref = (e: CatalogEntry, hash = '#/') => `?ds=${encodeURIComponent(e.id)}${hash}`;

const Figure = ({ value }: { value: string | null | undefined }) =>
  value == null ? <span className="muted">—</span> : <Amount value={money(value)} />;

/** 目录: every department-year the catalog holds, by region and department, from the catalog's summaries alone. */
export function CatalogView({
  catalog,
  currentId,
  query,
  sort,
  onQuery,
}: {
  catalog: Catalog;
  currentId: string;
  query: string;
  sort: CatalogSort;
  onQuery: (patch: Record<string, string | null>) => void;
}) {
  const t = useT();
  const groups = catalogGroups(catalog, query, sort);
  const count = groups.reduce((n, g) => n + g.departments.reduce((m, d) => m + d.entries.length, 0), 0);
  return (
    <article className="view catalog-view">
      <h1>{t('catalog.title')}</h1>
      <p className="lead">{t('catalog.lead')}</p>
      <div className="filters">
        <label>
          {t('catalog.search')}{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => onQuery({ q: e.currentTarget.value })}
            placeholder={t('catalog.searchHint')}
          />
        </label>
        <label>
          {t('catalog.sort')}{' '}
          <select
            value={sort}
            onChange={(e) =>
              onQuery({ sort: e.currentTarget.value === 'name' ? null : e.currentTarget.value })
            }
          >
            <option value="name">{t('catalog.sort.name')}</option>
            <option value="total">{t('catalog.sort.total')}</option>
            <option value="problems">{t('catalog.sort.problems')}</option>
          </select>
        </label>
        <span role="status" className="muted">
          {t('catalog.count', { count })}
        </span>
      </div>
      {groups.map((g) => (
        <section key={g.region} aria-label={g.region || t('catalog.noRegion')}>
          <h2 lang="zh-CN">{g.region || t('catalog.noRegion')}</h2>
          <div className="table-scroll" tabIndex={0}>
            <table className="data-table compact catalog-table">
              <caption className="sr-only">{t('catalog.caption', { region: g.region })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('data.year')}</th>
                  <th scope="col" className="num">
                    {t('catalog.col.total')}
                  </th>
                  <th scope="col" className="num opt">
                    {t('spending.basic')}
                  </th>
                  <th scope="col" className="num opt">
                    {t('spending.project')}
                  </th>
                  <th scope="col" className="num">
                    {t('nav.sangong')}
                  </th>
                  <th scope="col" className="num">
                    {t('catalog.col.problems')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.departments.flatMap((d) => [
                  // The department as a row of its own (not a cell spanning its years), so a phone can drop
                  // columns without the rows falling apart.
                  <tr key={`dept:${d.name}`} className="dept-row">
                    <th scope="colgroup" colSpan={6}>
                      <Zh>{d.name}</Zh>
                    </th>
                  </tr>,
                  ...d.entries.map((e) => (
                    <tr key={e.id} className={e.id === currentId ? 'current' : undefined}>
                      <td className="nowrap">
                        <a href={datasetHref(e)} aria-current={e.id === currentId ? 'page' : undefined}>
                          {t(e.kind === 'final' ? 'catalog.yearFinal' : 'catalog.yearBudget', {
                            year: e.year,
                          })}
                          {e.scope === '单位' ? t('catalog.unitScope') : ''}
                        </a>
                      </td>
                      <td className="num">
                        <Figure value={e.summary?.total} />
                      </td>
                      <td className="num opt">
                        <Figure value={e.summary?.basic} />
                      </td>
                      <td className="num opt">
                        <Figure value={e.summary?.project} />
                      </td>
                      <td className="num">
                        <Figure value={e.summary?.sangong} />
                      </td>
                      <td className="num">
                        {e.summary ? (
                          <a
                            href={datasetHref(e, '#/data')}
                            className={e.summary.problems.blocks ? 'error' : undefined}
                          >
                            {t('catalog.problems', e.summary.problems)}
                          </a>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {count === 0 && <p>{t('catalog.none', { query })}</p>}
    </article>
  );
}
