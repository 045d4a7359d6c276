import type { zh } from '../about';

export const en: Record<keyof typeof zh, string> = {
  'about.duties': 'Main responsibilities',
  'about.units': 'Organisation',
  'about.notes': 'Notes on the budget and important matters (as published)',
  'glossary.search': 'Search terms',
  'glossary.searchLabel': 'Search',
  'glossary.placeholder': 'e.g. “三公”',
  'glossary.status': '{shown} of {count} terms',
};
