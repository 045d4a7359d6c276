import { type Money, percentChange, sum } from '../money';
import type { Dataset } from '../model';
import { cell, ref } from '../table';
import { type Check, moneyCheck, percentCheck } from './check';
import { type SangongItem, message } from './messages';

const G = 'sangong';
const ITEMS: readonly SangongItem[] = [
  'abroad',
  'vehiclePurchase',
  'vehicleOperation',
  'reception',
  'vehicle',
  'total',
];

export function sangongChecks(d: Dataset): Check[] {
  const t = d.tables.sangong;
  const row = t.rows[0];
  if (!row) return [];
  const before = d.year - 1;
  const after = d.year;
  const years = [before, after];
  const checks: Check[] = years.flatMap((y) => [
    moneyCheck(
      `sangong.${y}.vehicle`,
      G,
      message('reconcile.sangong.vehicle', { year: y }),
      sum([cell(row, `vehiclePurchase${y}`), cell(row, `vehicleOperation${y}`)]),
      cell(row, `vehicle${y}`),
      [ref(t, row, `vehicle${y}`)],
    ),
    moneyCheck(
      `sangong.${y}.total`,
      G,
      message('reconcile.sangong.total', { year: y }),
      sum([cell(row, `abroad${y}`), cell(row, `vehicle${y}`), cell(row, `reception${y}`)]),
      cell(row, `total${y}`),
      [ref(t, row, `total${y}`)],
    ),
  ]);
  const facts = new Map(d.notes.facts.map((f) => [f.id, f]));
  for (const key of ITEMS) {
    const item = message(`reconcile.sangong.item.${key}`);
    const now = cell(row, `${key}${after}`);
    const then = cell(row, `${key}${before}`);
    const value = facts.get(`sangong.${key}`);
    const change = facts.get(`sangong.${key}.change`);
    const pct = facts.get(`sangong.${key}.changePct`);
    if (value)
      checks.push(
        moneyCheck(
          `sangong.notes.${key}`,
          G,
          message('reconcile.sangong.stated', { item, year: after }),
          now,
          value.value,
          [ref(t, row, `${key}${after}`)],
        ),
      );
    if (change)
      checks.push(
        moneyCheck(
          `sangong.notes.${key}.change`,
          G,
          message('reconcile.sangong.statedChange', { item, year: after, before }),
          now.minus(then),
          change.value,
          [ref(t, row, `${key}${before}`)],
        ),
      );
    if (pct)
      checks.push(
        percentCheck(
          `sangong.notes.${key}.pct`,
          G,
          message('reconcile.sangong.statedPct', { item }),
          percentChange(then, now),
          pct.value,
        ),
      );
  }
  // 公务接待费 and 公务用车运行维护费 are also economic lines (30217, 30231) of the basic-spending table.
  const basic = d.tables.gpbBasic;
  const econ = (kuan: string): Money =>
    sum(
      basic.rows
        .filter((r) => r.text.deptClass === '302' && r.text.deptKuan === kuan)
        .map((r) => cell(r, 'total')),
    );
  checks.push(
    moneyCheck(
      'sangong.vs.basic.reception',
      G,
      message('reconcile.sangong.vsBasicReception', { year: after }),
      econ('17'),
      cell(row, `reception${after}`),
    ),
    moneyCheck(
      'sangong.vs.basic.vehicleOperation',
      G,
      message('reconcile.sangong.vsBasicVehicleOperation', { year: after }),
      econ('31'),
      cell(row, `vehicleOperation${after}`),
    ),
  );
  return checks;
}
