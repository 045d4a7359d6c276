import { useSyncExternalStore } from 'react';
import { type Route, parseHash } from '../lib/route/route';

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
