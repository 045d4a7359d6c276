import { useSyncExternalStore } from 'react';
import { pageUrl } from './page-url';
import { type Route, parseHash } from './route';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

let cachedHash = '';
let cachedRoute: Route = parseHash('');

/** The current hash route; re-renders on back/forward and on links. */
export function useRoute(): Route {
  return useSyncExternalStore(
    subscribe,
    () => {
      if (window.location.hash !== cachedHash) {
        cachedHash = window.location.hash;
        cachedRoute = parseHash(cachedHash);
      }
      return cachedRoute;
    },
    // The build prerenders the first view (the overview, scripts/prerender.tsx): no hash there.
    () => SERVER_ROUTE,
  );
}

const SERVER_ROUTE = parseHash('');

/** Replaces the hash query (sort, filters, search) without adding a history entry per keystroke. */
export function replaceQuery(route: Route, patch: Record<string, string | null>) {
  const q = new URLSearchParams(route.query);
  for (const [k, v] of Object.entries(patch))
    if (v === null || v === '') q.delete(k);
    else q.set(k, v);
  const qs = q.toString();
  const base = window.location.hash.split('?')[0] || '#/';
  window.history.replaceState(window.history.state, '', pageUrl({ hash: `${base}${qs ? `?${qs}` : ''}` }));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
