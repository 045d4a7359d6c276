import Decimal from 'decimal.js';

export type Comparator = '≥' | '≤' | '=' | '>' | '<';

/** A printed 指标值 read into a form a machine can compare. `printed` is always kept for display. */
export type ParsedTarget =
  | {
      kind: 'quantity';
      /** null when the document prints a bare number ("100%"). */
      comparator: Comparator | null;
      value: Decimal;
      /** Unit as printed after the number (%, 万元, 套, 百分比, 天/年 …); "" when none. */
      unit: string;
      /** A parenthesised remark after the unit, as printed ("(年)", "(不包含…)"). */
      qualifier: string | null;
      /** A comparator glyph the document used that is read as another (≪ is read as ≤). */
      readAs: string | null;
    }
  | { kind: 'grade'; grade: string }
  | { kind: 'date'; year: number; month: number; day: number | null; suffix: string }
  | { kind: 'text'; text: string }
  /** The document prints nothing in the 指标值 cell. */
  | { kind: 'blank' };

/** Qualitative grades used as targets in 部门预算 绩效目标表. */
export const GRADES = [
  '优',
  '良',
  '中',
  '差',
  '高',
  '较高',
  '低',
  '好',
  '较好',
  '一等',
  '二等',
  '三等',
] as const;

const COMPARATORS: Record<string, { as: Comparator; readAs: string | null }> = {
  '≥': { as: '≥', readAs: null },
  '≤': { as: '≤', readAs: null },
  '=': { as: '=', readAs: null },
  '>': { as: '>', readAs: null },
  '<': { as: '<', readAs: null },
  '＝': { as: '=', readAs: '＝ read as =' },
  '＞': { as: '>', readAs: '＞ read as >' },
  '＜': { as: '<', readAs: '＜ read as <' },
  '≧': { as: '≥', readAs: '≧ read as ≥' },
  '≦': { as: '≤', readAs: '≦ read as ≤' },
  // ≪ ("much less than") appears where the form's ≤ is meant (e.g. "≪4小时" among ≤ targets).
  '≪': { as: '≤', readAs: '≪ read as ≤' },
  '≫': { as: '≥', readAs: '≫ read as ≥' },
};

const QUANTITY = /^([≥≤=><＝＞＜≧≦≪≫])?\s*(\d+(?:\.\d+)?)\s*(.*)$/su;
const DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(.*)$/u;

export function parseTarget(printed: string): ParsedTarget {
  const text = printed.trim();
  if (text === '') return { kind: 'blank' };
  if ((GRADES as readonly string[]).includes(text)) return { kind: 'grade', grade: text };
  const date = DATE.exec(text);
  if (date && (date[4] ?? '').length <= 4) {
    const [, y, m, d, rest] = date;
    return {
      kind: 'date',
      year: Number(y),
      month: Number(m),
      day: d ? Number(d) : null,
      suffix: (rest ?? '').trim(),
    };
  }
  const q = QUANTITY.exec(text);
  if (q) {
    const [, glyph, num, rest = ''] = q;
    const comparator = glyph ? COMPARATORS[glyph] : undefined;
    const { unit, qualifier } = splitQualifier(rest.trim());
    // A bare number followed by prose ("3个工作日内完成…") is text, not a quantity; so is "7*24" (a service
    // schedule, not an amount).
    if ((comparator || unit.length <= 6) && !/^[*×xX]/.test(unit))
      return {
        kind: 'quantity',
        comparator: comparator?.as ?? null,
        value: new Decimal(num as string),
        unit,
        qualifier,
        readAs: comparator?.readAs ?? null,
      };
  }
  return { kind: 'text', text };
}

function splitQualifier(rest: string): { unit: string; qualifier: string | null } {
  const open = rest.search(/[(（]/u);
  if (open < 0) return { unit: rest, qualifier: null };
  return { unit: rest.slice(0, open).trim(), qualifier: rest.slice(open).trim() };
}

/** 定量 (quantity or date) vs 定性 (grade or text) — how the national guidance groups indicators. */
export function isQuantitative(t: ParsedTarget): boolean {
  return t.kind === 'quantity' || t.kind === 'date';
}

/** Money value of a quantity target in 万元, when its unit says it is money. */
export function targetInWan(t: ParsedTarget): Decimal | null {
  if (t.kind !== 'quantity') return null;
  if (t.unit === '万元' || t.unit === '万') return t.value;
  if (t.unit === '元') return t.value.div(10000);
  return null;
}
