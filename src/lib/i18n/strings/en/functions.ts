import type { zh } from '../functions';

export const en: Record<keyof typeof zh, string> = {
  'functions.title': 'Expenditure by function',
  'functions.notFound': 'This document has no function item {code}. ',
  'functions.seeAll': 'See all items',
  'functions.lead':
    'Total expenditure {amount}, grouped by the government classification’s class, subclass and item. Click an item for its make-up and projects; column headers sort.',
  'functions.chartAll': 'Expenditure by class',
  'functions.chartChildren': '{code}: subdivisions',
  'functions.chartSplit': '{code}: basic and project expenditure',
  'functions.chartDesc':
    'Basic (blue) and project (orange) expenditure by item ({count} shown), in {unit}. Click a bar to open the item.',
  'functions.listItem': ': total {total}, basic {basic}, project {project} ({share})',
  'functions.caption': 'Expenditure by function (unit: {unit}); expandable and sortable',
  'functions.unitSuffix': ' ({unit})',
  'functions.expand': 'Expand {name}',
  'functions.collapse': 'Collapse {name}',
  'functions.col.code': 'Item',
  'functions.col.total': 'Total',
  'functions.col.basic': 'Basic expenditure',
  'functions.col.project': 'Project expenditure',
  'functions.col.share': 'Share of total',
  'functions.chart.total': 'Total',
  'functions.detail.heading': 'Item details',
  'functions.detail.total': 'Total',
  'functions.detail.share': ' ({share} of total expenditure)',
  'functions.detail.basicSplit': ': personnel {personnel}, routine public expenses {public} ({table}) · ',
  'functions.detail.byEconomic': 'By economic classification →',
  'functions.detail.noProjectList':
    '(this document has no table listing its projects; it gives project spending only per functional class)',
  'functions.detail.projects': 'Projects under this item',
  'functions.pool.heading': 'Which projects is this project expenditure for?',
  'functions.pool.only':
    'The document publishes only this item’s total project expenditure, {amount}, without saying which projects it is for',
  'functions.pool.others': '; the same holds for {others} ({amount})',
  'functions.pool.spread':
    '. {count} projects (total {total}) are spread over {where}; the document does not say which belongs where, and this site does not guess.',
  'functions.pool.these': 'these items',
  'functions.pool.this': 'this item',
  'functions.pool.link': 'See these {count} projects →',
};
