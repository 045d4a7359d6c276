import type { PdfText } from './pdf-text';
import type { Problem } from './problems';
import { MAX_ITEM_CHARS, type TextFinding } from './text-hygiene';

const WHAT: Record<TextFinding['kind'], (f: TextFinding, count: number) => string> = {
  control: (f, count) =>
    `${count} 处控制字符（${f.detail}${count > 1 ? ' 等' : ''}），已去除：它们会改变文字的显示（如把金额的数字倒过来），第一处在 (${Math.round(f.x)}, ${Math.round(f.y)}) 点`,
  long: (f, count) =>
    `${count} 段文字长达 ${f.detail} 个字符，超过任何表格单元格或一行文字，已截为 ${MAX_ITEM_CHARS} 个字符，第一段在 (${Math.round(f.x)}, ${Math.round(f.y)}) 点`,
};

/** What the text hygiene took out or cut, one warning per page and kind, located at its first place. */
export function textProblems(text: PdfText): Problem[] {
  const groups = new Map<string, TextFinding[]>();
  for (const f of text.findings) {
    const key = `${f.kind}:${f.page}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.entries()].map(([key, [first, ...rest]]) => {
    const f = first as TextFinding;
    return {
      id: `text:${key}:${text.file}`,
      severity: 'warns',
      check: 'reading',
      what: WHAT[f.kind](f, rest.length + 1),
      // Said in `what`: there is no figure to compare.
      printed: '',
      computed: '',
      unit: '',
      file: text.file,
      page: f.page,
      refs: [{ file: text.file, page: f.page, box: { x0: f.x, y0: f.y - 10, x1: f.x + 10, y1: f.y } }],
    };
  });
}
