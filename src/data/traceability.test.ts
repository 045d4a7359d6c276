import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED } from './testing/broken-cases';

// Checks the dataset against the document: every value must be readable on the source line it cites, once the
// documented normalisation (whitespace removed) is applied — unless a correction records why it differs.
const source = readFileSync(
  join(ROOT, 'public/data/source/weifang-big-data-bureau-2023-department-budget.txt'),
  'utf8',
);
const lines = source.split('\n');
const raw = JSON.parse(readFileSync(SHIPPED, 'utf8'));
const corrected = new Set<string>(raw.corrections.map((c: { path: string }) => c.path));
const norm = (s: string) => s.replace(/\s/g, '');
const lineText = (n: number) => norm(lines[n - 1] ?? '');
const wholeText = norm(source);

describe('traceability to the source text', () => {
  it('finds every table cell on the line it cites', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [tid, table] of Object.entries<{
      rows: Array<{ line: number; cells: Record<string, string | null> }>;
    }>(raw.tables))
      table.rows.forEach((row, i) => {
        for (const [key, value] of Object.entries(row.cells)) {
          const path = `tables.${tid}.rows[${i}].cells.${key}`;
          if (value === null || corrected.has(path)) continue;
          checked += 1;
          if (!lineText(row.line).includes(norm(value)))
            missing.push(`${path} = ${value} (line ${row.line})`);
        }
      });
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('finds every performance-table text and amount in the document', () => {
    const missing: string[] = [];
    raw.performance.forEach((t: Record<string, unknown>, i: number) => {
      const p = `performance[${i}]`;
      const texts: Array<[string, string]> = [];
      (t.goals as Array<{ text: string }>).forEach((g, j) => texts.push([`${p}.goals[${j}].text`, g.text]));
      (t.indicators as Array<Record<string, string>>).forEach((r, j) => {
        for (const k of ['level1', 'level2', 'name', 'target'])
          texts.push([`${p}.indicators[${j}].${k}`, r[k] ?? '']);
      });
      for (const [path, text] of texts)
        if (text && !corrected.has(path) && !wholeText.includes(norm(text))) missing.push(path);
      for (const k of ['total', 'fiscal', 'other']) {
        const f = (t.funds as Record<string, { value: string | null; line: number }>)[k];
        const path = `${p}.funds.${k}.value`;
        if (f?.value && !corrected.has(path) && !lineText(f.line).replace(/,/g, '.').includes(f.value))
          missing.push(path);
      }
    });
    expect(missing).toEqual([]);
  });

  it('finds every stated fact’s quote on its line', () => {
    const missing = raw.notes.facts
      .filter((f: { quote: string; line: number }) => !lineText(f.line).includes(norm(f.quote)))
      .map((f: { id: string }) => f.id);
    expect(missing).toEqual([]);
  });

  it('finds every glossary definition and duty in the document', () => {
    const texts = [
      ...raw.glossary.map((g: { definition: string }) => g.definition),
      ...raw.overview.duties.map((d: { text: string }) => d.text),
    ];
    expect(texts.filter((t: string) => !wholeText.includes(norm(t)))).toEqual([]);
  });
});
