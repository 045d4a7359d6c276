import { useEffect, useState } from 'react';
import type { Dataset } from '../domain/model';
import { checksOf } from '../lib/derived/checks';

/**
 * How many reconciliation identities fail, for the header's warning banner. The 757 checks run after the first
 * paint (not during the first render), so the numbers appear without waiting for them; the banner follows.
 */
export function useFailedChecks(dataset: Dataset): number {
  const [failed, setFailed] = useState(0);
  useEffect(() => {
    const timer = window.setTimeout(() => setFailed(checksOf(dataset).summary.failedIdentities.length), 0);
    return () => window.clearTimeout(timer);
  }, [dataset]);
  return failed;
}
