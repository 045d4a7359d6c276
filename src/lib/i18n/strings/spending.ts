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
