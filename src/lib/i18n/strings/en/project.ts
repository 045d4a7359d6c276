import type { zh } from '../project';

export const en: Record<keyof typeof zh, string> = {
  'project.notFound': 'No such project',
  'project.notFoundBody': 'This year’s budget has no project {id}. ',
  'project.seeAll': 'See all projects',
  'project.lead': 'Amount {amount}, {share} of project expenditure.',
  'project.namesakes': 'Another project has the same name: ',
  'project.namesake': ' ({type}, {amount})',
  'project.namesakesNote': ' — they are different projects in the project expenditure table.',
  'project.funding': 'Funding',
  'project.department': 'Supervising department',
  'project.implementingUnit': 'Implementing unit',
  'project.fundingSources': 'Funding sources',
  'project.function': 'Function item',
  'project.functionPool':
    'The document does not say which function item this project falls under; it falls under {codes} (the project expenditure of these items equals the total of these projects). This site does not guess.',
  'project.or': ' or ',
  'project.goals': 'Annual overall performance goals',
  'project.note': 'Note',
  'project.ceiling':
    'The cost indicator “{name}” is {target}, above this year’s budget of {budget}. This is the figure the document prints (possibly a multi-year total cost or a contract total), shown as it is.',
  'project.indicators': 'Performance indicators ({count})',
  'project.noPerformance':
    'The document publishes no performance targets table for this project (the notes say {count} projects are under performance-target management, but only {tables} tables are attached).',
  'project.allProjects': 'all',
  'project.corrections': 'Corrections to this project’s data ({count})',
  'project.correctionsNote':
    'Places damaged by PDF text extraction; each lists the extracted text, the value used and the evidence.',
  'project.correction': 'Line {line}: {printed} → {value}. {evidence}',
  'indicator.level3': 'Indicator',
  'indicator.target': 'Target (as printed)',
  'indicator.reading': 'Reading',
  'target.kind.quantity': 'Quantitative',
  'target.kind.date': 'Quantitative (date)',
  'target.kind.grade': 'Qualitative (grade)',
  'target.kind.text': 'Qualitative',
  'target.kind.blank': 'Blank',
};
