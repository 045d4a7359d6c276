import * as z from 'zod/mini';
import type { View } from './route';

/**
 * Each view's query, read from the hash. A link may have been edited by hand or cut short, so each value is
 * validated, never cast: one that does not fit falls back to the view's default (`?indicator=abc` is no highlight,
 * not NaN).
 */

/** Far above any indicator count or source line: only a bound, so a hand-edited number stays a number. */
export const MAX_INDEX = 1_000_000;

/** A whole number written in plain digits (no sign, no "0x", no exponent, not empty), within [min, max]; else null. */
const int = (min: number, max: number) =>
  z.catch(
    z.nullable(
      // Number() would read "" as 0, "0x2" as 2 and "abc" as NaN: only digits reach it.
      z.pipe(
        z.pipe(z.string().check(z.regex(/^\d{1,15}$/)), z.transform(Number)),
        z.number().check(z.gte(min), z.lte(max)),
      ),
    ),
    null,
  );
/** Any text, or null when absent. */
const text = z.catch(z.nullable(z.string()), null);
/** Any text, '' when absent (a search box). */
const search = z.catch(z.string(), '');
type Choices = readonly [string, ...string[]];
/** One of `values`, else `fallback`. */
const choice = <const T extends Choices>(values: T, fallback: T[number]) => z.catch(z.enum(values), fallback);
/** One of `values`, else null. */
const maybe = <const T extends Choices>(values: T) => z.catch(z.nullable(z.enum(values)), null);

const COMPARE_SORTS = ['total', 'basicShare', 'sangong', 'operatingCosts', 'name'] as const;
const CATALOG_SORTS = ['name', 'total', 'problems'] as const;
const INDICATOR_KINDS = ['quantitative', 'qualitative'] as const;
const ATTRIBUTIONS = ['attributed', 'pool'] as const;

/** The query of each view, by the key it has in the URL (part of the public URL contract). */
const QUERY_SCHEMAS = {
  overview: z.object({ sb: choice(['nature', 'function'], 'nature'), zoom: text }),
  functions: z.object({ sort: text }),
  /** The project list (#/projects). */
  projects: z.object({ type: text, q: search, attribution: maybe(ATTRIBUTIONS), sort: text }),
  /** One project (#/projects/<id>). */
  project: z.object({ indicator: int(0, MAX_INDEX) }),
  indicators: z.object({
    l1: text,
    l2: text,
    cmp: text,
    kind: maybe(INDICATOR_KINDS),
    q: search,
    sort: text,
  }),
  economic: z.object({ class: text }),
  glossary: z.object({ term: text, q: search }),
  /** The data view: a source line, the failed checks, or (an imported dataset) a PDF page with a box. */
  data: z.object({
    line: int(1, MAX_INDEX),
    checks: maybe(['failed']),
    file: text,
    page: int(1, 100_000),
    box: text,
    table: text,
  }),
  catalog: z.object({ q: search, sort: choice(CATALOG_SORTS, 'name') }),
  compare: z.object({ sort: choice(COMPARE_SORTS, 'total') }),
} as const;

export type QueryView = keyof typeof QUERY_SCHEMAS;
export type ViewQuery<V extends QueryView> = z.infer<(typeof QUERY_SCHEMAS)[V]>;

/** Which schema reads a route's query: a project's page is not the project list. */
export function queryViewOf(view: View, param: string | null): QueryView | null {
  if (view === 'projects' && param) return 'project';
  return view in QUERY_SCHEMAS ? (view as QueryView) : null;
}

/**
 * `view`'s query with every value validated and defaulted. Only the keys of its schema are read, each as
 * URLSearchParams.get reads it (the first of repeated keys).
 */
export function parseQuery<V extends QueryView>(view: V, query: URLSearchParams): ViewQuery<V> {
  const schema = QUERY_SCHEMAS[view];
  const raw: Record<string, string | null> = {};
  for (const key of Object.keys(schema.def.shape)) raw[key] = query.get(key);
  return schema.parse(raw) as ViewQuery<V>;
}

/** A query with `patch` applied: null or '' removes a key, anything else sets it (order of first appearance kept). */
export function mergeQuery(
  query: string | URLSearchParams,
  patch: Record<string, string | null>,
): URLSearchParams {
  const q = new URLSearchParams(query);
  for (const [k, v] of Object.entries(patch))
    if (v === null || v === '') q.delete(k);
    else q.set(k, v);
  return q;
}
