/**
 * Every UI string, in Chinese (as the dashboard's primary language) and English. Data text is never here: it is
 * shown as published and marked lang="zh-CN". `en` must have exactly the keys of `zh` (checked by the compiler).
 * Placeholders: {name}.
 */
export const zh = {
  'nav.overview': '总览',
  'nav.functions': '功能分类',
  'nav.projects': '项目',
  'nav.indicators': '绩效指标',
  'nav.sangong': '三公经费',
  'nav.economic': '经济分类',
  'nav.procurement': '采购与资产',
  'nav.about': '部门概况',
  'nav.glossary': '名词解释',
  'nav.data': '数据',
  'nav.label': '视图',
  'shell.skip': '跳到正文',
  'shell.yearBudget': '{year}年部门预算',
} as const;

export type StringKey = keyof typeof zh;

export const en: Record<StringKey, string> = {
  'nav.overview': 'Overview',
  'nav.functions': 'Functions',
  'nav.projects': 'Projects',
  'nav.indicators': 'Indicators',
  'nav.sangong': 'Three public expenses',
  'nav.economic': 'Economic',
  'nav.procurement': 'Procurement & assets',
  'nav.about': 'About',
  'nav.glossary': 'Glossary',
  'nav.data': 'Data',
  'nav.label': 'Views',
  'shell.skip': 'Skip to content',
  'shell.yearBudget': '{year} department budget',
};
