import { type Money, percentChange, sum } from '../money';
import type { Dataset } from '../model';
import { cell, ref } from '../table';
import { type Check, moneyCheck, valueCheck } from './check';

const G = '七、“三公”经费支出情况表';
const ITEMS = [
  ['abroad', '因公出国(境)费'],
  ['vehiclePurchase', '公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
  ['reception', '公务接待费'],
  ['vehicle', '公务用车购置及运行费'],
  ['total', '“三公”经费合计'],
] as const;

export function sangongChecks(d: Dataset): Check[] {
  const t = d.tables.sangong;
  const row = t.rows[0];
  if (!row) return [];
  const years = [d.year - 1, d.year];
  const checks: Check[] = years.flatMap((y) => [
    moneyCheck(
      `sangong.${y}.vehicle`,
      G,
      `${y}年:公务用车购置及运行维护费小计等于购置经费加运行维护费`,
      sum([cell(row, `vehiclePurchase${y}`), cell(row, `vehicleOperation${y}`)]),
      cell(row, `vehicle${y}`),
      [ref(t, row, `vehicle${y}`)],
    ),
    moneyCheck(
      `sangong.${y}.total`,
      G,
      `${y}年:“三公”经费合计等于因公出国(境)、公务用车、公务接待之和`,
      sum([cell(row, `abroad${y}`), cell(row, `vehicle${y}`), cell(row, `reception${y}`)]),
      cell(row, `total${y}`),
      [ref(t, row, `total${y}`)],
    ),
  ]);
  const facts = new Map(d.notes.facts.map((f) => [f.id, f]));
  const [before, after] = years;
  for (const [key, label] of ITEMS) {
    const now = cell(row, `${key}${after}`);
    const then = cell(row, `${key}${before}`);
    const value = facts.get(`sangong.${key}`);
    const change = facts.get(`sangong.${key}.change`);
    const pct = facts.get(`sangong.${key}.changePct`);
    if (value)
      checks.push(
        moneyCheck(`sangong.notes.${key}`, G, `说明中的${label}等于表中${after}年数`, now, value.value, [
          ref(t, row, `${key}${after}`),
        ]),
      );
    if (change)
      checks.push(
        moneyCheck(
          `sangong.notes.${key}.change`,
          G,
          `说明中${label}的增减额等于表中${after}年数减${before}年数`,
          now.minus(then),
          change.value,
          [ref(t, row, `${key}${before}`)],
        ),
      );
    if (pct)
      checks.push(
        valueCheck(
          `sangong.notes.${key}.pct`,
          G,
          `说明中${label}的增减百分比等于表中两年数计算所得`,
          percentChange(then, now)?.toFixed(2) ?? '—',
          pct.value.toFixed(2),
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
      `${after}年公务接待费等于一般公共预算基本支出情况表中30217公务接待费之和`,
      econ('17'),
      cell(row, `reception${after}`),
    ),
    moneyCheck(
      'sangong.vs.basic.vehicleOperation',
      G,
      `${after}年公务用车运行维护费等于一般公共预算基本支出情况表中30231公务用车运行维护费之和`,
      econ('31'),
      cell(row, `vehicleOperation${after}`),
    ),
  );
  return checks;
}
