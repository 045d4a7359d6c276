import type { Money } from './money';
import type { Dataset, NoteFact } from './model';
import { SANGONG_ITEMS, type SangongKey } from './sangong';
import type { MoneyColumn } from './table-columns';

/** Budget against actual for one line of a 决算: what was planned, what was spent, and what the document says. */
export interface ExecutionRow {
  key: string;
  /** 7-digit 科目 code of a 项 (null for a 三公 item or a 项 the tables do not settle). */
  code: string | null;
  /** As the document names it: 类/款/项 path, or the 三公 item. */
  name: string;
  /** 年初预算, 全年预算 or 预算数: which budget the document compares with. */
  budgetLabel: string;
  budget: Money | null;
  actual: Money | null;
  /** actual − budget (derived, exact). */
  gap: Money | null;
  /** actual ÷ budget in % (derived; null for a zero or missing budget). */
  ratio: Money | null;
  /** The completion ratio the document itself states, when it does. */
  statedRatio: Money | null;
  reason: string | null;
  at: NoteFact | null;
}

function row(
  key: string,
  code: string | null,
  name: string,
  budgetLabel: string,
  budget: Money | null,
  actual: Money | null,
  extra: Pick<ExecutionRow, 'statedRatio' | 'reason' | 'at'>,
): ExecutionRow {
  const gap = budget && actual ? actual.minus(budget) : null;
  const ratio = budget && actual && !budget.isZero() ? actual.div(budget).times(100) : null;
  return { key, code, name, budgetLabel, budget, actual, gap, ratio, ...extra };
}

/** Largest gap first (over or under), then by code: where execution departed most from the plan. */
const byGap = (a: ExecutionRow, b: ExecutionRow) =>
  (b.gap?.abs().comparedTo(a.gap?.abs() ?? 0) ?? 0) || (a.code ?? a.name).localeCompare(b.code ?? b.name);

/** Per 项, from the narrative's statements (execution.<code>.budget / .actual / .ratio facts). */
export function itemExecution(d: Dataset): ExecutionRow[] {
  const facts = new Map(d.notes.facts.map((f) => [f.id, f]));
  const ids = [
    ...new Set(d.notes.facts.filter((f) => f.id.startsWith('execution.')).map((f) => f.id.split('.')[1])),
  ];
  return ids
    .map((id) => {
      const budget = facts.get(`execution.${id}.budget`) ?? null;
      const actual = facts.get(`execution.${id}.actual`) ?? null;
      const ratio = facts.get(`execution.${id}.ratio`) ?? null;
      const at = actual ?? budget;
      const label = /全年预算/.test(at?.quote ?? '') ? '全年预算' : '年初预算';
      return row(
        `fn-${id}`,
        /^\d{7}$/.test(id ?? '') ? (id as string) : null,
        at?.label ?? '',
        label,
        budget?.value ?? null,
        actual?.value ?? null,
        { statedRatio: ratio?.value ?? null, reason: at?.reason ?? null, at },
      );
    })
    .sort(byGap);
}

/** Per 三公 item, from the 决算 table's 预算数 / 决算数 pairs (an empty cell is a zero the table prints blank). */
export function sangongExecution(d: Dataset): ExecutionRow[] {
  const t = d.tables.sangong;
  if (!t.columns.some((c) => c.key === `totalBudget${d.year}`)) return [];
  const r = t.rows[0];
  const zero = (k: MoneyColumn<'sangong'>): Money | null => r?.money[k] ?? null;
  const facts = new Map(d.notes.facts.map((f) => [f.id, f]));
  return SANGONG_ITEMS.map(({ key, label }: { key: SangongKey; label: string }) => {
    const budget = zero(`${key}Budget${d.year}`);
    const actual = zero(`${key}${d.year}`);
    // Blank cells in a printed table are zeros; both blank means the item had neither budget nor spending.
    const b = budget ?? (actual ? actual.times(0) : null);
    const a = actual ?? (budget ? budget.times(0) : null);
    // What the narrative says of the item (七(一)): its stated ratio and reason, beside the table's figures.
    const said = (f: string) => facts.get(`sangongExecution.${key}.${f}`) ?? null;
    const at = said('actual') ?? said('ratio');
    return row(`sg-${key}`, null, label, '预算数', b, a, {
      statedRatio: said('ratio')?.value ?? null,
      reason: at?.reason ?? null,
      at,
    });
  });
}
