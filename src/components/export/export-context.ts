import { createContext, useContext } from 'react';

/** What exports need to say where they come from; provided once by the app shell. */
export interface ExportInfo {
  datasetId: string;
  sourceTitle: string;
}

export const ExportContext = createContext<ExportInfo>({ datasetId: 'budget', sourceTitle: '' });

export function useExportInfo(): ExportInfo {
  return useContext(ExportContext);
}

/** A safe file name: the dataset id and a short name of what is exported. */
export function exportName(info: ExportInfo, name: string): string {
  return `${info.datasetId}-${name}`.replace(/[^\w.-]+/g, '-');
}
