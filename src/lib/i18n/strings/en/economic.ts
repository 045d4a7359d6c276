import type { zh } from '../economic';

export const en: Record<keyof typeof zh, string> = {
  'economic.title': 'Basic expenditure by economic classification',
  'economic.lead':
    'Basic expenditure {whole}: personnel {personnel}, routine public expenses {public}. The left column is the department budget economic classification; the right, the government budget economic classification it maps to.',
  'economic.leadPrinted':
    'Basic expenditure {whole}: personnel {personnel}, public expenses {public}, by the department economic classification (class, item).',
  'economic.shareOfBasic': '{share} of basic expenditure',
  'economic.addedWhole':
    '(the table prints no basic-expenditure total: this is its personnel total plus its public-expenses total)',
  'economic.caption': 'Basic expenditure by economic classification (unit: {unit})',
  'economic.dept': 'Department economic classification',
  'economic.gov': 'Government economic classification',
  'economic.subtotal': 'Subtotal ({unit})',
};
