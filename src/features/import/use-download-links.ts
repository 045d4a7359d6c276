import { useMemo } from 'react';
import { useBlobUrls } from '../../components/export/use-blob-urls';
import type { ImportedDataset } from '../../store/imported-store';

const JSON_TYPE = 'application/json';

/** Download links for a dataset imported in this page (nothing of it is on the server): its dataset and report JSON. */
export function useDownloadLinks(
  item: ImportedDataset | undefined,
): { dataset: string; report: string } | null {
  const texts = useMemo(
    () =>
      item
        ? {
            dataset: { text: item.datasetText, type: JSON_TYPE },
            report: { text: item.reportText, type: JSON_TYPE },
          }
        : null,
    [item],
  );
  return useBlobUrls(texts);
}
