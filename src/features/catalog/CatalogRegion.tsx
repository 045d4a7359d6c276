import { memo, useMemo } from 'react';
import { Amount } from '../../components/Amount';
import { HeaderCell } from '../../components/data-table/HeaderCell';
import { TableFrame } from '../../components/data-table/TableFrame';
import { WindowBody } from '../../components/data-table/WindowBody';
import { useT } from '../../components/use-t';
import { Trans } from '../../components/Trans';
import { Zh } from '../../components/Zh';
import type { CatalogEntry } from '../../data/schema-catalog';
import { money } from '../../domain/money';
import { type CatalogGroup, type CatalogRow, regionRows } from './catalog-rows';
import { href } from '../../lib/route/href';

const COLUMNS = 6;

/** A department-year's link: the page reloads on that dataset (the catalog's datasets are files on the server). */
const datasetHref = (e: CatalogEntry, hash?: string) => href.dataset(e.id, hash);

const Figure = ({ value }: { value: string | null | undefined }) =>
  value == null ? <span className="muted">—</span> : <Amount value={money(value)} />;

/**
 * One region's departments and years. A city's catalog holds a thousand department-years: only the rows near the
 * window's view are in the document (components/data-table/WindowBody.tsx), so opening, searching and sorting stay
 * quick.
 */
export const CatalogRegion = memo(function CatalogRegion({
  group,
  currentId,
}: {
  group: CatalogGroup;
  currentId: string;
}) {
  const t = useT();
  const rows = useMemo(() => regionRows(group), [group]);
  const keys = useMemo(() => rows.map((r) => r.key), [rows]);
  const label = group.region || t('catalog.noRegion');
  return (
    <section aria-label={label}>
      <h2 lang="zh-CN">{label}</h2>
      <TableFrame
        caption={t('catalog.caption', { region: group.region })}
        className="data-table compact catalog-table"
        ariaRowCount={rows.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            <HeaderCell>{t('data.year')}</HeaderCell>
            <HeaderCell numeric>{t('catalog.col.total')}</HeaderCell>
            <HeaderCell numeric className="opt">
              {t('spending.basic')}
            </HeaderCell>
            <HeaderCell numeric className="opt">
              {t('spending.project')}
            </HeaderCell>
            <HeaderCell numeric>{t('nav.sangong')}</HeaderCell>
            <HeaderCell numeric>{t('catalog.col.problems')}</HeaderCell>
          </tr>
        </thead>
        <WindowBody
          keys={keys}
          columnCount={COLUMNS}
          row={(index, measure) => {
            const r = rows[index];
            return (
              r && <CatalogBodyRow key={r.key} row={r} index={index} current={currentId} measure={measure} />
            );
          }}
        />
      </TableFrame>
    </section>
  );
});

/** A department's header row or one of its years. Memoized: rows that stay in view are not rendered again. */
const CatalogBodyRow = memo(function CatalogBodyRow({
  row,
  index,
  current,
  measure,
}: {
  row: CatalogRow;
  index: number;
  current: string;
  measure?: (row: HTMLTableRowElement | null) => void;
}) {
  const t = useT();
  const at = { 'aria-rowindex': index + 2, 'data-index': index, ref: measure };
  // The department as a row of its own (not a cell spanning its years), so a phone can drop columns without the
  // rows falling apart.
  if (row.kind === 'department')
    return (
      <tr className="dept-row" {...at}>
        <th scope="colgroup" colSpan={COLUMNS}>
          <Zh>{row.name}</Zh>
          {row.otherNames.length > 0 && (
            <span className="muted">
              {' '}
              <Trans k="catalog.alsoNamed" values={{ names: <Zh>{row.otherNames.join('、')}</Zh> }} />
            </span>
          )}
        </th>
      </tr>
    );
  const e = row.entry;
  const isCurrent = e.id === current;
  return (
    <tr className={isCurrent ? 'current' : undefined} {...at}>
      <td className="nowrap">
        <a href={datasetHref(e)} aria-current={isCurrent ? 'page' : undefined}>
          {t(e.kind === 'final' ? 'catalog.yearFinal' : 'catalog.yearBudget', { year: e.year })}
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
          <a href={datasetHref(e, href.data())} className={e.summary.problems.blocks ? 'error' : undefined}>
            {t('catalog.problems', e.summary.problems)}
          </a>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
});
