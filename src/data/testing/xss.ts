// Test support: the shipped dataset with attack payloads in every text field a reader sees (names, goals, targets,
// labels, notes, glossary, evidence) — ids, codes, money and line numbers untouched, so the file still validates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePath } from '../cross-check';
import { ROOT, SHIPPED } from './broken-cases';

export const PAYLOADS: string[] = JSON.parse(readFileSync(join(ROOT, 'fixtures/xss-payloads.json'), 'utf8'));

const TEXT_KEYS = new Set([
  'name',
  'text',
  'target',
  'term',
  'definition',
  'quote',
  'reason',
  'evidence',
  'printedName',
  'match',
  'title',
  'label',
  'heading',
  'deptName',
  'govName',
  'incomeItem',
  'expenditureItem',
  'level1',
  'level2',
  'note',
  'group',
]);

export function xssDatasetText(): string {
  const data = JSON.parse(readFileSync(SHIPPED, 'utf8'));
  let n = 0;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const [k, x] of Object.entries(o)) {
        if (typeof x === 'string' && TEXT_KEYS.has(k) && x !== '')
          o[k] = `${PAYLOADS[n++ % PAYLOADS.length]}${k === 'name' ? ` ${n}` : ''}`;
        else o[k] = walk(x);
      }
    }
    return v;
  };
  walk(data);
  // Corrections must still describe the data: point their value at whatever the path now holds.
  for (const c of data.corrections as Array<{ path: string; value: string | null }>) {
    const found = resolvePath(data, c.path);
    if (found.ok && (typeof found.value === 'string' || found.value === null)) c.value = found.value;
  }
  return JSON.stringify(data);
}
