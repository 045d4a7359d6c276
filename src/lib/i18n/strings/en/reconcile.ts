import type { zh } from '../reconcile';

export const en: Record<keyof typeof zh, string> = {
  'reconcile.group.summary': 'Table 1 · Revenue and expenditure summary',
  'reconcile.group.income': 'Table 2 · Revenue summary',
  'reconcile.group.expenditure': 'Table 3 · Expenditure summary',
  'reconcile.group.fiscalSummary': 'Table 4 · Fiscal appropriations revenue and expenditure summary',
  'reconcile.group.gpbExpenditure': 'Table 5 · General public budget expenditure',
  'reconcile.group.gpbBasic': 'Table 6 · General public budget basic expenditure',
  'reconcile.group.sangong': 'Table 7 · “Three public expenses” expenditure',
  'reconcile.group.basic': 'Table 10 · Basic expenditure budget',
  'reconcile.group.projects': 'Table 11 · Project expenditure budget',
  'reconcile.group.procurement': 'Table 12 · Government procurement budget',
  'reconcile.group.notes': 'Part 3 · Notes',
  'reconcile.group.performance': 'Performance targets tables',
  'reconcile.row.total': 'total row',
  'reconcile.rowSum.subtotalIsPersonnelPlusPublic':
    '{table}, {row}: the subtotal equals personnel plus routine public expenses',
  'reconcile.rowSum.totalIsFiscalPlusOther':
    '{table}, {row}: the total equals fiscal appropriations plus the other funds',
  'reconcile.rowSum.fiscalSubtotalIsBudgets':
    '{table}, {row}: the fiscal appropriations subtotal equals the general public budget, government fund and state capital operation budgets together',
  'reconcile.rowSum.fiscalIsBudgets':
    '{table}, {row}: fiscal appropriations equal the general public budget, government fund and state capital operation budgets together',
  'reconcile.rowSum.incomeTotal':
    '{table}, {row}: the total equals the fiscal appropriations subtotal plus every other kind of revenue',
  'reconcile.rowSum.expenditureTotal':
    '{table}, {row}: the total equals basic expenditure, project expenditure and the other columns together',
  'reconcile.rowSum.basicIsPersonnelPlusPublic':
    '{table}, {row}: basic expenditure equals personnel plus routine public expenses',
  'reconcile.rowSum.totalIsBasicPlusProject':
    '{table}, {row}: the total equals basic plus project expenditure',
  'reconcile.functionTree': '{table}, {row}: “{column}” equals the sum of the lines below it',
  'reconcile.economicTree': '{table}, {row}: “{column}” equals the sum of its sub-lines',
  'reconcile.gpbBasicVsGpbExpenditure.total':
    'General public budget basic expenditure, total row: the subtotal equals the basic expenditure subtotal in the total row of general public budget expenditure',
  'reconcile.gpbBasicVsGpbExpenditure.personnel':
    'General public budget basic expenditure, total row: personnel equals personnel in the total row of general public budget expenditure',
  'reconcile.gpbBasicVsGpbExpenditure.public':
    'General public budget basic expenditure, total row: routine public expenses equal routine public expenses in the total row of general public budget expenditure',
  'reconcile.basicVsGpbBasic':
    '{row}: “general public budget” in the basic expenditure budget equals the subtotal in general public budget basic expenditure',
  'reconcile.basicVsExpenditure':
    'The total of the basic expenditure budget equals “basic expenditure” in the total row of the expenditure summary',
  'reconcile.expenditureVsIncome':
    '{row}: the total in the expenditure summary equals the total in the revenue summary',
  'reconcile.gpbExpenditureVsIncome':
    '{row}: the total in general public budget expenditure equals “general public budget revenue” in the revenue summary',
  'reconcile.procurementWithin': '{row}: government procurement does not exceed the item’s total expenditure',
  'reconcile.summaryIncomeVsIncome':
    'Revenue and expenditure summary, “{item}”: equals the column of the same name in the total row of the revenue summary',
  'reconcile.notes.vsTable': 'The notes’ “{quote}” agrees with the tables: {figure}',
  'reconcile.notes.figure.summaryIncomeTotal':
    'this year’s total revenue in the revenue and expenditure summary',
  'reconcile.notes.figure.incomeGpb':
    '“general public budget revenue” in the total row of the revenue summary',
  'reconcile.notes.figure.incomeOther': '“other revenue” in the total row of the revenue summary',
  'reconcile.notes.figure.expenditureTotal': 'the total of the expenditure summary',
  'reconcile.notes.figure.expenditureBasic':
    '“basic expenditure” in the total row of the expenditure summary',
  'reconcile.notes.figure.expenditureProject':
    '“project expenditure” in the total row of the expenditure summary',
  'reconcile.notes.figure.procurementTotal': 'the total of the government procurement budget',
  'reconcile.notes.figure.projectsTotal': 'the total of the project expenditure budget',
  'reconcile.notes.figure.projectsFiscal':
    'the fiscal appropriations subtotal of the project expenditure budget',
  'reconcile.notes.figure.projectsCount': 'the number of projects in the project expenditure budget',
  'reconcile.notes.parts.expenditureChange':
    'Notes: the increase in expenditure equals the increases in basic and project expenditure together',
  'reconcile.notes.parts.totalChangeIsExpenditureChange':
    'Notes: the increase in the total budget equals the increase in expenditure',
  'reconcile.notes.parts.totalChangeIsIncomeChange':
    'Notes: the increase in the total budget equals the increase in revenue',
  'reconcile.notes.parts.procurement':
    'Notes: government procurement equals goods, works and services together',
  'reconcile.notes.parts.vehicles': 'Notes: the number of vehicles equals the vehicles of each kind together',
  'reconcile.notes.parts.sangongVehicle':
    'Notes: official vehicles (purchase and operation) equal purchase plus operation and maintenance',
  'reconcile.notes.parts.sangongTotal': 'Notes: the “three public expenses” equal the three items together',
  'reconcile.notes.pct':
    'Notes: the percentage in “{quote}” equals the change ÷ last year’s figure (this year’s − the change)',
  'reconcile.notes.adminCost':
    'The notes’ administrative operating costs agree with “goods and services of government agencies” (502) in general public budget basic expenditure',
  'reconcile.performance.total':
    '{project} “{name}”: the year’s budget funds in its performance targets table equal its total in the project expenditure table',
  'reconcile.performance.fiscal':
    '{project} “{name}”: fiscal appropriations in its performance targets table equal its fiscal appropriations subtotal in the project expenditure table',
  'reconcile.performance.other':
    '{project} “{name}”: other funds in its performance targets table equal its total minus fiscal appropriations',
  'reconcile.performance.coverage':
    'The notes say {stated} projects have performance targets; performance targets tables published{missing}',
  'reconcile.performance.coverageMissing': ' (none for: {projects})',
  'reconcile.projects.totalColumn':
    'Project expenditure budget, total row: “{column}” equals the sum of the {count} projects',
  'reconcile.projects.vsExpenditure':
    'Total project expenditure equals “project expenditure” in the total row of the expenditure summary',
  'reconcile.projects.vsGpbExpenditure':
    'The fiscal appropriations subtotal of project expenditure equals “project expenditure” in the total row of general public budget expenditure',
  'reconcile.projects.nonFiscalVsIncome':
    'Project funds other than fiscal appropriations (total − fiscal appropriations) equal the revenue summary’s revenue other than fiscal appropriations minus the basic expenditure funds other than fiscal appropriations',
  'reconcile.projects.attribution':
    'The projects attributed to {code} ({projects}) together do not exceed that item’s project expenditure',
  'reconcile.sangong.vehicle':
    '{year}: the official vehicles subtotal equals purchase plus operation and maintenance',
  'reconcile.sangong.total':
    '{year}: the “three public expenses” total equals travel abroad, official vehicles and official hospitality together',
  'reconcile.sangong.stated': 'Notes: {item} equals the table’s {year} figure',
  'reconcile.sangong.statedChange':
    'Notes: the change in {item} equals the table’s {year} figure minus its {before} figure',
  'reconcile.sangong.statedPct':
    'Notes: the percentage change in {item} equals the one computed from the table’s two years',
  'reconcile.sangong.item.abroad': 'official travel abroad',
  'reconcile.sangong.item.vehiclePurchase': 'official vehicle purchase',
  'reconcile.sangong.item.vehicleOperation': 'official vehicle operation and maintenance',
  'reconcile.sangong.item.reception': 'official hospitality',
  'reconcile.sangong.item.vehicle': 'official vehicles (purchase and operation)',
  'reconcile.sangong.item.total': 'the “three public expenses” total',
  'reconcile.sangong.vsBasicReception':
    '{year}: official hospitality equals the 30217 official hospitality lines of general public budget basic expenditure together',
  'reconcile.sangong.vsBasicVehicleOperation':
    '{year}: official vehicle operation and maintenance equals the 30231 official vehicle operation and maintenance lines of general public budget basic expenditure together',
  'reconcile.summary.currentIncome':
    '{table}: this year’s total revenue equals the numbered revenue items (1, 2, …) together',
  'reconcile.summary.currentExpenditure':
    '{table}: this year’s total expenditure equals the numbered expenditure items (1, 2, …) together',
  'reconcile.summary.grandIncome':
    '{table}: grand total revenue equals this year’s total revenue plus the lines after it',
  'reconcile.summary.grandExpenditure':
    '{table}: grand total expenditure equals this year’s total expenditure plus the lines after it',
  'reconcile.summary.balanceCurrent':
    '{table}: this year’s total revenue equals this year’s total expenditure',
  'reconcile.summary.balanceGrand': '{table}: grand total revenue equals grand total expenditure',
  'reconcile.summary.incomeSub': '{table}: {item} equals the items under it together',
  'reconcile.summary.category': '{table}, “{name}”: equals the total of class {code} in {against}',
  'reconcile.summary.categoryMissing':
    '{table}, “{name}”: equals the total of this class in {against} (no such class there)',
  'reconcile.summary.fiscalRow':
    '{table}, {row}: the total equals the general public budget, government fund budget and state capital operation budget together',
  'reconcile.summary.fiscalVsIncome':
    'This year’s total revenue in the fiscal appropriations revenue and expenditure summary equals “fiscal appropriations revenue · subtotal” in the total row of the revenue summary',
};
