import { describe, expect, it } from 'vitest';
import { performanceChecks } from './performance';
import { summarize } from './reconcile';
import { build, type DatasetSpec, failures, ids } from './testing/build';

/** p01 12.00 all 财政拨款; p02 7.00 of which 6.50 财政拨款 and 0.50 other; p03 1.00 with no 财政拨款. */
const spec = (): DatasetSpec => ({
  tables: {},
  projects: [
    { id: 'p01', name: '项目一', total: '12.00', fiscal: '12.00' },
    { id: 'p02', name: '项目二', total: '7.00', fiscal: '6.50' },
    { id: 'p03', name: '项目三', total: '1.00', fiscal: null },
  ],
  performance: [
    { projectId: 'p01', total: '12.00', fiscal: '12.00', other: null },
    { projectId: 'p02', total: '7.00', fiscal: '6.50', other: '0.50' },
    { projectId: 'p03', total: '1.00', fiscal: null, other: '1.00' },
  ],
  facts: { 'performance.projects': '3' },
});

const checksOf = (s: DatasetSpec) => performanceChecks(build(s));

describe('performance-table checks on constructed projects and their tables', () => {
  it('checks each table’s 资金 against its project and the tables against the stated count, all passing', () => {
    const checks = checksOf(spec());
    expect(failures(checks)).toEqual([]);
    expect(ids(checks)).toEqual([
      ...['p01', 'p02', 'p03'].flatMap((p) =>
        ['total', 'fiscal', 'other'].map((k) => `performance.${p}.${k}`),
      ),
      'performance.coverage',
    ]);
    expect(checks.find((c) => c.id === 'performance.p02.other')?.message).toEqual({
      key: 'reconcile.performance.other',
      values: { project: 'p02', name: '项目二' },
    });
  });

  it.each<[string, (s: DatasetSpec) => void, string[][]]>([
    [
      'a table’s 资金总额 (7.00 → 7.50)',
      (s) => (s.performance![1]!.total = '7.50'),
      [['performance.p02.total', 'money 7.00', 'money 7.50']],
    ],
    [
      'a table’s 财政拨款 (12.00 → 11.00)',
      (s) => (s.performance![0]!.fiscal = '11.00'),
      [['performance.p01.fiscal', 'money 12.00', 'money 11.00']],
    ],
    [
      'a table’s 其他资金 left blank (0.50 → blank)',
      (s) => (s.performance![1]!.other = null),
      [['performance.p02.other', 'money 0.50', 'money 0.00']],
    ],
    [
      'the project’s 财政拨款 (blank → 0.50): both the fiscal and the other part',
      (s) => (s.projects![2]!.fiscal = '0.50'),
      [
        ['performance.p03.fiscal', 'money 0.50', 'money 0.00'],
        ['performance.p03.other', 'money 0.50', 'money 1.00'],
      ],
    ],
    [
      'the project’s total (12.00 → 12.01): the total and the other part',
      (s) => (s.projects![0]!.total = '12.01'),
      [
        ['performance.p01.total', 'money 12.01', 'money 12.00'],
        ['performance.p01.other', 'money 0.01', 'money 0.00'],
      ],
    ],
  ])('one figure off, %s', (_what, change, expected) => {
    const s = spec();
    change(s);
    expect(failures(checksOf(s))).toEqual(expected);
  });

  it('a project without a table is an observation naming it, not a failed identity', () => {
    const s = spec();
    s.performance = s.performance!.slice(0, 2);
    const checks = checksOf(s);
    expect(failures(checks)).toEqual([['performance.coverage', 'count 3', 'count 2']]);
    expect(summarize(checks).failedIdentities).toEqual([]);
    expect(checks.at(-1)?.message).toEqual({
      key: 'reconcile.performance.coverage',
      values: {
        stated: '3',
        missing: {
          key: 'reconcile.performance.coverageMissing',
          values: { projects: { list: ['p03 项目三'] } },
        },
      },
    });
  });

  it('without a stated count, counts the projects', () => {
    const s = spec();
    s.facts = {};
    s.projects!.push({ id: 'p04', name: '项目四', total: '1.00', fiscal: '1.00' });
    expect(failures(checksOf(s))).toEqual([['performance.coverage', 'count 4', 'count 3']]);
  });
});
