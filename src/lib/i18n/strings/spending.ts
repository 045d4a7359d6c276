/** Spending hierarchies (sunburst and its table twin): the nodes that are our labels, and the table headers. */
export const zh = {
  'spending.total': '支出合计',
  'spending.basic': '基本支出',
  'spending.personnel': '人员支出',
  'spending.public': '日常公用支出',
  'spending.basicOther': '其他资金安排的基本支出',
  'spending.project': '项目支出',
  'spending.pool': '项目支出(文件未逐项列明)',
  'spending.item': '项目',
  'spending.amount': '金额({unit})',
  'spending.share': '占总支出',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'spending.total': 'Total expenditure',
  'spending.basic': 'Basic expenditure',
  'spending.personnel': 'Personnel',
  'spending.public': 'Routine public expenses',
  'spending.basicOther': 'Basic expenditure from other funds',
  'spending.project': 'Project expenditure',
  'spending.pool': 'Project expenditure (projects not itemised in the document)',
  'spending.item': 'Item',
  'spending.amount': 'Amount ({unit})',
  'spending.share': 'Share of total',
};
