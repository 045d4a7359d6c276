import type Decimal from 'decimal.js';
import type { Money } from '../money';
import type { SourceRef } from '../table';
import type { ReconcileGroup, ReconcileMessage } from './messages';

/**
 * identity: an equation the document implies; failing means the data (or the document) is wrong.
 * observation: a stated fact the document does not bear out exactly; reported, never hidden, never blocking.
 */
export type CheckSeverity = 'identity' | 'observation';

/**
 * A compared value, exact: money in the dataset's unit (shown in the reader's unit), a count (projects, vehicles)
 * or a percentage (null where it cannot be computed: a zero base).
 */
export type CheckValue =
  | { kind: 'money'; value: Money }
  | { kind: 'count'; value: Decimal }
  | { kind: 'percent'; value: Decimal | null };

export interface Check {
  id: string;
  group: ReconcileGroup;
  /** What is compared, as a key of the string tables and its values (messages.ts). */
  message: ReconcileMessage;
  expected: CheckValue;
  actual: CheckValue;
  /** equals: actual = expected; atMost: actual ≤ expected (a part that may not exceed its whole). */
  relation: 'equals' | 'atMost';
  pass: boolean;
  severity: CheckSeverity;
  refs: readonly SourceRef[];
}

export function moneyCheck(
  id: string,
  group: ReconcileGroup,
  message: ReconcileMessage,
  expected: Money,
  actual: Money,
  refs: readonly SourceRef[] = [],
): Check {
  return {
    id,
    group,
    message,
    expected: { kind: 'money', value: expected },
    actual: { kind: 'money', value: actual },
    relation: 'equals',
    pass: expected.equals(actual),
    severity: 'identity',
    refs,
  };
}

/** `actual ≤ limit`: e.g. 政府采购 under a 项 within what the 项 spends. */
export function atMostCheck(
  id: string,
  group: ReconcileGroup,
  message: ReconcileMessage,
  limit: Money,
  actual: Money,
  refs: readonly SourceRef[] = [],
): Check {
  return {
    ...moneyCheck(id, group, message, limit, actual, refs),
    relation: 'atMost',
    pass: actual.lte(limit),
  };
}

export function countCheck(
  id: string,
  group: ReconcileGroup,
  message: ReconcileMessage,
  expected: Decimal,
  actual: Decimal,
  severity: CheckSeverity = 'identity',
  refs: readonly SourceRef[] = [],
): Check {
  return {
    id,
    group,
    message,
    expected: { kind: 'count', value: expected },
    actual: { kind: 'count', value: actual },
    relation: 'equals',
    pass: expected.equals(actual),
    severity,
    refs,
  };
}

/** A stated percentage against the one computed (both to the 2 places the document prints). */
export function percentCheck(
  id: string,
  group: ReconcileGroup,
  message: ReconcileMessage,
  expected: Decimal | null,
  actual: Decimal,
  refs: readonly SourceRef[] = [],
): Check {
  return {
    id,
    group,
    message,
    expected: { kind: 'percent', value: expected },
    actual: { kind: 'percent', value: actual },
    relation: 'equals',
    pass: expected !== null && expected.toFixed(2) === actual.toFixed(2),
    severity: 'identity',
    refs,
  };
}
