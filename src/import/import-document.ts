import { carryoverSums, hierarchySums, rowSums, sangongSums } from './checks';
import { crossTableChecks, narrativeChecks } from './cross-checks';
import { documentMeta, type DocumentMeta } from './document-meta';
import type { ExtractedTable } from './extracted';
import { narrativeSections, type NarrativeSection } from './narrative';
import { statedChangeChecks, statedChanges } from './stated-changes';
import { executionChecks, executionItems } from './execution';
import { sangongStatementChecks, sangongStatements } from './sangong-statements';
import { ImportError, readPdfText, type PdfjsLike, type PdfText, type ReadOptions } from './pdf-text';
import { countBySeverity, type Problem } from './problems';
import { readTables } from './read-tables';
import { SHAPE, type TableKind } from './table-kinds';
import { TABLE_NAMES } from './table-names';
import { datasetId, toDataset, type DatasetFile } from './to-dataset';
import { textProblems } from './text-problems';
import { keepValidTables } from './valid-dataset';

export interface PdfInput {
  name: string;
  data: Uint8Array;
}

export interface ImportedDocument {
  id: string;
  meta: DocumentMeta;
  files: DatasetFile[];
  tables: ExtractedTable[];
  sections: NarrativeSection[];
  problems: Problem[];
  /** Active content the PDF carries (scripts, links): never run, never followed; said. */
  active: string[];
  dataset: Record<string, unknown>;
  report: Record<string, unknown>;
}

export interface ImportDeps {
  pdfjs: PdfjsLike;
  options: Omit<ReadOptions, 'maxPages'> & { maxPages?: number };
  sha256(data: Uint8Array): Promise<string>;
}

/** A department budget is some 10–40 pages; far more is not one, and reading it would only take time. */
const MAX_PAGES = 300;

export async function readInputs(
  inputs: readonly PdfInput[],
  deps: ImportDeps,
): Promise<Array<{ text: PdfText; sha256: string }>> {
  const out = [];
  for (const input of inputs) {
    const text = await readPdfText(deps.pdfjs, input.data, input.name, {
      maxPages: MAX_PAGES,
      ...deps.options,
    });
    out.push({ text, sha256: await deps.sha256(input.data) });
  }
  return out;
}

interface FilePlan {
  text: PdfText;
  sha256: string;
  meta: DocumentMeta;
  tableCount: number;
}

/**
 * Files that form one document: the same department and year (Jiangsu publishes the narrative and the tables as
 * two PDFs). A narrative-only PDF joins the tables PDF of its year whose department name it shares.
 */
export function groupDocuments(files: ReadonlyArray<{ text: PdfText; sha256: string }>): FilePlan[][] {
  const plans: FilePlan[] = files.map((f) => {
    const read = readTables([f.text]);
    return { ...f, meta: documentMeta(read.tables, read.lines), tableCount: read.tables.length };
  });
  const tablesFile = (x: FilePlan) => printsTables(x.tableCount);
  const groups: FilePlan[][] = [];
  // Each tables PDF is its own document (two with the same department-year are two versions, e.g. an altered copy).
  for (const p of plans.filter(tablesFile)) groups.push([p]);
  for (const p of plans.filter((x) => !tablesFile(x))) {
    const stem = p.text.file.replace(/[-_]?(text|narrative|说明)?\.pdf$/i, '');
    const match = groups.find((g) =>
      g.some(
        (q) =>
          q.meta.year === p.meta.year &&
          (q.text.file.replace(/[-_]?(tables|表)?\.pdf$/i, '') === stem ||
            sharesName(q.meta.department, p.text.pages.slice(0, 2))),
      ),
    );
    if (match) match.unshift(p);
    else groups.push([p]);
  }
  return groups;
}

function sharesName(department: string, pages: PdfText['pages']): boolean {
  if (department.length < 4) return false;
  const text = pages
    .flatMap((pg) => pg.items.map((i) => i.str))
    .join('')
    .replace(/\s/g, '');
  return text.includes(department) || text.includes(department.replace(/^中共/, '中国共产党'));
}

/** A narrative that names a table or two on lines of their own is not a tables PDF. */
const printsTables = (tableCount: number) => tableCount >= 3;

/** One document (one or more PDFs of the same department-year) → its dataset and its problems report. */
export function buildDocument(files: ReadonlyArray<{ text: PdfText; sha256: string }>): ImportedDocument {
  const names = files.map((f) => f.text.file).join(', ');
  const read = readTables(files.map((f) => f.text));
  const meta = documentMeta(read.tables, read.lines);
  const tables = read.tables;
  if (!tables.length)
    throw new ImportError(
      names,
      'not-budget',
      'no budget table was found (no 收支总表, 支出总表, 三公 … titled table): not a 部门预算/决算, or its tables are in another PDF that was not given',
    );
  if (meta.template)
    throw new ImportError(
      names,
      'template',
      `a blank template (样张, ${meta.department || 'no department'}): its tables hold no data; nothing to import`,
    );
  const perFile = files.map((f) => readTables([f.text]).tables);
  // Only the 编制部门 lines of tables name the body reliably (a narrative's cover may use a short form); a wrapped
  // line reads shorter ("…高级人民法"), so a name contained in another is the same name.
  const departments = perFile
    .flatMap((ts) => ts.map((t) => (t.department ?? '').replace(/\s/g, '')))
    .filter((d) => d.length >= 4);
  const withDepartments = new Set(
    departments.filter((d, i) => departments.findIndex((e) => e.includes(d) || d.includes(e)) === i),
  );
  if (perFile.filter((ts) => printsTables(ts.length)).length > 1)
    throw new ImportError(
      names,
      'mixed',
      'these files are not one document: more than one of them prints budget tables (import them one by one)',
    );
  if (withDepartments.size > 1)
    throw new ImportError(
      names,
      'mixed',
      `these files are not one document: they name different departments (${[...withDepartments].join(' / ')})`,
    );
  const sections = narrativeSections(read.narrative);
  const checked = checkDocument(tables, sections, meta);
  const datasetFiles: DatasetFile[] = files.map((f) => ({
    name: f.text.file,
    pages: f.text.pageCount,
    sha256: f.sha256,
  }));
  const id = datasetId(meta, datasetFiles);
  const built = keepValidTables(toDataset(id, meta, tables, sections, datasetFiles), `${id}.json`, tables);
  const dataset = built.dataset;
  const problems = [...files.flatMap((f) => textProblems(f.text)), ...checked, ...built.problems];
  const active = [...new Set(files.flatMap((f) => f.text.active))];
  const counts = countBySeverity(problems);
  const report = {
    formatVersion: 1,
    dataset: id,
    files: datasetFiles,
    document: meta,
    tables: tables.map((t) => ({
      kind: t.kind,
      title: t.title,
      number: t.number ?? null,
      unit: t.unit,
      file: t.file,
      page: t.page,
      pages: t.pages.length,
      rows: t.rows.length,
      note: t.note?.text ?? null,
      remarks: t.remarks,
    })),
    active,
    counts,
    problems,
  };
  return { id, meta, files: datasetFiles, tables, sections, problems, active, dataset, report };
}

const EXPECTED: Record<'shanghai' | 'jiangsu', TableKind[]> = {
  shanghai: [
    'summary',
    'income',
    'expenditure',
    'fiscalSummary',
    'gpbExpenditure',
    'govFund',
    'stateCapital',
    'gpbBasic',
    'sangong',
  ],
  jiangsu: [
    'summary',
    'income',
    'expenditure',
    'fiscalSummary',
    'fiscalExpenditure',
    'fiscalBasic',
    'gpbExpenditure',
    'gpbBasic',
    'govFund',
    'operatingCosts',
    'sangong',
    'procurement',
  ],
};

const EXPECTED_FINAL: TableKind[] = [
  'summary',
  'income',
  'expenditure',
  'fiscalSummary',
  'gpbExpenditure',
  'gpbBasic',
  'govFund',
  'stateCapital',
  'sangong',
];

/** Placeholders left from the template (XX局, XXX万元) and headings whose year is not the document's. */
function textChecks(sections: readonly NarrativeSection[], meta: DocumentMeta): Problem[] {
  const out: Problem[] = [];
  for (const s of sections) {
    const texts = [
      { text: s.heading, page: s.page, file: s.file },
      ...s.paragraphs.map((p) => ({ text: p.text, page: p.page, file: p.file })),
    ];
    for (const t of texts) {
      const x = /[^A-Za-z]X{2,}[^A-Za-z]?/.exec(t.text);
      if (x)
        out.push({
          id: `text:placeholder:${t.file}:${t.page}`,
          severity: 'warns',
          check: 'reading',
          what: `第${t.page}页有模板占位符“${t.text.slice(Math.max(0, x.index - 8), x.index + 10)}”`,
          printed: x[0],
          computed: '',
          unit: '',
          file: t.file,
          page: t.page,
          refs: [],
        });
    }
    for (const t of texts) {
      // A 决算 reports its assets as they stood at the end of its own year.
      const at = /截[至止] ?(20\d\d) ?年 ?12 ?月 ?31 ?日/.exec(t.text);
      if (at && meta.kind === 'final' && meta.year && Number(at[1]) !== meta.year)
        out.push({
          id: `text:as-of:${t.file}:${t.page}`,
          severity: 'warns',
          check: 'reading',
          what: `第${t.page}页“${at[0].replace(/ /g, '')}”：决算应截至本年度（${meta.year}年）年末`,
          printed: at[1] ?? '',
          computed: String(meta.year),
          unit: '',
          file: t.file,
          page: t.page,
          refs: [],
        });
      const twice = /([。，；：])\1/.exec(t.text);
      if (twice)
        out.push({
          id: `text:punctuation:${t.file}:${t.page}:${twice.index}`,
          severity: 'notes',
          check: 'reading',
          what: `第${t.page}页标点重复：“${t.text.slice(Math.max(0, twice.index - 12), twice.index + 2)}”`,
          printed: twice[0],
          computed: twice[1] ?? '',
          unit: '',
          file: t.file,
          page: t.page,
          refs: [],
        });
    }
    const y = /(20\d\d)年度?/.exec(s.heading);
    if (
      y &&
      meta.year &&
      Number(y[1]) !== meta.year &&
      /部门(预算|决算)|情况说明|决算表|预算表/.test(s.heading)
    )
      out.push({
        id: `text:year:${s.file}:${s.page}`,
        severity: 'warns',
        check: 'reading',
        what: `标题“${s.heading}”的年度（${y[1]}）与文件年度（${meta.year}）不一致`,
        printed: y[1] ?? '',
        computed: String(meta.year),
        unit: '',
        file: s.file,
        page: s.page,
        refs: [],
      });
  }
  return out;
}

function checkDocument(
  tables: readonly ExtractedTable[],
  sections: readonly NarrativeSection[],
  meta: DocumentMeta,
): Problem[] {
  const byKind: Partial<Record<TableKind, ExtractedTable>> = {};
  for (const t of tables) byKind[t.kind] ??= t;
  const problems: Problem[] = [];
  for (const t of tables) {
    const shape = SHAPE[t.kind];
    if (shape === 'function' || shape === 'economic') problems.push(...rowSums(t), ...hierarchySums(t));
    if (shape === 'items') problems.push(...sangongSums(t));
    if (t.kind === 'summary' || t.kind === 'fiscalSummary') problems.push(...carryoverSums(t));
    if (!t.unit)
      problems.push({
        id: `reading:unit:${t.kind}`,
        severity: 'notes',
        check: 'reading',
        what: `${t.title}：未找到单位行（单位：元/万元），按万元读取`,
        printed: '',
        computed: '',
        unit: '',
        file: t.file,
        page: t.page,
        table: t.kind,
        refs: [],
      });
    for (const r of t.remarks)
      problems.push({
        id: `reading:${t.kind}:${problems.length}`,
        severity: 'notes',
        check: 'reading',
        what: `${t.title}：${r}`,
        printed: '',
        computed: '',
        unit: t.unit ?? '',
        file: t.file,
        page: t.page,
        table: t.kind,
        refs: [],
      });
  }
  problems.push(
    ...crossTableChecks(byKind, meta.kind),
    ...narrativeChecks(sections, byKind),
    ...textChecks(sections, meta),
    ...statedChangeChecks(statedChanges(sections)),
    ...(meta.kind === 'final'
      ? [
          ...executionChecks(executionItems(sections, byKind.gpbExpenditure), byKind.gpbExpenditure),
          ...sangongStatementChecks(sangongStatements(sections), byKind.sangong),
        ]
      : []),
  );
  if (meta.layout !== 'other')
    for (const kind of meta.kind === 'final' ? EXPECTED_FINAL : EXPECTED[meta.layout])
      if (!byKind[kind])
        problems.push({
          id: `reading:missing:${kind}`,
          severity: 'warns',
          check: 'reading',
          what: `未找到${TABLE_NAMES[kind]}：这一版式印有此表，本文件正文中没有（缺表，或标题未能识别）`,
          printed: '',
          computed: '',
          unit: '',
          file: tables[0]?.file ?? '',
          page: 0,
          table: kind,
          refs: [],
        });
  return problems;
}

export { ImportError };
