import type { StringKey } from '../../lib/i18n/strings';

/** Our names of the headline figures. */
export const LABEL: Record<string, StringKey> = {
  income: 'years.income',
  total: 'years.total',
  basic: 'spending.basic',
  project: 'spending.project',
  sangong: 'years.sangong',
  operatingCosts: 'years.operatingCosts',
};
