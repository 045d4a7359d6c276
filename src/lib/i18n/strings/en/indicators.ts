import type { zh } from '../indicators';

export const en: Record<keyof typeof zh, string> = {
  'indicators.lead':
    '{tables} performance targets tables hold {count} third-level indicators. Targets are shown as printed; the “Kind” column is this site’s reading of them (quantitative or qualitative).',
  'indicators.filters': 'Filter indicators',
  'indicators.search': 'Search',
  'indicators.searchPlaceholder': 'Indicator, target or project',
  'indicators.level1': 'Level 1 indicator',
  'indicators.level2': 'Level 2 indicator',
  'indicators.comparator': 'Comparator',
  'indicators.kindFilter': 'Quantitative / qualitative',
  'indicators.quantitative': 'Quantitative',
  'indicators.qualitative': 'Qualitative',
  'indicators.status': 'Showing {shown} of {count} indicators',
  'indicators.noneShown': 'No indicator matches the filters.',
  'indicators.chartTitle': 'Number of indicators by level 1 and level 2',
  'indicators.chartDesc':
    '{count} indicators in the current filter, counted by level 2 indicator; colour marks the level 1 indicator.',
  'indicators.chartCount': ': {count}',
  'indicators.countCaption': 'Number of indicators',
  'indicators.count': 'Count',
  'indicators.countUnit': 'number of indicators',
  'indicators.caption': 'Performance indicators',
  'indicators.col.kind': 'Kind',
  'indicators.col.project': 'Project',
  'indicators.damaged': '⚠ damaged in extraction',
};
