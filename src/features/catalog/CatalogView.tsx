import '../../lib/i18n/late-strings';
import './catalog.css';
import { useMemo } from 'react';
import { useT } from '../../components/use-t';
import type { Catalog } from '../../data/schema-catalog';
import { type CatalogSort, catalogGroups } from './catalog-rows';
import { CatalogRegion } from './CatalogRegion';

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
  // Grouped once per search and sort: the view also renders again for route changes that alter neither.
  const groups = useMemo(() => catalogGroups(catalog, query, sort), [catalog, query, sort]);
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
        <CatalogRegion key={g.region} group={g} currentId={currentId} />
      ))}
      {count === 0 && <p>{t('catalog.none', { query })}</p>}
    </article>
  );
}
