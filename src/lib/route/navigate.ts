import { pageUrl } from './page-url';
import { mergeQuery } from './query';
import { HASH_PREFIX } from './route';

/**
 * Navigation that code starts — a click on a chart, which is no link — goes through `navigate`, so a mode that
 * restricts navigation (the locked embed, src/app/modes/embed-lock.ts) sees it as it sees a click on a link.
 * Features set no `location.hash` themselves (an ESLint rule says so).
 */
type NavigationGuard = (hash: string) => 'handled' | 'go';

let guard: NavigationGuard | null = null;

/** Puts `g` in front of every navigate; returns what removes it. */
export function guardNavigation(g: NavigationGuard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

/** Opens `hash` (from href.ts) as a new history entry, unless a guard handles it. */
export function navigate(hash: string) {
  if (guard?.(hash) === 'handled') return;
  window.location.hash = hash;
}

/** Replaces the hash query (sort, filters, search) without adding a history entry per keystroke. */
export function replaceQuery(patch: Record<string, string | null>) {
  const [base = '', query = ''] = splitHash(window.location.hash);
  const qs = mergeQuery(query, patch).toString();
  window.history.replaceState(
    window.history.state,
    '',
    pageUrl({ hash: `${base || HASH_PREFIX}${qs ? `?${qs}` : ''}` }),
  );
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

function splitHash(hash: string): [string, string] {
  const cut = hash.indexOf('?');
  return cut < 0 ? [hash, ''] : [hash.slice(0, cut), hash.slice(cut + 1)];
}
