import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED } from '../../data/testing/broken-cases';
import { shippedDataset } from '../../data/testing/shipped';
import { validateDatasetText } from '../../data/validate';
import type { Check, CheckValue } from './check';
import { reconcile, summarize } from './reconcile';

type RawRow = { id: string; cells: Record<string, string | null> };
type RawDataset = { tables: Record<string, { rows: RawRow[] }> };

/** The shipped dataset with one change made to its JSON, validated into domain values like any file. */
function mutated(change: (raw: RawDataset) => void) {
  const raw = JSON.parse(readFileSync(SHIPPED, 'utf8')) as RawDataset;
  change(raw);
  const result = validateDatasetText(JSON.stringify(raw), 'mutated.json');
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.dataset;
}

function setCell(raw: RawDataset, table: string, row: string, column: string, value: string) {
  const r = raw.tables[table]?.rows.find((x) => x.id === row);
  if (!r || !(column in r.cells)) throw new Error(`no cell ${table}/${row}/${column}`);
  r.cells[column] = value;
}

const valueOf = (v: CheckValue) => `${v.kind} ${v.value?.toFixed(2) ?? '—'}`;
/** The failed identities, each as id with its expected and actual exact values. */
const failures = (checks: readonly Check[]) =>
  summarize(checks).failedIdentities.map((c) => [c.id, valueOf(c.expected), valueOf(c.actual)]);

describe('reconciliation of the shipped 2023 dataset', () => {
  const checks = reconcile(shippedDataset());

  it('passes every identity, each check family present', () => {
    expect(failures(checks)).toEqual([]);
    const count = (prefix: string) => checks.filter((c) => c.id.startsWith(prefix)).length;
    expect(checks).toHaveLength(757);
    expect(count('gpbBasic.tree.')).toBe(13);
    expect(count('basic.tree.')).toBe(18);
    expect(count('expenditure.tree.')).toBe(29);
    expect(count('sangong.')).toBe(20);
  });

  it('gives every check an id of its own (its anchor in the report and its React key)', () => {
    const seen = checks.map((c) => c.id);
    expect(seen.filter((id, i) => seen.indexOf(id) !== i)).toEqual([]);
  });

  it('keeps money exact, the sentence a key with the document’s names as values', () => {
    const c = checks.find((x) => x.id === 'gpbBasic.tree.301-501.personnel');
    expect(c?.expected).toEqual({ kind: 'money', value: expect.anything() });
    expect([c?.expected.value?.toFixed(2), c?.actual.value?.toFixed(2)]).toEqual(['288.24', '288.24']);
    expect(c?.message).toEqual({
      key: 'reconcile.economicTree',
      values: {
        table: '一般公共预算基本支出情况表',
        row: '301 工资福利支出/501 机关工资福利支出',
        column: '人员支出',
      },
    });
  });

  it('names the total row with a message of its own, not a Chinese word', () => {
    const c = checks.find((x) => x.id === 'gpbBasic.row.total.total');
    expect(c?.message.values?.row).toEqual({ key: 'reconcile.row.total' });
  });

  it('marks a part that may not exceed its whole as atMost', () => {
    const c = checks.find((x) => x.id === 'attribution.2299999');
    expect(c?.relation).toBe('atMost');
    expect([valueOf(c!.expected), valueOf(c!.actual), c?.pass]).toEqual(['money 10.00', 'money 10.00', true]);
  });

  it('compares counts as counts, not money (the 44 projects against 43 performance tables)', () => {
    const c = checks.find((x) => x.id === 'performance.coverage');
    expect([c?.expected.kind, c?.expected.value?.toFixed(), c?.actual.value?.toFixed(), c?.pass]).toEqual([
      'count',
      '44',
      '43',
      false,
    ]);
    expect(checks.find((x) => x.id === 'notes.performance.projects')?.expected.kind).toBe('count');
    expect(checks.find((x) => x.id === 'notes.pct.sangong.total')?.actual).toEqual({
      kind: 'percent',
      value: expect.anything(),
    });
  });
});

describe('a changed cell fails exactly the checks that read it, with both values', () => {
  it('an economic-classification cell: 30101 基本工资 personnel 70.75 → 71.75', () => {
    const d = mutated((raw) => setCell(raw, 'gpbBasic', '30101-50101', 'personnel', '71.75'));
    expect(failures(reconcile(d))).toEqual([
      // The row: 小计 70.75 ≠ 人员支出 71.75 + 日常公用支出 0.
      ['gpbBasic.row.30101-50101.total', 'money 71.75', 'money 70.75'],
      // Its 类 (301/501): Σ 款 personnel 289.24 ≠ the printed 288.24.
      ['gpbBasic.tree.301-501.personnel', 'money 289.24', 'money 288.24'],
    ]);
  });

  it('an economic-classification row changed consistently: only its 类 and the other basic-spending table disagree', () => {
    const d = mutated((raw) => {
      setCell(raw, 'gpbBasic', '30101-50101', 'personnel', '71.75');
      setCell(raw, 'gpbBasic', '30101-50101', 'total', '71.75');
    });
    expect(failures(reconcile(d))).toEqual([
      ['gpbBasic.tree.301-501.total', 'money 289.24', 'money 288.24'],
      ['gpbBasic.tree.301-501.personnel', 'money 289.24', 'money 288.24'],
      ['basic.vs.gpbBasic.30101-50101', 'money 71.75', 'money 70.75'],
    ]);
  });

  it('a function 项: 2069999 项目支出 6086.33 → 6086.34 in 支出总体情况表', () => {
    const d = mutated((raw) => setCell(raw, 'expenditure', '2069999', 'project', '6086.34'));
    expect(failures(reconcile(d))).toEqual([
      ['expenditure.row.2069999.total', 'money 6086.34', 'money 6086.33'],
      ['expenditure.tree.20699.project', 'money 6086.34', 'money 6086.33'],
    ]);
  });

  it('a 三公 item: 2023 公务接待费 1.20 → 1.30', () => {
    const d = mutated((raw) => setCell(raw, 'sangong', 'amounts', 'reception2023', '1.30'));
    expect(failures(reconcile(d))).toEqual([
      ['sangong.2023.total', 'money 2.30', 'money 2.20'],
      // The notes state 1.20, a change of −0.40 and −25.00 %: each now disagrees with the table.
      ['sangong.notes.reception', 'money 1.30', 'money 1.20'],
      ['sangong.notes.reception.change', 'money -0.30', 'money -0.40'],
      ['sangong.notes.reception.pct', 'percent -18.75', 'percent -25.00'],
      // 30217 公务接待费 of the basic-spending table still says 1.20.
      ['sangong.vs.basic.reception', 'money 1.20', 'money 1.30'],
    ]);
  });
});
