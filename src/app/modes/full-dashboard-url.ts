import { pageUrl } from '../../lib/route/page-url';

/** The same page outside the iframe: the full dashboard, keeping the view, dataset, language and unit. */
export function fullDashboardUrl(hash = window.location.hash): string {
  const q = new URLSearchParams(window.location.search);
  for (const k of ['mode', 'lock', 'parentOrigin']) q.delete(k);
  return pageUrl({ search: q.toString(), hash });
}
