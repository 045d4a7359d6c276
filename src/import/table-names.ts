import type { TableKind } from './table-kinds';

/** The role's name in Chinese, for messages (the printed title is kept on each table). */
export const TABLE_NAMES: Record<TableKind, string> = {
  summary: '收支总表',
  income: '收入总表',
  expenditure: '支出总表',
  fiscalSummary: '财政拨款收支总表',
  fiscalExpenditure: '财政拨款支出表',
  fiscalBasic: '财政拨款基本支出表',
  gpbExpenditure: '一般公共预算支出表',
  gpbBasic: '一般公共预算基本支出表',
  govFund: '政府性基金预算支出表',
  stateCapital: '国有资本经营预算支出表',
  operatingCosts: '机关运行经费表',
  sangong: '“三公”经费表',
  procurement: '政府采购表',
  projects: '项目支出表',
  basic: '基本支出表',
  performance: '绩效目标表',
};
