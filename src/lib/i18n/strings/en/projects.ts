import type { zh } from '../projects';

export const en: Record<keyof typeof zh, string> = {
  'projects.title': 'Project expenditure',
  'projects.lead':
    '{count} projects, total {amount}. Click a project name for its funding, annual goals and performance indicators.',
  'projects.filters': 'Filter projects',
  'filters.show': 'Filters',
  'filters.active': 'Filters ({n})',
  'projects.compactShare': '{share} of project expenditure',
  'projects.search': 'Search names',
  'projects.searchPlaceholder': 'e.g. “政务云”',
  'projects.type': 'Project type',
  'projects.attribution': 'Function item',
  'projects.attributed': 'Stated in the document',
  'projects.pool': 'Not itemised in the document',
  'projects.status': 'Showing {shown} of {count} projects, total {amount}',
  'table.noRows': 'No row matches the filters.',
  'projects.poolNote':
    ': the document gives only the totals of the two function items these projects fall under (2069999 and 2150599), not each project’s item.',
  'projects.caption': 'Project expenditure (unit: {unit})',
  'projects.col.id': 'Project id',
  'projects.col.vague': 'Targets hard to check',
  'projects.vagueTitle':
    'Of {indicators} indicators: {qualitative} qualitative, {blank} blank, {restatesBudget} cost targets that only restate the budget',
  'projects.col.name': 'Project',
  'projects.col.type': 'Project type',
  'projects.col.amount': 'Amount',
  'projects.col.share': 'Share of project expenditure',
  'projects.col.funding': 'Funding source',
  'projects.col.indicators': 'Performance indicators',
  'projects.col.attribution': 'Function item',
  'projects.noPerformance': 'No performance targets table',
  'projects.unattributed': 'Not stated',
  'projects.unattributedTitle': 'Not itemised in the document; falls under {codes}',
  'projects.or': ' or ',
};
