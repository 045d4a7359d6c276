import { describe, expect, it } from 'vitest';
import { notesChecks } from './notes';
import { summarize } from './reconcile';
import { build, type DatasetSpec, failures, fnRow, ids, row, setCell, setFact } from './testing/build';

/**
 * The notes state what the tables print: 收入 40.00 (一般公共预算 30.00 + 其他 10.00), 支出 40.00 (基本 20.00 + 项目
 * 20.00, each up on last year: +1.00 and +2.00), 政府采购 5.00 (2 + 1 + 2), two projects (20.00, 19.00 财政拨款), three
 * vehicles, 三公 2.20 (−0.70, −24.14 %) and 机关运行经费 10.00 (−2.27, −18.50 %) = table 六's 502 row.
 */
const spec = (): DatasetSpec => ({
  tables: {
    summary: [row('current-total', { incomeAmount: '40.00' }, { incomeItem: '本年收入合计' })],
    income: [fnRow('total', { gpb: '30.00', other: '10.00' })],
    expenditure: [fnRow('total', { total: '40.00', basic: '20.00', project: '20.00' })],
    procurement: [fnRow('total', { total: '5.00' })],
    projects: [row('total', { total: '20.00', fiscal: '19.00' })],
    gpbBasic: [
      row('502', { total: '10.00' }, { govClass: '502', govKuan: '' }),
      row('50201', { total: '4.00' }, { govClass: '502', govKuan: '01' }),
    ],
  },
  projects: [
    { id: 'p01', name: '项目一', total: '12.00', fiscal: '12.00' },
    { id: 'p02', name: '项目二', total: '8.00', fiscal: '7.00' },
  ],
  facts: {
    'income.total': '40.00',
    'income.generalPublicBudget': '30.00',
    'income.other': '10.00',
    'expenditure.total': '40.00',
    'expenditure.basic': '20.00',
    'expenditure.project': '20.00',
    'procurement.total': '5.00',
    'performance.funds': '20.00',
    'performance.fiscal': '19.00',
    'performance.evaluatedFunds': '20.00',
    'performance.evaluatedFiscal': '19.00',
    'performance.projects': '2',
    'performance.evaluatedProjects': '2',
    'change.basic': '1.00',
    'change.project': '2.00',
    'change.expenditure': '3.00',
    'change.income': '3.00',
    'change.total': '3.00',
    'procurement.goods': '2.00',
    'procurement.works': '1.00',
    'procurement.services': '2.00',
    'assets.vehicles': '3',
    'assets.vehicles.confidential': '0',
    'assets.vehicles.emergency': '1',
    'assets.vehicles.enforcement': '1',
    'assets.vehicles.special': '0',
    'assets.vehicles.other': '1',
    'sangong.abroad': '0.00',
    'sangong.vehiclePurchase': '0.00',
    'sangong.vehicleOperation': '1.00',
    'sangong.vehicleOperation.change': '-0.30',
    'sangong.vehicleOperation.changePct': '-23.08',
    'sangong.vehicle': '1.00',
    'sangong.reception': '1.20',
    'sangong.reception.change': '-0.40',
    'sangong.reception.changePct': '-25.00',
    'sangong.total': '2.20',
    'sangong.total.change': '-0.70',
    'sangong.total.changePct': '-24.14',
    adminCost: '10.00',
    'adminCost.change': '-2.27',
    'adminCost.changePct': '-18.50',
  },
});

const checksOf = (s: DatasetSpec) => notesChecks(build(s));

describe('notes checks on constructed statements and tables', () => {
  it('checks each stated figure, sum and percentage once, all passing', () => {
    const checks = checksOf(spec());
    expect(failures(checks)).toEqual([]);
    expect(ids(checks)).toEqual([
      'notes.income.total',
      'notes.income.generalPublicBudget',
      'notes.income.other',
      'notes.expenditure.total',
      'notes.expenditure.basic',
      'notes.expenditure.project',
      'notes.procurement.total',
      'notes.performance.funds',
      'notes.performance.fiscal',
      'notes.performance.evaluatedFunds',
      'notes.performance.evaluatedFiscal',
      'notes.performance.projects',
      'notes.performance.evaluatedProjects',
      'notes.parts.change.expenditure',
      'notes.parts.change.total',
      'notes.parts.change.total.income',
      'notes.parts.procurement.total',
      'notes.parts.assets.vehicles',
      'notes.parts.sangong.vehicle',
      'notes.parts.sangong.total',
      'notes.pct.sangong.total',
      'notes.pct.sangong.vehicleOperation',
      'notes.pct.sangong.reception',
      'notes.pct.adminCost',
      'notes.adminCost.vs.gpbBasic',
    ]);
    expect(checks.find((c) => c.id === 'notes.income.other')?.message).toEqual({
      key: 'reconcile.notes.vsTable',
      values: { quote: '述income.other', figure: { key: 'reconcile.notes.figure.incomeOther' } },
    });
    expect(checks.find((c) => c.id === 'notes.parts.assets.vehicles')?.expected.kind).toBe('count');
  });

  it.each<[string, (s: DatasetSpec) => void, string[][]]>([
    [
      'a stated figure (其他收入 10.00 → 10.01)',
      (s) => setFact(s, 'income.other', '10.01'),
      [['notes.income.other', 'money 10.00', 'money 10.01']],
    ],
    [
      'the table under a stated figure (一般公共预算 30.00 → 31.00)',
      (s) => setCell(s, 'income', 'total', 'gpb', '31.00'),
      [['notes.income.generalPublicBudget', 'money 31.00', 'money 30.00']],
    ],
    [
      'table 一’s 本年收入合计 (40.00 → 39.00)',
      (s) => setCell(s, 'summary', 'current-total', 'incomeAmount', '39.00'),
      [['notes.income.total', 'money 39.00', 'money 40.00']],
    ],
    [
      'the projects’ 财政拨款 (19.00 → 18.50), stated twice',
      (s) => setCell(s, 'projects', 'total', 'fiscal', '18.50'),
      [
        ['notes.performance.fiscal', 'money 18.50', 'money 19.00'],
        ['notes.performance.evaluatedFiscal', 'money 18.50', 'money 19.00'],
      ],
    ],
    [
      'a stated count (2 → 3 projects), compared as a count',
      (s) => setFact(s, 'performance.projects', '3'),
      [['notes.performance.projects', 'count 2', 'count 3']],
    ],
    [
      'a part of a stated change (基本 +1.00 → +1.50)',
      (s) => setFact(s, 'change.basic', '1.50'),
      [['notes.parts.change.expenditure', 'money 3.50', 'money 3.00']],
    ],
    [
      'the stated income change (+3.00 → +4.00)',
      (s) => setFact(s, 'change.income', '4.00'),
      [['notes.parts.change.total.income', 'money 4.00', 'money 3.00']],
    ],
    [
      'a part of 政府采购 (工程 1.00 → 0.00)',
      (s) => setFact(s, 'procurement.works', '0.00'),
      [['notes.parts.procurement.total', 'money 4.00', 'money 5.00']],
    ],
    [
      'a kind of vehicle (其他 1 → 2)',
      (s) => setFact(s, 'assets.vehicles.other', '2'),
      [['notes.parts.assets.vehicles', 'count 4', 'count 3']],
    ],
    [
      'the stated 三公 total (2.20 → 2.30): its parts and its percentage',
      (s) => setFact(s, 'sangong.total', '2.30'),
      [
        ['notes.parts.sangong.total', 'money 2.20', 'money 2.30'],
        ['notes.pct.sangong.total', 'percent -23.33', 'percent -24.14'],
      ],
    ],
    [
      'a stated percentage (机关运行经费 −18.50 → −18.51)',
      (s) => setFact(s, 'adminCost.changePct', '-18.51'),
      [['notes.pct.adminCost', 'percent -18.50', 'percent -18.51']],
    ],
  ])('one figure off, %s', (_what, change, expected) => {
    const s = spec();
    change(s);
    const checks = checksOf(s);
    expect(failures(checks)).toEqual(expected);
    expect(summarize(checks).failedIdentities.map((c) => c.id)).toEqual(expected.map(([id]) => id));
  });

  it('机关运行经费 against table 六’s 502 row is an observation, never a failed identity', () => {
    const s = spec();
    setCell(s, 'gpbBasic', '502', 'total', '9.00');
    const checks = checksOf(s);
    expect(failures(checks)).toEqual([['notes.adminCost.vs.gpbBasic', 'money 9.00', 'money 10.00']]);
    expect(summarize(checks).failedIdentities).toEqual([]);
  });

  it('checks nothing for a statement the notes do not make, nor a sum with a part missing', () => {
    const s = spec();
    delete s.facts!['income.other'];
    delete s.facts!['procurement.works'];
    delete s.facts!['adminCost.changePct'];
    const got = ids(checksOf(s));
    expect(got).toHaveLength(22);
    expect(got).not.toContain('notes.income.other');
    expect(got).not.toContain('notes.parts.procurement.total');
    expect(got).not.toContain('notes.pct.adminCost');
  });
});
