import { fold, isNumberText, type Line } from './lines';
import { matchNumberTag, matchTitle, matchUnit, type TitleMatch } from './table-kinds';

/** A PDF's lines, each knowing its file, in reading order (files in the order given, pages in order). */
export interface DocLine extends Line {
  file: string;
}

/** The lines of one table, from its title to its last row, possibly across pages. */
export interface TableRegion {
  match: TitleMatch;
  file: string;
  titlePage: number;
  unit: '元' | '万元' | null;
  /** 编制部门：… / 部门：… as printed above the table. */
  department: string | null;
  /** Lines after the title, unit and department lines, in order; continuation pages included. */
  lines: DocLine[];
  /** Pages the table spans, as "file#page". */
  pages: string[];
}

const FURNITURE = /^(?:[-—–]\s*\d{1,3}\s*[-—–]|\d{1,3}|第\d+页(?:[,，]?共\d+页)?|\d+\/\d+)$/;
const DEPARTMENT =
  /^(?:编制部门|编制单位|部门(?:名称)?|单位名称|预算单位|主管部门)[:：](.+?)(?:(?:金额)?单位[:：].*)?$/;

/** A line that starts a table's data or header (codes, amounts, or a total), used to accept a continuation page. */
function tabular(line: Line): boolean {
  const nums = line.tokens.filter((t) => isNumberText(t.text)).length;
  if (nums >= 1 && line.text.length < 120) return true;
  // Cells of a row with no amounts (使用非财政拨款结余 … 结余分配): short words far apart, unlike a line of prose.
  const apart = line.tokens.some((t, i) => i > 0 && t.x0 - (line.tokens[i - 1]?.x1 ?? t.x0) > 40);
  if (apart && line.tokens.length <= 6 && line.text.length < 60) return true;
  return (
    /^(合计|总计|小计|项目|科目|功能分类|经济分类|类|收入|支出)/.test(line.text) && line.text.length < 60
  );
}

/** Page numbers and running heads are not table content. */
function dropFurniture(lines: DocLine[]): DocLine[] {
  return lines.filter((l, i) => {
    const edge =
      i === 0 || i === lines.length - 1 || lines[i + 1]?.page !== l.page || lines[i - 1]?.page !== l.page;
    return !(edge && l.tokens.length === 1 && FURNITURE.test(l.text));
  });
}

/**
 * Cuts the document into tables at their titles. A table continues onto the next page when that page starts
 * with rows or a repeated header (no new title); it ends at the next title, at its 注 note, or where the
 * narrative resumes.
 */
export function segmentTables(all: DocLine[]): { tables: TableRegion[]; narrative: DocLine[] } {
  const lines = dropFurniture(all);
  const tables: TableRegion[] = [];
  const narrative: DocLine[] = [];
  let current: TableRegion | null = null;
  let prevKey = '';
  let pendingTag: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as DocLine;
    const key = `${line.file}#${line.page}`;
    const newPage = key !== prevKey;
    prevKey = key;
    // A long title may wrap its last character onto a line of its own (…支出预算 / 表, Jiangsu 2017).
    const wrapped = lines[i + 1];
    const wrapsTitle =
      !!wrapped && wrapped.page === line.page && /^表$/.test(wrapped.text.trim()) && !matchTitle(line.text);
    const title = matchTitle(wrapsTitle ? `${line.text}表` : line.text);
    if (wrapsTitle && title) i++;
    if (title && !line.tokens.some((t) => isNumberText(t.text) && !/^(19|20)\d\d$/.test(t.text))) {
      current = {
        match: pendingTag !== null && title.number === undefined ? { ...title, number: pendingTag } : title,
        file: line.file,
        titlePage: line.page,
        unit: matchUnit(line.text),
        department: null,
        lines: [],
        pages: [key],
      };
      pendingTag = null;
      tables.push(current);
      continue;
    }
    if (current) {
      if (newPage) {
        if (!tabular(line) && !matchUnit(line.text) && matchNumberTag(line.text) === null) {
          current = null;
          narrative.push(line);
          continue;
        }
        if (!current.pages.includes(key)) current.pages.push(key);
      }
      const tag = matchNumberTag(line.text);
      if (tag !== null && current.lines.length === 0) {
        current.match = { ...current.match, number: tag };
        continue;
      }
      // A tag printed above the next title (公开 02 表, then the title): not a row of this table.
      if (tag !== null) {
        pendingTag = tag;
        continue;
      }
      // The unit and department share a line in most layouts ("编制部门：… 单位：元").
      // "单位：万" with its 元 wrapped onto the next line, beside 部门名称 (Jiangsu 2019).
      const next = lines[i + 1];
      const lonelyYuan = (l: DocLine | undefined) => l?.tokens.at(-1)?.text.trim() === '元';
      const splitUnit = /单位[:：]?万$/.test(fold(line.text).replace(/\s+/g, '')) && lonelyYuan(next);
      const unit = matchUnit(line.text) ?? (splitUnit ? '万元' : null);
      const dept = DEPARTMENT.exec(
        lonelyYuan(line) && !unit
          ? line.tokens
              .slice(0, -1)
              .map((t) => t.text)
              .join('')
          : line.text,
      );
      if ((unit || dept) && current.lines.filter((l) => l.page === line.page).length === 0) {
        if (unit && !current.unit) current.unit = unit;
        if (dept?.[1] && !current.department) current.department = dept[1].trim();
        continue;
      }
      current.lines.push(line);
      // 注：… ends the table (决算 tables print one under each table; empty tables say why they are empty).
      if (/^注[:：]/.test(line.text)) {
        const next = lines[i + 1];
        if (!next || next.page !== line.page || matchTitle(next.text) || !tabular(next)) current = null;
      }
      continue;
    }
    const tag = matchNumberTag(line.text);
    if (tag !== null) {
      pendingTag = tag;
      continue;
    }
    narrative.push(line);
  }
  // A contents page lists titles one under another: regions with no lines of their own are not tables.
  return { tables: tables.filter((t) => t.lines.length > 0 || t.unit !== null), narrative };
}
