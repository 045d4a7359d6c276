import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNodePdfjs } from '../../../scripts/import/node-pdfjs';
import type { ExtractedRow, ExtractedTable } from '../extracted';
import { buildDocument, ImportError, readInputs, type ImportedDocument } from '../import-document';

/** The corpus lives beside the repository (never copied into it); CI has it at the same place. */
export const CORPUS = join(import.meta.dirname, '../../../../shared/budget-corpus');
export const FIXTURES = join(import.meta.dirname, '../../../fixtures/corpus');
export const corpusPresent = () => existsSync(join(CORPUS, 'pdf'));

type Amount = string | null;
interface FixtureRow {
  code: string | null;
  name: string | null;
  [k: string]: unknown;
}
export interface Fixture {
  slug: string;
  files: string[];
  document: { kind: 'budget' | 'final' | 'template'; scope: string; department: string; year: number };
  tables: Array<{ kind: string; title: string; page: number | null; unit: string; empty: boolean }>;
  totals: { unit: string; income: Amount; expenditure: Amount } | null;
  expenditure: { unit: string; rows: FixtureRow[] } | null;
  gpbExpenditure: { unit: string; rows: FixtureRow[] } | null;
  economic: { table: string; unit: string; rows: FixtureRow[] } | null;
  sangong: { unit: string; items: Record<string, unknown> } | null;
  problems: Array<Record<string, unknown>>;
  /** 决算 narratives: per 项, the budget it names (年初/全年预算) against 支出决算, as printed. */
  sangongNarrative?: Array<{
    item: string;
    budget: Amount;
    actual: Amount;
    statedRatio: string | null;
  }> | null;
  execution?: Array<{
    code: string | null;
    name: string;
    budget: Amount;
    actual: Amount;
    statedRatio: string | null;
    reason: string | null;
    page: number;
  }>;
}

export const fixtures = (): Fixture[] =>
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json') && f !== 'known-gaps.json')
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture);

export async function importFixture(f: Fixture): Promise<ImportedDocument | ImportError> {
  const { pdfjs, options } = await loadNodePdfjs();
  const inputs = f.files.map((name) => ({
    name,
    data: new Uint8Array(readFileSync(join(CORPUS, 'pdf', name))),
  }));
  const sha256 = async (d: Uint8Array) => createHash('sha256').update(d).digest('hex');
  try {
    return buildDocument(await readInputs(inputs, { pdfjs, options, sha256 }));
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
}

export interface Comparison {
  expected: number;
  matched: number;
  /** Facts the fixture records that this importer does not read yet, named (决算 pairs and panels). */
  notCompared: string[];
  mismatches: string[];
}

const MONEY_KEYS = ['total', 'basic', 'project', 'personnel', 'public'];
const SANGONG_KEY: Record<string, string> = { subtotal: 'sangongTotal' };
const squash = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

/** Every fact the fixture records, looked up in the import: the same cell, exactly as printed. */
export function compare(f: Fixture, doc: ImportedDocument): Comparison {
  const c: Comparison = { expected: 0, matched: 0, notCompared: [], mismatches: [] };
  const fact = (what: string, want: unknown, got: unknown) => {
    c.expected++;
    if (want === got) c.matched++;
    else c.mismatches.push(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  fact('document.kind', f.document.kind, doc.meta.kind);
  fact('document.scope', f.document.scope, doc.meta.scope);
  fact('document.year', f.document.year, doc.meta.year);
  fact('document.department', squash(f.document.department), squash(doc.meta.department));
  const byKind = new Map<string, ExtractedTable>();
  for (const t of doc.tables) if (!byKind.has(t.kind)) byKind.set(t.kind, t);
  for (const t of f.tables) {
    const got = byKind.get(t.kind);
    fact(`table ${t.kind} found`, true, !!got);
    if (got) fact(`table ${t.kind} unit`, t.unit, got.unit);
  }
  const rowsOf = (kind: string, rows: FixtureRow[] | undefined, keys: string[]) => {
    const t = byKind.get(kind);
    if (!rows) return;
    for (const [i, want] of rows.entries()) {
      const got = findRow(t, want, i);
      const label = `${kind} row ${want.code ?? want.name ?? i}`;
      fact(`${label} present`, true, !!got);
      if (!got) continue;
      if (want.name) fact(`${label} name`, squash(want.name), squash(got.name));
      for (const k of keys) if (k in want) fact(`${label} ${k}`, want[k] as Amount, got.cells[k] ?? null);
    }
  };
  rowsOf('expenditure', f.expenditure?.rows, MONEY_KEYS);
  rowsOf('gpbExpenditure', f.gpbExpenditure?.rows, MONEY_KEYS);
  if (f.economic && f.document.kind !== 'final') rowsOf(f.economic.table, f.economic.rows, MONEY_KEYS);
  if (f.economic && f.document.kind === 'final') panelRows(f.economic, byKind.get(f.economic.table), fact);
  if (f.sangong) {
    const t = byKind.get('sangong');
    const row = t?.rows.find((r) => Object.values(r.cells).some((v) => v !== null)) ?? t?.rows[0];
    for (const [k, want] of Object.entries(f.sangong.items)) {
      if (k === 'other') continue;
      // A 决算 prints each item as a pair: 预算数 (<item>Budget) and 决算数 (<item>).
      if (f.document.kind === 'final' && want && typeof want === 'object') {
        const pair = want as { budget: Amount; actual: Amount };
        // A table printed with every cell empty (no 三公 spending) has no data row: all its cells are empty.
        fact(`sangong ${k} 预算数`, pair.budget, t ? (row?.cells[`${k}Budget`] ?? null) : undefined);
        fact(`sangong ${k} 决算数`, pair.actual, t ? (row?.cells[k] ?? null) : undefined);
      } else fact(`sangong ${k}`, want, row ? (row.cells[SANGONG_KEY[k] ?? k] ?? null) : undefined);
    }
  }
  // The narrative's per-项 execution, as the dataset carries it (note facts execution.<code>.budget/actual/ratio).
  const facts = new Map(
    (
      (doc.dataset as { notes?: { facts?: Array<{ id: string; value: string; page?: number }> } }).notes
        ?.facts ?? []
    ).map((x) => [x.id, x.value]),
  );
  // The narrative's “三公” statements (七(一)): sangongExecution.<item>.budget / .actual / .ratio facts.
  for (const x of f.sangongNarrative ?? []) {
    const id = `sangongExecution.${x.item}`;
    fact(`${id} 预算`, x.budget, facts.get(`${id}.budget`) ?? null);
    fact(`${id} 决算`, x.actual, facts.get(`${id}.actual`) ?? null);
    fact(`${id} 完成%`, x.statedRatio, facts.get(`${id}.ratio`) ?? null);
  }
  for (const x of f.execution ?? []) {
    const id = `execution.${x.code}`;
    fact(`${id} 预算`, x.budget, facts.get(`${id}.budget`) ?? null);
    fact(`${id} 决算`, x.actual, facts.get(`${id}.actual`) ?? null);
    fact(`${id} 完成%`, x.statedRatio, facts.get(`${id}.ratio`) ?? null);
  }
  return c;
}

/**
 * A 决算's two-panel economic table: each coded row's 决算数 (its total) and the panel it is printed in; the feet
 * 人员经费合计 / 公用经费合计 as the total row's personnel / public.
 */
function panelRows(
  economic: NonNullable<Fixture['economic']>,
  t: ExtractedTable | undefined,
  fact: (what: string, want: unknown, got: unknown) => void,
): void {
  const foot = t?.rows.find((r) => r.id === 'total');
  for (const want of economic.rows) {
    const label = `${economic.table} row ${want.code ?? want.name}`;
    if (!want.code) {
      const key = /人员经费/.test(want.name ?? '') ? 'personnel' : 'public';
      fact(`${label} (foot, ${key})`, want.total, foot?.cells[key] ?? null);
      continue;
    }
    const got = t?.rows.find((r) => r.code === want.code);
    fact(`${label} present`, true, !!got);
    if (!got) continue;
    fact(`${label} name`, squash(want.name), squash(got.name));
    fact(`${label} total`, want.total, got.cells.total ?? null);
    if ('panel' in want)
      fact(`${label} panel`, want.panel, t?.panels?.find((p) => p.rows.includes(got.id))?.key ?? null);
  }
}

function findRow(t: ExtractedTable | undefined, want: FixtureRow, index: number): ExtractedRow | undefined {
  if (!t) return undefined;
  if (want.code) return t.rows.find((r) => r.code === want.code || r.printedCode === want.code);
  if (want.name && /合计|总计/.test(want.name)) return t.rows.find((r) => r.id === 'total');
  return t.rows.filter((r) => !r.code)[index] ?? t.rows[index];
}
