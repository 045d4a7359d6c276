/**
 * The tables a dataset can hold: the twelve of the national format as Shandong prints them, and the ones other
 * layouts add (Jiangsu's 财政拨款支出/基本支出 and 机关运行经费). Its own module so that domain/model.ts stays types
 * only (a runtime export there would tie every importer of the model to one chunk).
 */
export const TABLE_IDS = [
  'summary',
  'income',
  'expenditure',
  'fiscalSummary',
  'gpbExpenditure',
  'gpbBasic',
  'sangong',
  'govFund',
  'stateCapital',
  'basic',
  'projects',
  'procurement',
  'fiscalExpenditure',
  'fiscalBasic',
  'operatingCosts',
] as const;

export type TableId = (typeof TABLE_IDS)[number];
