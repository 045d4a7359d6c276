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

export const en: Record<keyof typeof zh, string> = {
  'about.duties': 'Main responsibilities',
  'about.units': 'Organisation',
  'about.notes': 'Notes on the budget and important matters (as published)',
  'glossary.search': 'Search terms',
  'glossary.searchLabel': 'Search',
  'glossary.placeholder': 'e.g. “三公”',
  'glossary.status': '{shown} of {count} terms',
};
