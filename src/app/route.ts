/** The public URL contract: hash routes (#/view/param?query) work on any static host and inside iframes. */
export const VIEWS = [
  'overview',
  'functions',
  'projects',
  'indicators',
  'sangong',
  'economic',
  'procurement',
  'about',
  'glossary',
  'data',
  'import',
  'catalog',
  'years',
  'compare',
  'execution',
] as const;
export type View = (typeof VIEWS)[number];

/**
 * A hash that is no view: `malformed` cannot be decoded (a broken percent-escape such as `#/projects/%`, often a
 * link cut short when copied), `not-found` decodes but names no view of the contract. Each has its own page, so a
 * bad link never passes for the overview.
 */
export type RouteProblem = 'malformed' | 'not-found';

export interface Route {
  view: View | RouteProblem;
  /** e.g. a function code (2150599) or a project id (p11). */
  param: string | null;
  query: URLSearchParams;
}

/** The views that take a parameter (#/functions/<code>, #/projects/<id>). */
const VIEWS_WITH_PARAM: ReadonlySet<string> = new Set<View>(['functions', 'projects']);

/**
 * The one place a hash is decoded. It never throws: it runs before anything is on screen (src/main.tsx), and a
 * URIError there once left the whole page inert.
 */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const cut = body.indexOf('?');
  const path = (cut < 0 ? body : body.slice(0, cut)).replace(/\/$/, '');
  // URLSearchParams itself is lenient: a stray "%" in the query stays as written.
  const query = new URLSearchParams(cut < 0 ? '' : body.slice(cut + 1));
  const segments = path === '' ? [] : path.split('/').map(decodeSegment);
  if (segments.some((s) => s === null)) return { view: 'malformed', param: null, query };
  const [first, second, ...rest] = segments as string[];
  if (first === undefined) return { view: 'overview', param: null, query };
  const view = VIEWS.find((v) => v === first);
  const paramOk = second === undefined || (VIEWS_WITH_PARAM.has(first) && /^[\w.-]{1,40}$/.test(second));
  if (!view || rest.length > 0 || !paramOk) return { view: 'not-found', param: null, query };
  return { view, param: second ?? null, query };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Whether a route is a view of the contract (not a malformed or unknown link). */
export function isViewRoute(route: Route): route is Route & { view: View } {
  return route.view !== 'malformed' && route.view !== 'not-found';
}

export function toHash(
  view: View,
  param?: string | null,
  query?: URLSearchParams | Record<string, string>,
): string {
  const q = query instanceof URLSearchParams ? query : new URLSearchParams(query ?? {});
  const qs = q.toString();
  const path = view === 'overview' ? '' : view + (param ? `/${encodeURIComponent(param)}` : '');
  return `#/${path}${qs ? `?${qs}` : ''}`;
}
