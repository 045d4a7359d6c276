/** 绩效指标: every indicator, its filters and counts. */
export const zh = {
  'indicators.lead':
    '{tables}张绩效目标表共{count}个三级指标。指标值照原文显示,“类型”一栏是本站对原文的解读(定量/定性)。',
  'indicators.filters': '筛选指标',
  'indicators.search': '搜索',
  'indicators.searchPlaceholder': '指标、指标值或项目',
  'indicators.level1': '一级指标',
  'indicators.level2': '二级指标',
  'indicators.comparator': '比较符',
  'indicators.kindFilter': '定量/定性',
  'indicators.quantitative': '定量',
  'indicators.qualitative': '定性',
  'indicators.status': '显示 {shown} / {count} 个指标',
  'indicators.chartTitle': '指标数量:按一级、二级指标',
  'indicators.chartDesc': '当前筛选下{count}个指标按二级指标计数,颜色区分一级指标。',
  'indicators.chartCount': ':{count}个',
  'indicators.countCaption': '指标数量',
  'indicators.count': '个数',
  'indicators.caption': '绩效指标',
  'indicators.col.kind': '类型',
  'indicators.col.project': '项目',
  'indicators.damaged': '⚠ 原文受损',
} as const;
