import type { SourceBox } from './extracted';
import type { TableKind } from './table-kinds';

/**
 * blocks: an identity the document implies fails (a row whose 合计 ≠ 基本 + 项目); the figures cannot all be right.
 * warns: the same figure differs between two places (two tables, a table and the narrative), or a 万元 sum is off
 * by no more than its rounding allows (the figures may all be right, yet the printed table does not add up).
 * notes: worth knowing, not wrong (a row printed twice at a page break, a table the layout does not have).
 */
export type Severity = 'blocks' | 'warns' | 'notes';

type CheckKind = 'row-sum' | 'hierarchy' | 'cross-table' | 'sangong' | 'balance' | 'narrative' | 'reading';

export interface Problem {
  id: string;
  severity: Severity;
  check: CheckKind;
  /** What is compared, in Chinese, naming the table, row and column. */
  what: string;
  /** The value the document prints, and the value computed from the other figures (same unit). */
  printed: string;
  computed: string;
  unit: string;
  file: string;
  page: number;
  table?: TableKind | undefined;
  row?: string | undefined;
  column?: string | undefined;
  /** Every cell the comparison reads. */
  refs: SourceBox[];
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const out: Record<Severity, number> = { blocks: 0, warns: 0, notes: 0 };
  for (const p of problems) out[p.severity]++;
  return out;
}
