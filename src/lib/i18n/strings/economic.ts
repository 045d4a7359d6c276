/** 经济分类: basic expenditure by economic classification. */
export const zh = {
  'economic.title': '基本支出:经济分类',
  'economic.lead':
    '基本支出 {whole}:人员支出 {personnel},日常公用支出 {public}。左列为部门预算支出经济分类,右列为对应的政府预算支出经济分类。',
  'economic.leadPrinted':
    '基本支出 {whole}:人员经费 {personnel},公用经费 {public}。按部门经济分类(类、款)列出。',
  'economic.shareOfBasic': '占基本支出 {share}',
  'economic.addedWhole': '(此表未印基本支出合计，为人员经费合计与公用经费合计之和)',
  'economic.caption': '基本支出经济分类(单位:{unit})',
  'economic.dept': '部门经济分类',
  'economic.gov': '政府经济分类',
  'economic.subtotal': '小计({unit})',
} as const;
