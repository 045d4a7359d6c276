import { fold } from './lines';
import { tokensBox, type Box } from './grid';
import type { DocLine } from './segment';

export interface NarrativeParagraph {
  text: string;
  file: string;
  page: number;
  box: Box;
  /** Where each source line starts in `text`, to locate a match. */
  starts: Array<{ at: number; line: DocLine }>;
}

export interface NarrativeSection {
  heading: string;
  file: string;
  page: number;
  paragraphs: NarrativeParagraph[];
}

const HEADING =
  /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\d{4}年(度)?[^,。]{0,20}(说明|情况)$)|(职能|机构设置|名词解释|编制说明|情况说明|相关情况说明)$/;

const lineBox = (l: DocLine): Box => tokensBox(l.tokens);

/**
 * The narrative (部门概况, 编制说明, 其他相关情况说明 …) as sections of paragraphs. A paragraph ends where a line
 * ends short of the right margin; a heading is a short line that names a part or a section.
 */
export function narrativeSections(lines: readonly DocLine[]): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  let para: NarrativeParagraph | null = null;
  const right = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.file}#${l.page}`;
    right.set(key, Math.max(right.get(key) ?? 0, lineBox(l).x1));
  }
  const section = (heading: string, l: DocLine) => {
    const s = { heading, file: l.file, page: l.page, paragraphs: [] };
    sections.push(s);
    return s;
  };
  for (const l of lines) {
    const text = fold(l.text);
    if (!text || /^[-—]?\d{1,3}[-—]?$/.test(text)) continue;
    const current = sections[sections.length - 1] ?? section('', l);
    if (text.length <= 30 && HEADING.test(text) && !/[。;]$/.test(text)) {
      section(text, l);
      para = null;
      continue;
    }
    if (!para || para.page !== l.page || para.file !== l.file) {
      para = { text: '', file: l.file, page: l.page, box: lineBox(l), starts: [] };
      (sections[sections.length - 1] ?? current).paragraphs.push(para);
    }
    para.starts.push({ at: para.text.length, line: l });
    para.text += text;
    const b = lineBox(l);
    para.box = {
      x0: Math.min(para.box.x0, b.x0),
      y0: Math.min(para.box.y0, b.y0),
      x1: Math.max(para.box.x1, b.x1),
      y1: Math.max(para.box.y1, b.y1),
    };
    // A line that stops well short of the margin ends its paragraph.
    if (b.x1 < (right.get(`${l.file}#${l.page}`) ?? 0) - 40 || /[。:]$/.test(text)) para = null;
  }
  return sections.filter((s) => s.heading || s.paragraphs.length);
}

/** The source line holding character `at` of a paragraph. */
export function lineAt(p: NarrativeParagraph, at: number): DocLine | undefined {
  let found = p.starts[0]?.line;
  for (const s of p.starts) if (s.at <= at) found = s.line;
  return found;
}

export { lineBox };
