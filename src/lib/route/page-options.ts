import type { MoneyUnit } from '../format/number';
import type { Lang } from '../i18n/translate';
import { pageUrl } from './page-url';
import { mergeQuery } from './query';
import { isPlainHash } from './route';

export type Mode = 'normal' | 'present' | 'embed';

/**
 * Page-level options live in the query string before the hash (?ds=…&mode=…&lang=…&unit=…), so an embedder or a
 * presenter can fix them while the hash carries the view. Part of the public URL contract.
 */
export interface PageOptions {
  datasetId: string | null;
  mode: Mode;
  lang: Lang;
  unit: MoneyUnit;
  /** embed: the origin allowed to receive height messages. */
  parentOrigin: string | null;
  /** embed: the view is locked (no navigation away from it). */
  lock: boolean;
  /** present: a custom storyline, as a list of view hashes (in `steps`) or a JSON file next to the data. */
  steps: string[] | null;
  storyline: string | null;
}

export function readPageOptions(
  // No window when the build prerenders the first view: the defaults apply.
  search: string = typeof window === 'undefined' ? '' : window.location.search,
): PageOptions {
  const q = new URLSearchParams(search);
  const ds = q.get('ds');
  const mode = q.get('mode');
  const unit = q.get('unit');
  const origin = q.get('parentOrigin');
  const steps = q.getAll('step').filter(isPlainHash);
  const storyline = q.get('storyline');
  return {
    // Any value is passed on as written: the catalog is the one judge of a dataset id (src/store/data-store.ts), so
    // a badly formed one ("../x") gets the same error naming it as a well-formed unknown one, not the default.
    datasetId: ds || null,
    mode: mode === 'present' || mode === 'embed' ? mode : 'normal',
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    unit: unit === 'yuan' || unit === 'yi' ? unit : 'wan',
    parentOrigin: origin && isOrigin(origin) ? origin : null,
    lock: q.get('lock') === '1',
    steps: steps.length ? steps : null,
    storyline: storyline && /^[a-zA-Z0-9._-]+\.json$/.test(storyline) ? storyline : null,
  };
}

function isOrigin(s: string): boolean {
  try {
    return new URL(s).origin === s;
  } catch {
    return false;
  }
}

/** Changes page options in place (history.replaceState keeps the hash and adds no entry). */
export function writePageOptions(patch: Record<string, string | null>) {
  const q = mergeQuery(window.location.search, patch);
  // history.state is kept: the presenter keeps its step there (modes/use-step-index.ts).
  window.history.replaceState(window.history.state, '', pageUrl({ search: q.toString() }));
}
