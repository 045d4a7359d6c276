import type { SangongKey } from './sangong';
import type { TableId } from './table-ids';

const fn = ['class', 'kuan', 'xiang', 'name'] as const;
const eco = ['deptClass', 'deptKuan', 'deptName', 'govClass', 'govKuan', 'govName'] as const;
const funds = [
  'total',
  'fiscal',
  'gpb',
  'govFund',
  'stateCapital',
  'specialAccount',
  'unitFunds',
  'surplus',
  'carryover',
] as const;

/** The national 部门预算 format: the columns the product reads from each table (others may be added). */
export const TABLE_COLUMNS = {
  summary: ['incomeItem', 'incomeAmount', 'expenditureItem', 'expenditureAmount'],
  income: [
    ...fn,
    'total',
    'fiscal',
    'gpb',
    'govFund',
    'stateCapital',
    'specialAccount',
    'business',
    'operating',
    'other',
  ],
  expenditure: [...fn, 'total', 'basic', 'project'],
  fiscalSummary: ['incomeItem', 'incomeAmount', 'expenditureItem', 'expenditureTotal', 'expenditureGpb'],
  gpbExpenditure: [...fn, 'total', 'basic', 'personnel', 'public', 'project'],
  gpbBasic: [...eco, 'total', 'personnel', 'public'],
  // 三公 columns carry the year (total2022 … reception2023); checked against the dataset's year in validate.ts.
  sangong: [],
  govFund: [...fn, 'total'],
  stateCapital: [...fn, 'total'],
  basic: [...eco, ...funds],
  projects: ['name', 'type', ...funds],
  procurement: [...fn, ...funds],
  // Tables other layouts print (Jiangsu's 财政拨款支出/基本支出, 机关运行经费): imported only, no fixed columns.
  fiscalExpenditure: [],
  fiscalBasic: [],
  operatingCosts: [],
} as const satisfies Record<TableId, readonly string[]>;

/** The code and name cells: `TableRow.text`. Everything else a table names is money. */
export type TextColumn =
  | (typeof fn)[number]
  | (typeof eco)[number]
  | 'incomeItem'
  | 'expenditureItem'
  | 'incomeSubItem'
  | 'expenditureSubItem'
  | 'type';

/** 三公 columns carry the year: total2023, abroadBudget2024 (a 决算's 预算数), allTotal2019 (Jiangsu's 合计). */
type SangongColumn =
  `${SangongKey | 'allTotal' | 'meetings' | 'training' | 'operatingCosts' | 'sangongTotal'}${'' | 'Budget'}${number}`;

/**
 * Columns beyond the national list that the views and checks read by name: the 2023 document's 上级补助收入 …
 * and 上缴上级支出 …, the 支出总表's extra columns in imported layouts, the 财政拨款收支总表's fund columns.
 */
interface ExtraColumns {
  income: 'superior' | 'affiliated' | 'surplus' | 'carryover';
  expenditure: 'toSuperior' | 'toAffiliated' | 'operating' | 'carryForward' | 'operatingExpense' | 'reserve';
  fiscalSummary: 'expenditureGovFund' | 'expenditureStateCapital';
}

/**
 * The money columns of a table, by name: a misspelt column is a compile error, not a silent 0. Tables with no fixed
 * columns (Jiangsu's 财政拨款支出/基本支出, 机关运行经费) are read from their printed columns: any name.
 */
export type MoneyColumn<T extends TableId> = T extends 'sangong'
  ? SangongColumn
  : (typeof TABLE_COLUMNS)[T] extends readonly []
    ? string
    : | Exclude<(typeof TABLE_COLUMNS)[T][number], TextColumn>
      | (T extends keyof ExtraColumns ? ExtraColumns[T] : never);
