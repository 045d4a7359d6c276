import type { zh } from '../sangong';

export const en: Record<keyof typeof zh, string> = {
  'sangong.notPrinted': 'not printed',
  'sangong.title': '“Three public expenses”',
  'sangong.lead':
    'Official travel abroad, official vehicles (purchase and operation) and official hospitality. The {prev} and {year} columns both come from this year’s “three public expenses” table; changes and percentages are computed from the two columns, and reasons are quoted from the notes.',
  'sangong.leadOneYear':
    'Official travel abroad, official vehicles (purchase and operation) and official hospitality; the {year} figures come from this year’s “three public expenses” table. It prints no column for last year, so no change is computed here; see the trend below and Years.',
  'sangong.beside': 'The same table also prints',
  'sangong.finalNote':
    'These are final accounts: the table shows what was spent. The budget the same table prints, item by item against the actual, is under',
  'sangong.caption': '“Three public expenses”, {prev} and {year} ({unit})',
  'sangong.item': 'Item',
  'sangong.yearCol': '{year}',
  'sangong.change': 'Change',
  'sangong.changePct': 'Change %',
  'sangong.stated': 'What the document says',
  'sangong.notStated': 'Not stated separately',
  'sangong.item.abroad': 'Official travel abroad',
  'sangong.item.vehiclePurchase': 'Official vehicle purchase',
  'sangong.item.vehicleOperation': 'Official vehicle operation and maintenance',
  'sangong.item.vehicle': 'Official vehicles: purchase and operation (subtotal)',
  'sangong.item.reception': 'Official hospitality',
  'sangong.item.total': 'Total “three public expenses”',
  'sangong.trendTitle': '“Three public expenses” over the years',
  'sangong.trendDesc': 'Years of this department with figures in the catalog: {count} ({years}).',
  'sangong.trendYear': '{year}',
  'sangong.trendYearPrior': '{year}, from the prior-year column of the next year’s budget',
  'sangong.trendCaption': '“Three public expenses” by year ({unit})',
  'sangong.year': 'Year',
  'sangong.other': 'Other comparisons with last year',
  'sangong.otherNote':
    'The document gives only this year’s figure and the change; last year’s is derived from the two and marked “derived”.',
  'sangong.otherCaption': 'Administrative operating costs and total budget',
  'sangong.priorDerived': '{year} (derived)',
  'sangong.changeStated': 'Change (document)',
  'sangong.note': 'Note',
  'sangong.derivedPct': '{pct} (derived)',
};
