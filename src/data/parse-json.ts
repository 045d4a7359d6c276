import type { DataProblem } from './problems';

/** Larger than any real department-year (the 2023 bureau file is ~200 KB); stops a hostile file early. */
const MAX_DATA_BYTES = 5 * 1024 * 1024;

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: DataProblem[] };

/** JSON.parse with errors that say where: line and column, or what the server sent instead of JSON. */
export function parseJsonText(text: string, file: string): JsonResult {
  const fail = (where: string, message: string): JsonResult => ({
    ok: false,
    problems: [{ file, where, message }],
  });
  if (text.length > MAX_DATA_BYTES)
    return fail(
      '(file)',
      `file is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_DATA_BYTES / 1048576} MB`,
    );
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<'))
    return fail('(file)', 'the server sent an HTML page, not JSON (is the file missing or the URL wrong?)');
  if (text.trim() === '') return fail('(file)', 'the file is empty');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fail(locate(text, message), `not valid JSON: ${message}`);
  }
}

function locate(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return message.includes('end of JSON') ? 'end of file (truncated?)' : '(file)';
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
