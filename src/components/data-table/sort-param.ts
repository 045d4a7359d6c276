import type { SortingState } from '@tanstack/react-table';

/** `amount.desc` ⇄ [{ id: 'amount', desc: true }] — the sort as it appears in the URL (#/projects?sort=amount.desc). */
export function parseSortParam(value: string | null, allowed: readonly string[]): SortingState {
  if (!value) return [];
  const [id, dir] = value.split('.');
  if (!id || !allowed.includes(id) || (dir !== 'asc' && dir !== 'desc')) return [];
  return [{ id, desc: dir === 'desc' }];
}

export function formatSortParam(sorting: SortingState): string | null {
  const first = sorting[0];
  return first ? `${first.id}.${first.desc ? 'desc' : 'asc'}` : null;
}
