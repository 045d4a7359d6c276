import type { StringKey } from '../lib/i18n/strings';
import type { View } from '../lib/route/route';

export const NAV: ReadonlyArray<{ view: View; label: StringKey }> = [
  { view: 'overview', label: 'nav.overview' },
  { view: 'functions', label: 'nav.functions' },
  { view: 'projects', label: 'nav.projects' },
  { view: 'indicators', label: 'nav.indicators' },
  { view: 'sangong', label: 'nav.sangong' },
  { view: 'economic', label: 'nav.economic' },
  { view: 'procurement', label: 'nav.procurement' },
  { view: 'about', label: 'nav.about' },
  { view: 'glossary', label: 'nav.glossary' },
  { view: 'catalog', label: 'nav.catalog' },
  { view: 'years', label: 'nav.years' },
  { view: 'compare', label: 'nav.compare' },
  { view: 'execution', label: 'nav.execution' },
  { view: 'data', label: 'nav.data' },
  { view: 'import', label: 'nav.import' },
];
