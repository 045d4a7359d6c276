import { useEffect, useState } from 'react';
import type { Dataset } from '../domain/model';

/**
 * How many reconciliation identities fail, for the header's warning banner. The 757 checks (and their code) load
 * and run after the first paint, not during the first render: the numbers appear without waiting for them.
 */
export function useFailedChecks(dataset: Dataset): number {
  const [failed, setFailed] = useState(0);
  useEffect(() => {
    let live = true;
    void import('../lib/dataset-cache/checks')
      .then(({ checksOfInSlices }) => checksOfInSlices(dataset))
      .then(({ summary }) => {
        if (live) setFailed(summary.failedIdentities.length);
      });
    return () => {
      live = false;
    };
  }, [dataset]);
  return failed;
}
