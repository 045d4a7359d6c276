import { HASH_PREFIX, type View, toHash } from './route';

/**
 * The link builders: every hash the app writes comes from here, so a link and the view that reads it (query.ts)
 * cannot drift apart. Each gives the bytes the app's links always had — they are public API (href.test.ts lists
 * them). An option left out (undefined or null) is not written.
 */

type Pairs = Array<[string, string]>;
type Value = string | number | null | undefined;

/** `[key, value]` for each option that has a value, in the order given (the order they appear in the URL). */
function pairs(entries: ReadonlyArray<readonly [string, Value]>): Pairs {
  return entries
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null)
    .map(([k, v]) => [k, String(v)]);
}

export interface ProjectsQuery {
  type?: string | null;
  q?: string | null;
  attribution?: 'attributed' | 'pool' | null;
  sort?: string | null;
}

export interface IndicatorsQuery {
  level1?: string | null;
  level2?: string | null;
  comparator?: string | null;
  kind?: 'quantitative' | 'qualitative' | null;
  q?: string | null;
  sort?: string | null;
}

export interface DataQuery {
  /** A line of the source text. */
  line?: number | null;
  checks?: 'failed' | null;
}

export const href = {
  /** #/ — the overview; `sb` the sunburst's hierarchy, `zoom` the sector it is zoomed into. */
  overview: (o: { sb?: 'nature' | 'function' | null; zoom?: string | null } = {}) =>
    toHash(
      'overview',
      null,
      pairs([
        ['sb', o.sb],
        ['zoom', o.zoom],
      ]),
    ),
  /** #/functions, or one 功能分类 code's page (#/functions/2150599). */
  functions: (code?: string | null, o: { sort?: string | null } = {}) =>
    toHash('functions', code, pairs([['sort', o.sort]])),
  /** #/projects, the project list. */
  projects: (o: ProjectsQuery = {}) =>
    toHash(
      'projects',
      null,
      pairs([
        ['type', o.type],
        ['q', o.q],
        ['attribution', o.attribution],
        ['sort', o.sort],
      ]),
    ),
  /** #/projects/<id>, with `indicator` (its index) highlighted. */
  project: (id: string, o: { indicator?: number | null } = {}) =>
    toHash('projects', id, pairs([['indicator', o.indicator]])),
  indicators: (o: IndicatorsQuery = {}) =>
    toHash(
      'indicators',
      null,
      pairs([
        ['l1', o.level1],
        ['l2', o.level2],
        ['cmp', o.comparator],
        ['kind', o.kind],
        ['q', o.q],
        ['sort', o.sort],
      ]),
    ),
  /** #/economic, with one 类 (301) highlighted. */
  economic: (o: { class?: string | null } = {}) => toHash('economic', null, pairs([['class', o.class]])),
  /** #/glossary, at one term. */
  glossary: (o: { term?: string | null; q?: string | null } = {}) => {
    // The term was always written with encodeURIComponent (a space as %20, not URLSearchParams' "+"): kept.
    const term = o.term === undefined || o.term === null ? [] : [`term=${encodeURIComponent(o.term)}`];
    const rest = new URLSearchParams(pairs([['q', o.q]])).toString();
    const qs = [...term, ...(rest ? [rest] : [])].join('&');
    return `${toHash('glossary')}${qs ? `?${qs}` : ''}`;
  },
  /** #/data, at a source line or showing only the failed checks. */
  data: (o: DataQuery = {}) =>
    toHash(
      'data',
      null,
      pairs([
        ['line', o.line],
        ['checks', o.checks],
      ]),
    ),
  /** The data view's PDF page viewer at `page` of `file`, with `box` (points, top-left origin) highlighted. */
  pdfPage: (file: string, page: number, box?: readonly number[], table?: string) =>
    toHash(
      'data',
      null,
      pairs([
        ['file', file],
        ['page', page],
        ['box', box?.length === 4 ? box.map((n) => Math.round(n * 10) / 10).join(',') : null],
        ['table', table || null],
      ]),
    ),
  catalog: (o: { q?: string | null; sort?: 'name' | 'total' | 'problems' | null } = {}) =>
    toHash(
      'catalog',
      null,
      pairs([
        ['q', o.q],
        ['sort', o.sort],
      ]),
    ),
  compare: (o: { sort?: string | null } = {}) => toHash('compare', null, pairs([['sort', o.sort]])),
  /** A view that takes no parameter and no query of its own. */
  view: (view: Exclude<View, 'functions' | 'projects'>) => toHash(view),
  /** The hash a sector of a spending chart opens (its view, parameter and query as the domain tree names them). */
  node: (node: { view?: View; param?: string; query?: Record<string, string> }): string | null =>
    node.view ? toHash(node.view, node.param, node.query) : null,
  /** Another dataset's page (?ds=…), at `hash` (its overview when none). */
  dataset: (id: string, hash: string = HASH_PREFIX) => `?ds=${encodeURIComponent(id)}${hash}`,
};
