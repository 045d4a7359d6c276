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

export interface Route {
  view: View;
  /** e.g. a function code (2150599) or a project id (p11). */
  param: string | null;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = body.split('?', 2);
  const [first = '', second] = path.split('/').map(decodeURIComponent);
  const view =
    first === '' ? 'overview' : (VIEWS as readonly string[]).includes(first) ? (first as View) : 'overview';
  return {
    view,
    param: second && /^[\w.-]{1,40}$/.test(second) ? second : null,
    query: new URLSearchParams(search),
  };
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
