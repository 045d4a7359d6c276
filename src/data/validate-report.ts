import './zod-messages';
import { parseJsonText } from './parse-json';
import { type DataProblem, formatPath } from './problems';
import { type ImportReport, importReport } from './schema-report';

export type ReportResult = { ok: true; report: ImportReport } | { ok: false; problems: DataProblem[] };

/** An import report as text (served next to its dataset, or made by the 导入 view) → checked, or what is wrong. */
export function validateReportText(text: string, file: string): ReportResult {
  const json = parseJsonText(text, file);
  if (!json.ok) return json;
  const parsed = importReport.safeParse(json.value, { reportInput: true });
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 20)
        .map((i) => ({ file, where: formatPath(i.path), message: i.message })),
    };
  return { ok: true, report: parsed.data };
}
