/**
 * The public URL contract: hash routes (#/view/param?query) work on any static host and inside iframes. This folder
 * (src/lib/route) is the only place a hash is written by hand (an ESLint rule says so): links come from href.ts,
 * queries are read by query.ts, navigation goes through navigate.ts.
 */

/** What every hash of the app starts with. */
export const HASH_PREFIX = '#/';

/** A link to a view of this page (for event delegation: closest(APP_LINK)). */
export const APP_LINK = `a[href^="${HASH_PREFIX}"]`;

/** Whether an href is a view of this page (not another dataset's `?ds=…` page, not another site). */
export function isAppHash(href: string): boolean {
  return href.startsWith(HASH_PREFIX);
}

/** The views that take a parameter (#/functions/<code>, #/projects/<id>), and what a parameter may be. */
const SAFE_PARAM = /^[\w.-]{1,40}$/;

/**
 * Whether a whole hash is written in plain URL characters only (what a presenter step may be: it comes from the
 * URL and is set as a hash later). The one hash-safety check.
 */
export function isPlainHash(hash: string): boolean {
  return /^#\/[\w/?=&.%-]*$/.test(hash);
}

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
 * A hash that is no view: `malformed` cannot be decoded (a broken percent-escape such as #/projects/%, often a
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
  const paramOk = second === undefined || (VIEWS_WITH_PARAM.has(first) && SAFE_PARAM.test(second));
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

/** The hash of `view` (its parameter encoded, its query in URLSearchParams form); href.ts names each view's. */
export function toHash(
  view: View,
  param?: string | null,
  query?: URLSearchParams | Record<string, string> | ReadonlyArray<[string, string]>,
): string {
  const q =
    query instanceof URLSearchParams
      ? query
      : new URLSearchParams((query ?? []) as string[][] | Record<string, string>);
  const qs = q.toString();
  const path = view === 'overview' ? '' : view + (param ? `/${encodeURIComponent(param)}` : '');
  return `${HASH_PREFIX}${path}${qs ? `?${qs}` : ''}`;
}
