import { describe, expect, it } from 'vitest';
import { sangongChecks } from './sangong';
import { build, type DatasetSpec, failures, ids, row, setCell, setFact } from './testing/build';

const kuan = (id: string, total: string, k: string) => row(id, { total }, { deptClass: '302', deptKuan: k });

/**
 * 三公 2.90 → 2.20 (−0.70, −24.14 %): 公务用车运行维护费 1.30 → 1.00 (−23.08 %), 公务接待费 1.60 → 1.20 (−25.00 %),
 * nothing abroad or bought. Table 六 prints 30217 公务接待费 1.20 and 30231 运行维护费 as 0.60 + 0.40 on two rows.
 */
const spec = (): DatasetSpec => ({
  tables: {
    sangong: [
      row('amounts', {
        total2022: '2.90',
        abroad2022: '0.00',
        vehicle2022: '1.30',
        vehiclePurchase2022: '0.00',
        vehicleOperation2022: '1.30',
        reception2022: '1.60',
        total2023: '2.20',
        abroad2023: '0.00',
        vehicle2023: '1.00',
        vehiclePurchase2023: null,
        vehicleOperation2023: '1.00',
        reception2023: '1.20',
      }),
    ],
    gpbBasic: [
      kuan('30217-50201', '1.20', '17'),
      kuan('30231-50201', '0.60', '31'),
      kuan('30231-50502', '0.40', '31'),
      kuan('30201-50201', '9.00', '01'),
    ],
  },
  facts: {
    'sangong.total': '2.20',
    'sangong.total.change': '-0.70',
    'sangong.total.changePct': '-24.14',
    'sangong.vehicleOperation': '1.00',
    'sangong.vehicleOperation.change': '-0.30',
    'sangong.vehicleOperation.changePct': '-23.08',
    'sangong.reception': '1.20',
    'sangong.reception.change': '-0.40',
    'sangong.reception.changePct': '-25.00',
  },
});

const checksOf = (s: DatasetSpec) => sangongChecks(build(s));

describe('三公 checks on a constructed 三公 table, its notes and table 六', () => {
  it('checks both years’ sums, each stated figure, change and percentage, and table 六, all passing', () => {
    const checks = checksOf(spec());
    expect(failures(checks)).toEqual([]);
    expect(ids(checks)).toEqual([
      'sangong.2022.vehicle',
      'sangong.2022.total',
      'sangong.2023.vehicle',
      'sangong.2023.total',
      'sangong.notes.vehicleOperation',
      'sangong.notes.vehicleOperation.change',
      'sangong.notes.vehicleOperation.pct',
      'sangong.notes.reception',
      'sangong.notes.reception.change',
      'sangong.notes.reception.pct',
      'sangong.notes.total',
      'sangong.notes.total.change',
      'sangong.notes.total.pct',
      'sangong.vs.basic.reception',
      'sangong.vs.basic.vehicleOperation',
    ]);
    expect(checks.find((c) => c.id === 'sangong.notes.reception.change')?.message).toEqual({
      key: 'reconcile.sangong.statedChange',
      values: { item: { key: 'reconcile.sangong.item.reception' }, year: 2023, before: 2022 },
    });
  });

  it.each<[string, (s: DatasetSpec) => void, string[][]]>([
    [
      '2023 公务接待费 1.20 → 1.30: the sum, the stated figure, change and percentage, table 六',
      (s) => setCell(s, 'sangong', 'amounts', 'reception2023', '1.30'),
      [
        ['sangong.2023.total', 'money 2.30', 'money 2.20'],
        ['sangong.notes.reception', 'money 1.30', 'money 1.20'],
        ['sangong.notes.reception.change', 'money -0.30', 'money -0.40'],
        ['sangong.notes.reception.pct', 'percent -18.75', 'percent -25.00'],
        ['sangong.vs.basic.reception', 'money 1.20', 'money 1.30'],
      ],
    ],
    [
      '2022 车辆小计 1.30 → 1.40: that year’s two sums',
      (s) => setCell(s, 'sangong', 'amounts', 'vehicle2022', '1.40'),
      [
        ['sangong.2022.vehicle', 'money 1.30', 'money 1.40'],
        ['sangong.2022.total', 'money 3.00', 'money 2.90'],
      ],
    ],
    [
      '2022 合计 2.90 → 3.00: the sum and the stated change from it',
      (s) => setCell(s, 'sangong', 'amounts', 'total2022', '3.00'),
      [
        ['sangong.2022.total', 'money 2.90', 'money 3.00'],
        ['sangong.notes.total.change', 'money -0.80', 'money -0.70'],
        ['sangong.notes.total.pct', 'percent -26.67', 'percent -24.14'],
      ],
    ],
    [
      'a stated percentage one hundredth off (−24.14 → −24.15)',
      (s) => setFact(s, 'sangong.total.changePct', '-24.15'),
      [['sangong.notes.total.pct', 'percent -24.14', 'percent -24.15']],
    ],
    [
      'a stated change with the wrong sign (−0.30 → 0.30)',
      (s) => setFact(s, 'sangong.vehicleOperation.change', '0.30'),
      [['sangong.notes.vehicleOperation.change', 'money -0.30', 'money 0.30']],
    ],
    [
      'one of the two 30231 rows of table 六 (0.40 → 0.50)',
      (s) => setCell(s, 'gpbBasic', '30231-50502', 'total', '0.50'),
      [['sangong.vs.basic.vehicleOperation', 'money 1.10', 'money 1.00']],
    ],
  ])('one figure off, %s', (_what, change, expected) => {
    const s = spec();
    change(s);
    expect(failures(checksOf(s))).toEqual(expected);
  });

  it('reads the columns of the dataset’s year and the year before', () => {
    const s = spec();
    s.year = 2024;
    const checks = checksOf(s);
    // The 2023 columns now hold last year (and add up); 2024 is blank, so the notes' figures meet zeros.
    expect(ids(checks).slice(0, 4)).toEqual([
      'sangong.2023.vehicle',
      'sangong.2023.total',
      'sangong.2024.vehicle',
      'sangong.2024.total',
    ]);
    expect(failures(checks)[0]).toEqual(['sangong.notes.vehicleOperation', 'money 0.00', 'money 1.00']);
  });
});
