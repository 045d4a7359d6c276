// Test support (Node only): the corpus of broken dataset files in fixtures/broken-data, turned into bytes.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SHIPPED = join(ROOT, 'public/data/weifang-big-data-bureau-2023.json');
const CASES = join(ROOT, 'fixtures/broken-data');

interface PatchOp {
  op: 'set' | 'delete';
  path: string;
  value?: unknown;
}

export interface BrokenCase {
  name: string;
  description: string;
  raw?: string;
  patch?: PatchOp[];
  /** A text replacement on the shipped file's JSON text (for keys JSON.parse would not keep as data). */
  raw_patch?: [string, string];
  /** Files too large or too deep to commit, made on the fly. */
  generate?:
    | { kind: 'nesting'; depth: number }
    | { kind: 'huge-name'; chars: number }
    | { kind: 'padding'; bytes: number };
  /**
   * The first problem reported, where and message in full; or the failed identities of a file that validates.
   * `engineMessage`: the message goes on with the JavaScript engine's own words (JSON.parse), which differ between
   * Node versions, so only our words before them are compared.
   */
  expect: { where?: string; message?: string; engineMessage?: boolean; reconcile?: string[] };
}

export function brokenCases(): BrokenCase[] {
  return readdirSync(CASES)
    .filter((f) => f.endsWith('.case.json'))
    .sort()
    .map((f) => ({ name: f.replace('.case.json', ''), ...JSON.parse(readFileSync(join(CASES, f), 'utf8')) }));
}

/** The bytes of a broken file: the raw text, or the shipped dataset with the case's patch applied. */
export function brokenFileText(c: BrokenCase): string {
  if (c.raw !== undefined) return c.raw;
  const shipped = readFileSync(SHIPPED, 'utf8');
  if (c.raw_patch) return shipped.replace(c.raw_patch[0], c.raw_patch[1]);
  if (c.generate?.kind === 'nesting') return '['.repeat(c.generate.depth) + ']'.repeat(c.generate.depth);
  if (c.generate?.kind === 'padding')
    return shipped.replace(
      '"formatVersion"',
      `"padding": "${'x'.repeat(c.generate.bytes)}", "formatVersion"`,
    );
  const data: unknown = JSON.parse(shipped);
  if (c.generate?.kind === 'huge-name')
    applyOp(data, {
      op: 'set',
      path: 'tables.projects.rows[1].cells.name',
      value: '名'.repeat(c.generate.chars),
    });
  for (const op of c.patch ?? []) applyOp(data, op);
  return JSON.stringify(data);
}

function applyOp(root: unknown, op: PatchOp) {
  const parts = op.path.match(/[^.[\]]+/g) ?? [];
  const last = parts.pop() as string;
  let cur = root as Record<string, unknown>;
  for (const p of parts) cur = cur[p] as Record<string, unknown>;
  if (op.op === 'delete') delete cur[last];
  else cur[last] = op.value;
}
