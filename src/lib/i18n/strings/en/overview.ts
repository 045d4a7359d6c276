import type { zh } from '../overview';

export const en: Record<keyof typeof zh, string> = {
  'overview.title': '{department}: {document}, overview',
  'overview.lead':
    'Total budget {amount}. Every figure is taken from {title} and cites its line in the document; derived figures are marked “derived”.',
  'overview.change': '{change} on last year',
  'overview.changePct': ' ({pct})',
  'overview.changePctDerived': ' ({pct}, derived)',
  'overview.prior': '; {year}: {prior} (derived from this year’s figure and the change the document states)',
  'overview.summary':
    'Projects take {share} of all spending; the largest, {name}, is {amount}, {largestShare} of all spending.',
  'overview.summaryNoProjects': 'Basic expenditure is {basic} of all spending, projects {project}.',
  'overview.largest': 'The {count} largest projects',
  'overview.largestShare': 'Share of all spending',
  'overview.method': 'How these are worked out',
  'overview.methodShare':
    'Share = amount ÷ total expenditure {total} ({source}), rounded to 0.01%, computed by this site.',
  'overview.methodChange':
    '“On last year” is the change the document states; last year’s figure = this year’s − the change, derived by this site (the document does not print it).',
  'overview.methodLargest': 'Projects are ranked by their amounts in the project expenditure table.',
  'overview.kpi.total': 'Total budget',
  'overview.kpi.income': 'Revenue budget',
  'overview.kpi.totalFinal': 'Total spent (final accounts)',
  'overview.kpi.incomeFinal': 'Total revenue (final accounts)',
  'overview.leadFinal':
    'These are final accounts: what was actually received and spent. Total spent {amount}; every figure comes from “{title}” with its source; derived figures are marked as derived.',
  'overview.kpi.basic': 'Basic expenditure',
  'overview.kpi.project': 'Project expenditure',
  'overview.kpi.sangong': '“Three public expenses”',
  'overview.kpi.procurement': 'Government procurement budget',
  'overview.kpi.adminCost': 'Administrative operating costs',
  'overview.basicDetail': '{share} of the total; personnel and routine costs of running the bureau',
  'overview.projectDetail': '{share} of the total; {count} projects ({types})',
  'overview.typeCount': '{count}',
  'overview.shareDetail': '{share} of the total',
  'overview.procurementDetail': '{share} of total expenditure',
  'overview.link.byFunction': 'By function',
  'overview.link.income': 'Income by source',
  'overview.link.allProjects': 'All projects',
  'overview.link.details': 'Details',
  'overview.income.gpb': 'General public budget revenue',
  'overview.income.govFund': 'Government fund budget revenue',
  'overview.income.stateCapital': 'State capital operation budget revenue',
  'overview.income.specialAccount': 'Funds managed in special fiscal accounts',
  'overview.income.business': 'Public institution revenue',
  'overview.income.operating': 'Public institution operating revenue',
  'overview.income.other': 'Other revenue',
  'overview.sb.heading': 'Composition of expenditure',
  'overview.sb.hierarchy': 'Hierarchy',
  'overview.sb.nature': 'Basic / project',
  'overview.sb.function': 'By function',
  'overview.sb.titleFunction': 'Composition of expenditure: by function',
  'overview.sb.titleNature': 'Composition of expenditure: basic and project',
  'overview.sb.descFunction':
    'The centre is total expenditure; outwards come class, subclass and item, and the outer ring splits each item into basic and project expenditure. Project expenditure the document does not itemise by project is drawn as one sector.',
  'overview.sb.descNature':
    'The centre is total expenditure; the first ring splits it into basic and project expenditure, the second into personnel, routine public expenses and the two project types, the third into economic classes and individual projects.',
  'overview.sb.negative':
    'Some amounts are negative: a sunburst draws amounts as areas and cannot draw these, so it is not drawn. They are listed here; the table has every figure.',
  'overview.sb.small': 'Small items not labelled on the chart ({count}, each under {pct}%)',
};
