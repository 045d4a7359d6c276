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
const GRADES = ['优', '良', '中', '差', '高', '较高', '低', '好', '较好', '一等', '二等', '三等'] as const;

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
    // A bare number followed by prose ("3个工作日内完成…") is text, not a quantity. A schedule with a comparator
    // (">7*24": round the clock) is measurable all the same.
    if ((comparator || unit.length <= 6) && (comparator || !/^[*×xX]/.test(unit)))
      return {
        kind: 'quantity',
        comparator: comparator?.as ?? null,
        value: new Decimal(num as string),
        unit,
        qualifier,
        readAs: comparator?.readAs ?? null,
      };
  }
  return worded(text) ?? { kind: 'text', text };
}

/** Words the forms print in place of a comparator glyph. */
const WORD_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['小于等于', '≤'],
  ['大于等于', '≥'],
  ['不超过', '≤'],
  ['不超出', '≤'],
  ['不超', '≤'],
  ['不高于', '≤'],
  ['不大于', '≤'],
  ['不少于', '≥'],
  ['不低于', '≥'],
  ['不小于', '≥'],
];
const WORD_COMPARATOR = new RegExp(
  `^(.*?)(${WORD_COMPARATORS.map(([w]) => w).join('|')})(.*?)(\\d+(?:\\.\\d+)?)\\s*([^\\d,,。;;(（]{0,4})(.*)$`,
  'su',
);
/** "每年12份": a count per period. */
const RATE = /^(每年|每季度|每月|每周|每天|每日)(\d+(?:\.\d+)?)\s*(\S{1,4})$/u;
/** "提升5%", "提高10%-15%": a change by a percentage (a range reads as at least its lower end). */
const CHANGE = /^(提高|提升|优化|降低|减少|增长|下降)(\d+(?:\.\d+)?)%(?:\s*[-—~～至]\s*(\d+(?:\.\d+)?)%)?$/u;

/**
 * A number the document states in words rather than after a glyph: still 定量. The words around the number are
 * kept, as printed, in `qualifier`, so the reading never says more than the document.
 */
function worded(text: string): ParsedTarget | null {
  const quantity = (comparator: Comparator | null, value: string, unit: string, qualifier: string) => ({
    kind: 'quantity' as const,
    comparator,
    value: new Decimal(value),
    unit,
    qualifier: qualifier.trim() || null,
    readAs: null,
  });
  const rate = RATE.exec(text);
  if (rate) return quantity(null, rate[2] as string, rate[3] as string, rate[1] as string);
  const change = CHANGE.exec(text);
  if (change)
    return quantity(
      change[3] ? '≥' : null,
      change[2] as string,
      '%',
      change[3] ? text : (change[1] as string),
    );
  const w = WORD_COMPARATOR.exec(text);
  if (w) {
    const [, before = '', word = '', between = '', num = '', unit = '', after = ''] = w;
    const as = WORD_COMPARATORS.find(([x]) => x === word)?.[1] ?? null;
    return quantity(as, num, unit.trim(), [before, between, after].join(' ').replace(/\s+/g, ' '));
  }
  return null;
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
