import type { zh } from '../procurement';

export const en: Record<keyof typeof zh, string> = {
  'procurement.title': 'Government procurement, administrative operating costs and state-owned assets',
  'procurement.caption': 'Government procurement budget by function item ({unit})',
  'procurement.item': 'Item',
  'procurement.total': 'Total',
  'procurement.gpb': 'General public budget',
  'procurement.byCategory': 'By procurement category (notes, part 4)',
  'procurement.notTable': 'a government procurement table',
  'procurement.goods': 'Procurement of goods',
  'procurement.works': 'Procurement of works',
  'procurement.services': 'Procurement of services',
  'procurement.stop': '. ',
  'procurement.reason': ' Main reason: {reason}',
  'procurement.assets': 'State-owned assets held and used',
};
