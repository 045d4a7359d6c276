import { fold } from './lines';

/** The roles a table plays in the national format; 预算 and 决算 tables of the same role share a kind. */
export type TableKind =
  | 'summary'
  | 'income'
  | 'expenditure'
  | 'fiscalSummary'
  | 'fiscalExpenditure'
  | 'fiscalBasic'
  | 'gpbExpenditure'
  | 'gpbBasic'
  | 'govFund'
  | 'stateCapital'
  | 'operatingCosts'
  | 'sangong'
  | 'procurement'
  | 'projects'
  | 'basic'
  | 'performance';

/** How a table's rows are laid out: by function code, by economic code, item/amount pairs, or one row of items. */
export type TableShape = 'function' | 'economic' | 'pairs' | 'items' | 'list';

export const SHAPE: Record<TableKind, TableShape> = {
  summary: 'pairs',
  fiscalSummary: 'pairs',
  income: 'function',
  expenditure: 'function',
  fiscalExpenditure: 'function',
  gpbExpenditure: 'function',
  govFund: 'function',
  stateCapital: 'function',
  procurement: 'function',
  fiscalBasic: 'economic',
  gpbBasic: 'economic',
  basic: 'economic',
  operatingCosts: 'economic',
  sangong: 'items',
  projects: 'list',
  performance: 'list',
};

/**
 * Title variants seen across provinces and years, most specific first: Shanghai (部门财务收支预算总表 …), Shandong
 * (收支总体情况表 …), Jiangsu (收支预算总表 公开01表 …) and 决算 (收入支出决算总表 …).
 */
const TITLES: ReadonlyArray<readonly [RegExp, TableKind]> = [
  [/绩效目标/, 'performance'],
  [/三公/, 'sangong'],
  [/机关运行经费(支出)?(预算|决算)?表/, 'operatingCosts'],
  [/政府采购/, 'procurement'],
  [/财政拨款收(入)?支(出)?(预算|决算)?总(体情况)?表/, 'fiscalSummary'],
  [/一般公共预算(财政拨款)?基本支出/, 'gpbBasic'],
  [/一般公共预算(财政拨款)?支出/, 'gpbExpenditure'],
  // 政府性基金预算财政拨款支出预算表 (Jiangsu 2018) is the 政府性基金 table, not the 财政拨款支出 one.
  [/政府性基金/, 'govFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政拨款基本支出/, 'fiscalBasic'],
  [/财政拨款支出(预算)?表/, 'fiscalExpenditure'],
  [/项目支出/, 'projects'],
  [/基本支出(预算)?(情况)?表/, 'basic'],
  [/(财务)?收(入)?支(出)?(预算|决算)?总(体情况)?表|收支总表/, 'summary'],
  [/收入(预算|决算)(总)?表|收入总体情况表/, 'income'],
  [/支出(预算|决算)(总)?表|支出总体情况表/, 'expenditure'],
];

export interface TitleMatch {
  kind: TableKind;
  title: string;
  /** 公开01表 / 表3 … when printed. */
  number?: number | undefined;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/**
 * A table title: a short line that ends in 表 (optionally followed by its number), not a contents entry (……) and
 * not a sentence of the narrative.
 */
export function matchTitle(lineText: string): TitleMatch | null {
  const t = fold(lineText).replace(/\s+/g, '');
  if (t.length > 60 || /…|\.{2,}/.test(t) || /[,。;:]/.test(t)) return null;
  const m =
    /^(?:[(（]?[\d一二三四五六七八九十]{1,2}[)）.、])?(.*?表)(?:[(（]?(?:公开)?(\d{1,2})表[)）]?)?(?:[(（][^()（）]{1,12}[)）])?$/.exec(
      t,
    );
  if (!m || !m[1]) return null;
  const title = m[1];
  if (/^(附|目录)/.test(title) || title.length < 4) return null;
  for (const [re, kind] of TITLES)
    if (re.test(title)) return { kind, title, number: m[2] ? Number(m[2]) : undefined };
  return null;
}

/** A "公开01表" / "表1" tag printed on its own line next to the title (Jiangsu). */
export function matchNumberTag(lineText: string): number | null {
  const t = fold(lineText).replace(/\s+/g, '');
  const m =
    /^(?:公开表|公开|表)(\d{1,2})表?$/.exec(t) ?? /^(?:公开表|公开|表)([一二三四五六七八九十]+)表?$/.exec(t);
  if (!m || !m[1]) return null;
  if (/\d/.test(m[1])) return Number(m[1]);
  // 十二 = 10 + 2, 七 = 7
  const [a, b] = m[1].split('十');
  return m[1].includes('十')
    ? (a ? (CN_DIGITS[a] ?? 0) * 10 : 10) + (b ? (CN_DIGITS[b] ?? 0) : 0)
    : (CN_DIGITS[m[1]] ?? null);
}

/** The unit line: 单位：元 / 单位:万元 / 金额单位：万元. */
export function matchUnit(lineText: string): '元' | '万元' | null {
  const m = /单位[:：]?(万元|元)/.exec(fold(lineText).replace(/\s+/g, ''));
  return m ? (m[1] as '元' | '万元') : null;
}
