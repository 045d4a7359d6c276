import { type Money, money, percentChange, sum } from '../money';
import type { Dataset, NoteFact } from '../model';
import { cell, findRow, ref } from '../table';
import { type Check, countCheck, moneyCheck, percentCheck } from './check';
import { type NotesFigureKey, type NotesPartsKey, message } from './messages';

const G = 'notes';

/** Counts (项目个数, 车辆数) are compared as counts, never shown as money. */
type Kind = 'money' | 'count';
const compare = (kind: Kind) => (kind === 'money' ? moneyCheck : countCheck);

/** The notes' stated numbers against the tables, and their stated changes against their own arithmetic. */
export function notesChecks(d: Dataset): Check[] {
  const facts = new Map(d.notes.facts.map((f) => [f.id, f]));
  const checks: Check[] = [];
  const vs = (id: string, figure: NotesFigureKey, table: Money, kind: Kind = 'money') => {
    const f = facts.get(id);
    if (f)
      checks.push(
        compare(kind)(
          `notes.${id}`,
          G,
          message('reconcile.notes.vsTable', { quote: f.quote, figure: message(figure) }),
          table,
          f.value,
        ),
      );
  };
  const { summary, income, expenditure, projects, procurement, gpbBasic } = d.tables;
  const st = findRow(summary, 'current-total');
  const it = findRow(income, 'total');
  const et = findRow(expenditure, 'total');
  const pt = findRow(projects, 'total');
  const qt = findRow(procurement, 'total');
  const F = 'reconcile.notes.figure';
  vs('income.total', `${F}.summaryIncomeTotal`, cell(st, 'incomeAmount'));
  vs('income.generalPublicBudget', `${F}.incomeGpb`, cell(it, 'gpb'));
  vs('income.other', `${F}.incomeOther`, cell(it, 'other'));
  vs('expenditure.total', `${F}.expenditureTotal`, cell(et, 'total'));
  vs('expenditure.basic', `${F}.expenditureBasic`, cell(et, 'basic'));
  vs('expenditure.project', `${F}.expenditureProject`, cell(et, 'project'));
  vs('procurement.total', `${F}.procurementTotal`, cell(qt, 'total'));
  vs('performance.funds', `${F}.projectsTotal`, cell(pt, 'total'));
  vs('performance.fiscal', `${F}.projectsFiscal`, cell(pt, 'fiscal'));
  vs('performance.evaluatedFunds', `${F}.projectsTotal`, cell(pt, 'total'));
  vs('performance.evaluatedFiscal', `${F}.projectsFiscal`, cell(pt, 'fiscal'));
  vs('performance.projects', `${F}.projectsCount`, countOf(d.projects.length), 'count');
  vs('performance.evaluatedProjects', `${F}.projectsCount`, countOf(d.projects.length), 'count');

  // `suffix` tells apart two checks of one stated figure (change.total against the expenditure and the income
  // change): a check's id is its anchor in the report (`#check-<id>`) and its React key, so it must be unique.
  const parts = (id: string, ids: string[], key: NotesPartsKey, kind: Kind = 'money', suffix = '') => {
    const f = facts.get(id);
    const found = ids.map((x) => facts.get(x)).filter((x): x is NoteFact => !!x);
    if (f && found.length === ids.length)
      checks.push(
        compare(kind)(`notes.parts.${id}${suffix}`, G, message(key), sum(found.map((x) => x.value)), f.value),
      );
  };
  const P = 'reconcile.notes.parts';
  parts('change.expenditure', ['change.basic', 'change.project'], `${P}.expenditureChange`);
  parts('change.total', ['change.expenditure'], `${P}.totalChangeIsExpenditureChange`);
  parts('change.total', ['change.income'], `${P}.totalChangeIsIncomeChange`, 'money', '.income');
  parts(
    'procurement.total',
    ['procurement.goods', 'procurement.works', 'procurement.services'],
    `${P}.procurement`,
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
    `${P}.vehicles`,
    'count',
  );
  parts('sangong.vehicle', ['sangong.vehiclePurchase', 'sangong.vehicleOperation'], `${P}.sangongVehicle`);
  parts('sangong.total', ['sangong.abroad', 'sangong.vehicle', 'sangong.reception'], `${P}.sangongTotal`);

  // A stated percentage is the stated change over last year's value (this year − change), rounded to 2 places.
  for (const base of ['sangong.total', 'sangong.vehicleOperation', 'sangong.reception', 'adminCost']) {
    const value = facts.get(base);
    const change = facts.get(`${base}.change`);
    const pct = facts.get(`${base}.changePct`);
    if (!value || !change || !pct) continue;
    const computed = percentChange(value.value.minus(change.value), value.value);
    checks.push(
      percentCheck(
        `notes.pct.${base}`,
        G,
        message('reconcile.notes.pct', { quote: pct.quote }),
        computed,
        pct.value,
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
        message('reconcile.notes.adminCost'),
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
