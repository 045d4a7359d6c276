import type { DataProblem } from './problems';
import type { CatalogResult } from './validate-catalog';
import type { DatasetResult } from './validate';
import type { CatalogEntry } from './schema-catalog';

/** `where` of a problem that is about the page's code, not about a data file: a chunk that did not download. */
export const CODE_PROBLEM = '(program code)';

/**
 * The validators load in parallel with the first download (see validators.ts). If their chunk does not arrive, that
 * is the problem reported — as code, naming the chunk — not a data file that seems slow; a retry imports it again.
 */
const validators = () =>
  import('./validators').catch((e: Error): DataProblem => ({
    file: /[\w.-]+\.js/.exec(e.message)?.[0] ?? 'validators',
    where: CODE_PROBLEM,
    message: e.message,
  }));

/** Where the data lives, relative to the page, so the built site works from any folder and inside iframes. */
const DATA_BASE = 'data/';
const TIMEOUT_MS = 20_000;

type TextResult = { ok: true; text: string } | { ok: false; problems: DataProblem[] };

/** Fetches a data file; every failure names the file and says what happened (HTTP status, network, timeout). */
export async function fetchText(file: string, signal?: AbortSignal): Promise<TextResult> {
  const fail = (message: string): TextResult => ({
    ok: false,
    problems: [{ file, where: '(download)', message }],
  });
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const res = await fetch(DATA_BASE + file, { signal: combined, cache: 'no-cache' });
    if (!res.ok) return fail(`the server answered ${res.status} ${res.statusText}`.trim());
    return { ok: true, text: await res.text() };
  } catch (e) {
    if (timeout.aborted) return fail(`no complete answer within ${TIMEOUT_MS / 1000} s`);
    if (signal?.aborted) return fail('loading was cancelled');
    return fail(
      `the download failed (${e instanceof Error ? e.message : String(e)}); the connection may have been cut`,
    );
  }
}

export async function loadCatalog(signal?: AbortSignal): Promise<CatalogResult> {
  const [text, v] = await Promise.all([fetchText('catalog.json', signal), validators()]);
  if ('where' in v) return { ok: false, problems: [...(text.ok ? [] : text.problems), v] };
  return text.ok ? v.validateCatalogText(text.text, 'catalog.json') : text;
}

/** Checked in slices that yield to the browser (validate-sliced.ts), with the same result as in one piece. */
export async function loadDataset(entry: CatalogEntry, signal?: AbortSignal): Promise<DatasetResult> {
  const [text, v] = await Promise.all([fetchText(entry.file, signal), validators()]);
  if ('where' in v) return { ok: false, problems: [...(text.ok ? [] : text.problems), v] };
  return text.ok ? v.validateDatasetTextInSlices(text.text, entry.file) : text;
}
