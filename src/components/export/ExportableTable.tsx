import { type ReactNode, useRef } from 'react';
import { CsvButton } from './CsvButton';
import { exportName, useExportInfo } from './export-context';

/** Any table with an "export CSV" button above it. `name` becomes part of the file name. */
export function ExportableTable({ name, children }: { name: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const info = useExportInfo();
  return (
    <div className="exportable">
      <div className="table-tools">
        <CsvButton target={ref} filename={exportName(info, name)} />
      </div>
      <div ref={ref}>{children}</div>
    </div>
  );
}
