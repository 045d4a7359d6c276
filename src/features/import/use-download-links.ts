import { useEffect, useMemo } from 'react';
import type { ImportedDataset } from '../../store/imported-store';

/**
 * Download links for a dataset imported in this page (nothing of it is on the server): blob URLs of its dataset
 * and report JSON, revoked when the component goes or the dataset changes.
 */
export function useDownloadLinks(
  item: ImportedDataset | undefined,
): { dataset: string; report: string } | null {
  const links = useMemo(
    () =>
      item
        ? {
            dataset: URL.createObjectURL(new Blob([item.datasetText], { type: 'application/json' })),
            report: URL.createObjectURL(new Blob([item.reportText], { type: 'application/json' })),
          }
        : null,
    [item],
  );
  useEffect(
    () => () => {
      if (!links) return;
      URL.revokeObjectURL(links.dataset);
      URL.revokeObjectURL(links.report);
    },
    [links],
  );
  return links;
}
