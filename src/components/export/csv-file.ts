import { toCsv } from '../../lib/export/csv';
import { downloadText } from '../../lib/export/download';

// What an "export CSV" click needs, loaded on the first click (CsvButton): the first view carries none of it.
export function saveCsv(filename: string, sheet: string[][]): boolean {
  return downloadText(`${filename}.csv`, toCsv(sheet), 'text/csv;charset=utf-8');
}
