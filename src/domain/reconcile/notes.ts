import { type Money, money, percentChange, sum } from '../money';
import type { Dataset, NoteFact } from '../model';
import { cell, findRow, ref } from '../table';
import { type Check, moneyCheck, valueCheck } from './check';

const G = '第三部分 说明';

/** The notes' stated numbers against the tables, and their stated changes against their own arithmetic. */
export function notesChecks(d: Dataset): Check[] {
  const facts = new Map(d.notes.facts.map((f) => [f.id, f]));
  const checks: Check[] = [];
  const vs = (id: string, sentence: string, table: Money, refs: Check['refs'] = []) => {
    const f = facts.get(id);
    if (f)
      checks.push(
        moneyCheck(`notes.${id}`, G, `说明“${f.quote}”与表中数字一致:${sentence}`, table, f.value, refs),
      );
  };
  const { summary, income, expenditure, projects, procurement, gpbBasic } = d.tables;
  const st = findRow(summary, 'current-total');
  const it = findRow(income, 'total');
  const et = findRow(expenditure, 'total');
  const pt = findRow(projects, 'total');
  const qt = findRow(procurement, 'total');
  vs('income.total', '收支总体情况表本年收入合计', cell(st, 'incomeAmount'));
  vs('income.generalPublicBudget', '收入总体情况表合计行“一般公共预算收入”', cell(it, 'gpb'));
  vs('income.other', '收入总体情况表合计行“其他收入”', cell(it, 'other'));
  vs('expenditure.total', '支出总体情况表合计', cell(et, 'total'));
  vs('expenditure.basic', '支出总体情况表合计行“基本支出”', cell(et, 'basic'));
  vs('expenditure.project', '支出总体情况表合计行“项目支出”', cell(et, 'project'));
  vs('procurement.total', '政府采购预算情况表合计', cell(qt, 'total'));
  vs('performance.funds', '项目支出预算情况表合计', cell(pt, 'total'));
  vs('performance.fiscal', '项目支出预算情况表财政拨款小计', cell(pt, 'fiscal'));
  vs('performance.evaluatedFunds', '项目支出预算情况表合计', cell(pt, 'total'));
  vs('performance.evaluatedFiscal', '项目支出预算情况表财政拨款小计', cell(pt, 'fiscal'));
  vs('performance.projects', '项目支出预算情况表的项目个数', countOf(d.projects.length));
  vs('performance.evaluatedProjects', '项目支出预算情况表的项目个数', countOf(d.projects.length));

  const parts = (id: string, ids: string[], sentence: string) => {
    const f = facts.get(id);
    const found = ids.map((x) => facts.get(x)).filter((x): x is NoteFact => !!x);
    if (f && found.length === ids.length)
      checks.push(moneyCheck(`notes.parts.${id}`, G, sentence, sum(found.map((x) => x.value)), f.value));
  };
  parts(
    'change.expenditure',
    ['change.basic', 'change.project'],
    '说明:支出增加额等于基本支出增加额加项目支出增加额',
  );
  parts('change.total', ['change.expenditure'], '说明:收支预算增加额等于支出预算增加额');
  parts('change.total', ['change.income'], '说明:收支预算增加额等于收入预算增加额');
  parts(
    'procurement.total',
    ['procurement.goods', 'procurement.works', 'procurement.services'],
    '说明:政府采购预算等于货物、工程、服务之和',
  );
  parts(
    'assets.vehicles',
    [
      'assets.vehicles.confidential',
      'assets.vehicles.emergency',
      'assets.vehicles.enforcement',
      'assets.vehicles.special',
      'assets.vehicles.other',
    ],
    '说明:车辆总数等于各类车辆之和',
  );
  parts(
    'sangong.vehicle',
    ['sangong.vehiclePurchase', 'sangong.vehicleOperation'],
    '说明:公务用车购置及运行费等于购置费加运行维护费',
  );
  parts(
    'sangong.total',
    ['sangong.abroad', 'sangong.vehicle', 'sangong.reception'],
    '说明:“三公”经费等于三项之和',
  );

  // A stated percentage is the stated change over last year's value (this year − change), rounded to 2 places.
  for (const base of ['sangong.total', 'sangong.vehicleOperation', 'sangong.reception', 'adminCost']) {
    const value = facts.get(base);
    const change = facts.get(`${base}.change`);
    const pct = facts.get(`${base}.changePct`);
    if (!value || !change || !pct) continue;
    const computed = percentChange(value.value.minus(change.value), value.value);
    checks.push(
      valueCheck(
        `notes.pct.${base}`,
        G,
        `说明:“${pct.quote}”的百分比等于变化额÷上年数(本年数−变化额)`,
        computed?.toFixed(2) ?? '—',
        pct.value.toFixed(2),
      ),
    );
  }

  // 机关运行经费 is the 机关's 日常公用支出: observed equal to the 机关商品和服务支出 (502) of table 六.
  const admin = facts.get('adminCost');
  const g502 = gpbBasic.rows.find((r) => r.text.govClass === '502' && !r.text.govKuan);
  if (admin && g502)
    checks.push({
      ...moneyCheck(
        'notes.adminCost.vs.gpbBasic',
        G,
        '说明的机关运行经费与一般公共预算基本支出情况表“机关商品和服务支出”(502)一致',
        cell(g502, 'total'),
        admin.value,
        [ref(gpbBasic, g502, 'total')],
      ),
      severity: 'observation',
    });
  return checks;
}

function countOf(n: number): Money {
  return money(String(n));
}
