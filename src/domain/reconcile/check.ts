import type { Money } from '../money';
import type { SourceRef } from '../table';

/**
 * identity: an equation the document implies; failing means the data (or the document) is wrong.
 * observation: a stated fact the document does not bear out exactly; reported, never hidden, never blocking.
 */
export type CheckSeverity = 'identity' | 'observation';

export interface Check {
  id: string;
  group: string;
  /** One sentence in Chinese: what is compared. */
  description: string;
  expected: string;
  actual: string;
  pass: boolean;
  severity: CheckSeverity;
  refs: readonly SourceRef[];
}

export function moneyCheck(
  id: string,
  group: string,
  description: string,
  expected: Money,
  actual: Money,
  refs: readonly SourceRef[] = [],
): Check {
  return {
    id,
    group,
    description,
    expected: expected.toFixed(2),
    actual: actual.toFixed(2),
    pass: expected.equals(actual),
    severity: 'identity',
    refs,
  };
}

export function valueCheck(
  id: string,
  group: string,
  description: string,
  expected: string,
  actual: string,
  severity: CheckSeverity = 'identity',
  refs: readonly SourceRef[] = [],
): Check {
  return { id, group, description, expected, actual, pass: expected === actual, severity, refs };
}
