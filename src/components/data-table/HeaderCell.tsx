import type { ReactNode } from 'react';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORT_MARK = { asc: '▲', desc: '▼', none: '↕' } as const;

/** How a header sorts its column: its current direction (false: unsorted) and the toggle. */
export interface HeaderSort {
  dir: false | 'asc' | 'desc';
  toggle: ((event: unknown) => void) | undefined;
}

/**
 * A column header. Sortable, it is a button (keyboard and screen readers reach it; Enter and Space toggle) with
 * aria-sort saying the order; static, it is its text alone, with no aria-sort.
 */
export function HeaderCell({
  numeric,
  className,
  colSpan,
  sort,
  children,
}: {
  numeric?: boolean | undefined;
  /** More classes after `num` (`opt`: a column a phone may drop). */
  className?: string | undefined;
  colSpan?: number | undefined;
  sort?: HeaderSort | undefined;
  children: ReactNode;
}) {
  return (
    <th
      scope="col"
      colSpan={colSpan}
      className={[numeric ? 'num' : '', className ?? ''].filter(Boolean).join(' ') || undefined}
      aria-sort={sort ? (sort.dir ? ARIA_SORT[sort.dir] : 'none') : undefined}
    >
      {sort ? (
        <button type="button" className="sort-button" onClick={sort.toggle}>
          {children}
          <span aria-hidden="true" className="sort-mark">
            {SORT_MARK[sort.dir || 'none']}
          </span>
        </button>
      ) : (
        children
      )}
    </th>
  );
}
