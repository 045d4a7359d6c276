/** 部门概况 and 名词解释: the document's own texts, with our headings. */
export const zh = {
  'about.duties': '主要职责',
  'about.units': '机构设置',
  'about.notes': '预算情况和重要事项说明(原文)',
  'glossary.search': '搜索名词',
  'glossary.searchLabel': '搜索',
  'glossary.placeholder': '如:三公',
  'glossary.status': '{shown} / {count} 个名词',
} as const;
