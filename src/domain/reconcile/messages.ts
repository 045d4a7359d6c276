/**
 * What a check says, as a key of the UI string tables (src/lib/i18n/strings/reconcile.ts, zh and en) and the
 * values to fill in. Values are names and codes as the document prints them, numbers, lists of names, or another
 * message (our own words inside a sentence, such as "合计" for the total row). The domain never writes sentences.
 */
export type ReconcileGroup =
  | 'summary'
  | 'income'
  | 'expenditure'
  | 'fiscalSummary'
  | 'gpbExpenditure'
  | 'gpbBasic'
  | 'sangong'
  | 'basic'
  | 'projects'
  | 'procurement'
  | 'notes'
  | 'performance';

/** Row sums `target = Σ parts` within one row of a table (tree.ts, rowSumChecks). */
export type RowSumKey =
  | 'reconcile.rowSum.subtotalIsPersonnelPlusPublic'
  | 'reconcile.rowSum.totalIsFiscalPlusOther'
  | 'reconcile.rowSum.fiscalSubtotalIsBudgets'
  | 'reconcile.rowSum.fiscalIsBudgets'
  | 'reconcile.rowSum.incomeTotal'
  | 'reconcile.rowSum.expenditureTotal'
  | 'reconcile.rowSum.basicIsPersonnelPlusPublic'
  | 'reconcile.rowSum.totalIsBasicPlusProject';

/** The notes' stated figures, each against the table figure named here (notes.ts). */
export type NotesFigureKey =
  | 'reconcile.notes.figure.summaryIncomeTotal'
  | 'reconcile.notes.figure.incomeGpb'
  | 'reconcile.notes.figure.incomeOther'
  | 'reconcile.notes.figure.expenditureTotal'
  | 'reconcile.notes.figure.expenditureBasic'
  | 'reconcile.notes.figure.expenditureProject'
  | 'reconcile.notes.figure.procurementTotal'
  | 'reconcile.notes.figure.projectsTotal'
  | 'reconcile.notes.figure.projectsFiscal'
  | 'reconcile.notes.figure.projectsCount';

/** A stated figure of the notes as the sum of other stated figures (notes.ts). */
export type NotesPartsKey =
  | 'reconcile.notes.parts.expenditureChange'
  | 'reconcile.notes.parts.totalChangeIsExpenditureChange'
  | 'reconcile.notes.parts.totalChangeIsIncomeChange'
  | 'reconcile.notes.parts.procurement'
  | 'reconcile.notes.parts.vehicles'
  | 'reconcile.notes.parts.sangongVehicle'
  | 'reconcile.notes.parts.sangongTotal';

export type SangongItem =
  'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception' | 'vehicle' | 'total';

export type ReconcileKey =
  | `reconcile.group.${ReconcileGroup}`
  | 'reconcile.row.total'
  | RowSumKey
  | 'reconcile.functionTree'
  | 'reconcile.economicTree'
  | 'reconcile.gpbBasicVsGpbExpenditure.total'
  | 'reconcile.gpbBasicVsGpbExpenditure.personnel'
  | 'reconcile.gpbBasicVsGpbExpenditure.public'
  | 'reconcile.basicVsGpbBasic'
  | 'reconcile.basicVsExpenditure'
  | 'reconcile.expenditureVsIncome'
  | 'reconcile.gpbExpenditureVsIncome'
  | 'reconcile.procurementWithin'
  | 'reconcile.summaryIncomeVsIncome'
  | 'reconcile.notes.vsTable'
  | NotesFigureKey
  | NotesPartsKey
  | 'reconcile.notes.pct'
  | 'reconcile.notes.adminCost'
  | 'reconcile.performance.total'
  | 'reconcile.performance.fiscal'
  | 'reconcile.performance.other'
  | 'reconcile.performance.coverage'
  | 'reconcile.performance.coverageMissing'
  | 'reconcile.projects.totalColumn'
  | 'reconcile.projects.vsExpenditure'
  | 'reconcile.projects.vsGpbExpenditure'
  | 'reconcile.projects.nonFiscalVsIncome'
  | 'reconcile.projects.attribution'
  | 'reconcile.sangong.vehicle'
  | 'reconcile.sangong.total'
  | 'reconcile.sangong.stated'
  | 'reconcile.sangong.statedChange'
  | 'reconcile.sangong.statedPct'
  | `reconcile.sangong.item.${SangongItem}`
  | 'reconcile.sangong.vsBasicReception'
  | 'reconcile.sangong.vsBasicVehicleOperation'
  | 'reconcile.summary.currentIncome'
  | 'reconcile.summary.currentExpenditure'
  | 'reconcile.summary.grandIncome'
  | 'reconcile.summary.grandExpenditure'
  | 'reconcile.summary.balanceCurrent'
  | 'reconcile.summary.balanceGrand'
  | 'reconcile.summary.incomeSub'
  | 'reconcile.summary.category'
  | 'reconcile.summary.categoryMissing'
  | 'reconcile.summary.fiscalRow'
  | 'reconcile.summary.fiscalVsIncome';

/** A list of names (joined with the reader's list separator), or a message inside a message. */
export type MessageValue = string | number | { list: readonly string[] } | ReconcileMessage;

export interface ReconcileMessage {
  key: ReconcileKey;
  values?: Readonly<Record<string, MessageValue>>;
}

export function message(
  key: ReconcileKey,
  values?: Readonly<Record<string, MessageValue>>,
): ReconcileMessage {
  return values ? { key, values } : { key };
}

/** "合计" for the total row, the row's printed label otherwise. */
export function rowLabel(rowId: string, label: string): MessageValue {
  return rowId === 'total' ? message('reconcile.row.total') : label;
}
