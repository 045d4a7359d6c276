import { formatPath } from './problems';

/** A data text changed on load, and why (shown in the data view, printed by `npm run validate-data`). */
export interface TextWarning {
  where: string;
  message: string;
}

/**
 * Explicit bidi formatting (embeddings, overrides, isolates, marks) and C0/C1 control characters (but tab, line
 * feed, carriage return). A U+202E in a name reverses whatever follows it in the same line — "4,000.00 万元" reads
 * "00.000,4" — and an importer's PDF text is anyone's. A published budget has no use for them.
 */
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- the control characters are what this matches
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their presentation forms). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** First strong isolate … pop directional isolate: the text is a unit to the bidi algorithm, as `<bdi>` makes it. */
const FSI = '\u2068';
const PDI = '\u2069';

function codePoints(chars: Iterable<string>): string {
  return [...new Set(chars)]
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');
}

/**
 * Neutralises every string of a (schema-valid) dataset in place: control characters are removed, with a located
 * warning; a text holding right-to-left letters is wrapped in FSI … PDI, so that wherever it is drawn — HTML, a
 * chart's canvas, the document title, a tooltip — it cannot reorder the digits and words beside it.
 */
export function neutraliseTextControls(root: unknown): TextWarning[] {
  const warnings: TextWarning[] = [];
  const clean = (text: string, path: PropertyKey[]): string => {
    const found = text.match(CONTROLS);
    let out = text;
    if (found) {
      out = text.replace(CONTROLS, '');
      warnings.push({
        where: formatPath(path),
        message: `removed ${codePoints(found)} (bidi/control characters reorder or hide text)`,
      });
    }
    return RTL.test(out) ? FSI + out + PDI : out;
  };
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (value === null || typeof value !== 'object') return;
    const entries = Object.entries(value);
    for (const [key, v] of entries) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      if (typeof v === 'string') (value as Record<string, unknown>)[key] = clean(v, at);
      else walk(v, at);
    }
  };
  walk(root, []);
  return warnings;
}
