import type { zh } from '../spending';

export const en: Record<keyof typeof zh, string> = {
  'spending.total': 'Total expenditure',
  'spending.basic': 'Basic expenditure',
  'spending.personnel': 'Personnel',
  'spending.public': 'Routine public expenses',
  'spending.basicOther': 'Basic expenditure from other funds',
  'spending.project': 'Project expenditure',
  'spending.pool': 'Project expenditure (projects not itemised in the document)',
  'spending.item': 'Item',
  'spending.amount': 'Amount ({unit})',
  'spending.share': 'Share of total',
};
