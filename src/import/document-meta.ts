import type { ExtractedTable } from './extracted';
import { fold } from './lines';
import type { DocLine } from './segment';

export interface DocumentMeta {
  kind: 'budget' | 'final';
  /** 部门 (the department with its units) or 单位 (one unit, 本级). */
  scope: '部门' | '单位';
  department: string;
  year: number | null;
  /** A blank 样张 (XX局): it has tables and no data. */
  template: boolean;
  layout: 'shanghai' | 'jiangsu' | 'other';
  /** The document's title as printed on its first page, when found. */
  title: string;
}

const PLACEHOLDER = /X{2,}|×{2,}|＊{2,}|\*{2,}|某某/i;

/** Department, year, 预算 or 决算, 部门 or 单位 — from the tables' own lines first, the cover second. */
export function documentMeta(tables: readonly ExtractedTable[], lines: readonly DocLine[]): DocumentMeta {
  const firstPages = lines
    .filter((l) => l.page <= 3 && l.file === lines[0]?.file)
    .map((l) => fold(l.text).replace(/\s/g, ''));
  const cover = firstPages.join('\n');
  const titles = tables.map((t) => t.title).join('\n');
  const department =
    mostCommon(
      tables
        .map((t) => t.department)
        .filter((d): d is string => !!d)
        .map(cleanDepartment),
    ) ??
    mostCommon(tables.map((t) => titleDepartment(t.title)).filter((d): d is string => !!d)) ??
    cleanDepartment(coverDepartment(firstPages) ?? '');
  const years = [...`${titles}\n${cover}`.matchAll(/(20\d\d|19\d\d)\s*年/g)].map((m) => Number(m[1]));
  const year = mostCommon(years.map(String));
  const finalWords = (s: string) => (s.match(/决算/g) ?? []).length;
  const budgetWords = (s: string) => (s.match(/预算/g) ?? []).length;
  const kind =
    finalWords(titles) > budgetWords(titles) / 2 ||
    (tables.length === 0 && finalWords(cover) > budgetWords(cover))
      ? 'final'
      : 'budget';
  const scope = /单位预算|\(本级\)|（本级）|编制单位/.test(
    cover + titles + tables.map((t) => t.department ?? '').join(''),
  )
    ? '单位'
    : '部门';
  const hasAmounts = tables.some((t) =>
    t.rows.some((r) => Object.values(r.cells).some((v) => v !== null && v !== '0' && !/^0\.0+$/.test(v))),
  );
  const template =
    PLACEHOLDER.test(department) || /样张|模板|样表/.test(cover) || (tables.length > 0 && !hasAmounts);
  const layout =
    tables.some((t) => /财务收支预算总表|三公"经费和机关运行经费|收入支出决算总表/.test(t.title)) &&
    !/江苏/.test(cover)
      ? 'shanghai'
      : tables.some((t) => t.number !== undefined) || /江苏/.test(cover + department)
        ? 'jiangsu'
        : 'other';
  const title = firstPages.find((l) => /(预算|决算)$/.test(l) && l.length < 40) ?? '';
  return { kind, scope, department, year: year ? Number(year) : null, template, layout, title };
}

function cleanDepartment(d: string): string {
  return fold(d)
    .replace(/\s+/g, '')
    .replace(/(单位|金额单位)[:：].*$/, '')
    .replace(/^第[一二三四五六七八九十]+部分/, '');
}

/** The department named in a table's title: 2018年度江苏省高级人民法院收支预算总表 (no 部门： line there). */
function titleDepartment(title: string): string | null {
  const m =
    /^(?:20\d\d|19\d\d)年度?(.{4,30}?)(?:部门)?(?:收支|收入|支出|财政拨款|一般公共预算|政府性基金|国有资本|["“]?三公|机关运行|政府采购)/.exec(
      fold(title).replace(/\s/g, ''),
    );
  return m?.[1] ?? null;
}

function coverDepartment(lines: readonly string[]): string | null {
  for (const l of lines) {
    const m = /^(?:预算主管部门|部门|单位|编制部门|部门名称)[:：](.+)$/.exec(l);
    if (m?.[1]) return m[1];
  }
  for (const l of lines) {
    const m = /^(.+?)(?:20\d\d)年(?:度)?部门(?:预算|决算)/.exec(l);
    if (m?.[1] && m[1].length < 30) return m[1];
  }
  return null;
}

function mostCommon(xs: readonly string[]): string | undefined {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
