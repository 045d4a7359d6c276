import type { DocumentMeta } from './document-meta';
import type { ExtractedRow, ExtractedTable } from './extracted';
import type { Box } from './grid';
import type { NarrativeSection } from './narrative';
import { type StatedChange, statedChanges } from './stated-changes';
import { statementFacts } from './budget-statement';
import { type ExecutionItem, executionItems } from './execution';
import { type SangongStatement, sangongStatements } from './sangong-statements';
import { TABLE_IDS } from '../domain/table-ids';
import { isCurrentTotal, pairSides, sideItem } from './pair-table';
import { SHAPE, type TableKind } from './table-kinds';

/** Table roles the dataset holds (the importer does not read a 项目支出 list: no layout of the corpus prints one). */
const DATASET_TABLES: ReadonlySet<TableKind> = new Set(TABLE_IDS.filter((id) => id !== 'projects'));

type Json = Record<string, unknown>;
const round = (n: number) => Math.round(n * 10) / 10;
const box = (b: Box): [number, number, number, number] => [
  round(b.x0),
  round(b.y0),
  round(b.x1),
  round(b.y1),
];

export interface DatasetFile {
  name: string;
  pages: number;
  sha256: string;
}

/** A dataset id from the (first) file name; a name with no Latin letters gives year, kind and the file's hash. */
export function datasetId(meta: DocumentMeta, files: readonly DatasetFile[]): string {
  const base = files[0]?.name
    .replace(/\.pdf$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const hash = (files[0]?.sha256 ?? '').slice(0, 8);
  const kind = meta.kind === 'final' ? 'final' : 'budget';
  return base && /[a-z]/.test(base)
    ? base.replace(/-(text|tables)$/, '')
    : `import-${meta.year ?? 'x'}-${kind}-${hash}`;
}

/**
 * The importer's tables → the dataset format the dashboard reads: codes split into 类/款/项 cells as the
 * hand-checked dataset has them, amounts exactly as printed in each table's unit, and every row's PDF page and box.
 */
export function toDataset(
  id: string,
  meta: DocumentMeta,
  tables: readonly ExtractedTable[],
  sections: readonly NarrativeSection[],
  files: readonly DatasetFile[],
): Json {
  const out: Record<string, Json> = {};
  for (const t of tables) {
    if (!DATASET_TABLES.has(t.kind) || out[t.kind]) continue;
    out[t.kind] = datasetTable(t, meta);
  }
  const mainUnit = (out.expenditure?.unit ?? out.summary?.unit ?? '万元') as string;
  const title =
    meta.title ||
    `${meta.department}${meta.year ?? ''}年${meta.scope}${meta.kind === 'final' ? '决算' : '预算'}`;
  return {
    $schema: './budget-dataset.schema.json',
    formatVersion: 1,
    id,
    provenance: 'pdf',
    kind: meta.kind,
    scope: meta.scope,
    department: { code: '', name: meta.department },
    year: meta.year ?? 0,
    unit: mainUnit,
    source: {
      title,
      file: files[0]?.name ?? '',
      files: files.map((f) => ({ name: f.name, pages: f.pages, sha256: f.sha256 })),
      note: '由导入程序从PDF读取（坐标重建表格）；每个数字记录其PDF页码与位置。',
    },
    normalization: [
      '金额按表中所印数字记录，去掉千分位逗号；空白单元格记为 null；单位按各表所印（元或万元）。',
      '类/款/项编码按所印单元格拆分；只印一位的款/项编码补足两位（如“2”→“02”），原样见 printedCode。',
    ],
    tables: out,
    performance: [],
    notes: {
      sections: sections.map((s) => ({
        heading: s.heading.slice(0, 200),
        source: { file: s.file, page: s.page },
        paragraphs: s.paragraphs.map((p) => ({
          text: p.text.slice(0, 5000),
          source: { file: p.file, page: p.page, box: box(p.box) },
        })),
      })),
      facts: [
        ...statedChanges(sections).flatMap(factsOf),
        ...(meta.kind === 'final'
          ? executionItems(
              sections,
              tables.find((t) => t.kind === 'gpbExpenditure'),
            ).flatMap(executionFacts)
          : []),
        ...(meta.kind === 'final' ? sangongStatements(sections).flatMap(sangongFacts) : []),
      ],
    },
    glossary: [],
    attributions: [],
    corrections: [],
  };
}

function datasetTable(t: ExtractedTable, meta: DocumentMeta): Json {
  const shape = SHAPE[t.kind];
  const base = {
    id: t.kind,
    number: t.number ?? 0,
    title: t.title,
    unit: t.unit ?? '万元',
    source: { file: t.file, page: t.page },
  };
  const note = t.note ? { note: { text: t.note.text, source: { file: t.file, page: t.note.page } } } : {};
  if (shape === 'pairs') return { ...base, ...pairTable(t), ...note };
  if (shape === 'items') return { ...base, ...sangongTable(t, meta.year ?? 0), ...note };
  const economic = shape === 'economic';
  const codeCols = economic
    ? [
        { key: 'deptClass', label: '类', kind: 'code' },
        { key: 'deptKuan', label: '款', kind: 'code' },
        {
          key: 'deptName',
          label: t.columns.find((c) => c.key === 'name')?.label ?? '科目名称',
          kind: 'text',
        },
      ]
    : [
        { key: 'class', label: '类', kind: 'code' },
        { key: 'kuan', label: '款', kind: 'code' },
        { key: 'xiang', label: '项', kind: 'code' },
        { key: 'name', label: t.columns.find((c) => c.key === 'name')?.label ?? '科目名称', kind: 'text' },
      ];
  const found = t.columns.filter((c) => c.kind === 'money');
  // A table printed empty (合计 and no amount: "无政府性基金支出") shows no amount column to find; it is its total.
  const money = found.length ? found : [{ key: 'total', label: '合计', kind: 'money' as const, group: '' }];
  return {
    ...base,
    columns: [
      ...codeCols,
      ...money.map((c) => ({
        key: c.key,
        label: c.label,
        kind: 'money',
        ...(c.group ? { group: c.group } : {}),
      })),
    ],
    rows: t.rows.map((r) => {
      const [a, b, c] = splitCode(r.code);
      const codes = economic
        ? { deptClass: a, deptKuan: b, deptName: r.name || null }
        : { class: a, kuan: b, xiang: c, name: r.name || null };
      const row = inPanelColumn(t, r);
      return {
        id: row.id,
        source: rowSource(row),
        ...(row.printedCode ? { printedCode: row.printedCode } : {}),
        cells: { ...codes, ...Object.fromEntries(money.map((m) => [m.key, row.cells[m.key] ?? null])) },
      };
    }),
  };
}

/**
 * A row of a two-panel 决算 table carries its 决算数 also in its panel's column (人员经费 for the left panel, 公用经费
 * for the right), the same printed cell: the dataset then reads like a budget's, where 301 has personnel = total.
 */
function inPanelColumn(t: ExtractedTable, r: ExtractedRow): ExtractedRow {
  const panel = t.panels?.find((p) => p.rows.includes(r.id));
  if (!panel) return r;
  const box = r.cellBoxes.total;
  return {
    ...r,
    cells: { ...r.cells, [panel.key]: r.cells.total ?? null },
    cellBoxes: box ? { ...r.cellBoxes, [panel.key]: box } : r.cellBoxes,
  };
}

function rowSource(r: ExtractedRow): Json {
  return {
    file: r.source.file,
    page: r.source.page,
    box: box(r.source.box),
    cells: Object.fromEntries(Object.entries(r.cellBoxes).map(([k, b]) => [k, box(b)])),
  };
}

function splitCode(code: string | null): [string | null, string | null, string | null] {
  if (!code) return [null, null, null];
  return [code.slice(0, 3), code.slice(3, 5) || null, code.slice(5, 7) || null];
}

/** Sides of an item/amount table: incomeItem/incomeAmount, expenditureItem/expenditureAmount (…Total, …Gpb). */
function pairTable(t: ExtractedTable): Json {
  const rename = new Map<string, string>();
  const cap = (k: string) => k.replace(/^./, (x) => x.toUpperCase());
  const fiscalAmount: Record<string, string> = {
    gpb: 'Gpb',
    govFund: 'GovFund',
    stateCapital: 'StateCapital',
  };
  pairSides(t.columns).forEach((side, n) => {
    const prefix = ['income', 'expenditure', 'use'][n] ?? `side${n + 1}`;
    side.items.forEach((k, i) =>
      rename.set(k, i === 0 ? `${prefix}Item` : `${prefix}SubItem${i > 1 ? i : ''}`),
    );
    side.amounts.forEach((k, i) => {
      // 财政拨款收支总表's expenditure side: expenditureTotal, expenditureGpb … as the hand-checked dataset has them.
      if (t.kind === 'fiscalSummary' && n >= 1)
        rename.set(k, `${prefix}${i === 0 ? 'Total' : (fiscalAmount[k] ?? cap(k))}`);
      else rename.set(k, i === 0 ? `${prefix}Amount` : `${prefix}${cap(k)}`);
    });
  });
  const totalIds = summaryTotalIds(t);
  return {
    columns: t.columns.map((c) => ({
      key: rename.get(c.key) ?? c.key,
      label: c.label,
      kind: c.kind,
      ...(c.group ? { group: c.group } : {}),
    })),
    rows: t.rows.map((r) => ({
      id: totalIds.get(r) ?? r.id,
      source: {
        ...rowSource(r),
        cells: Object.fromEntries(Object.entries(r.cellBoxes).map(([k, b]) => [rename.get(k) ?? k, box(b)])),
      },
      cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [rename.get(k) ?? k, v])),
    })),
  };
}

/**
 * The totals rows get the ids the hand-checked dataset gives them (the views read them by id): 本年收入合计 is
 * `current-total`, 收入总计 `grand-total`. A summary that prints no 本年 subtotal and no 结转/结余 line (Shanghai)
 * has nothing to add to this year's income: its 收入总计 is this year's total.
 */
function summaryTotalIds(t: ExtractedTable): Map<ExtractedRow, string> {
  const income = pairSides(t.columns)[0];
  const item = (r: ExtractedRow) => (income ? sideItem(r, income) : '');
  const out = new Map<ExtractedRow, string>();
  const current = t.rows.find((r) => isCurrentTotal(item(r), 0));
  const grand = t.rows.findLast((r) => /^(收入)?(总计|合计)$/.test(item(r)));
  const carried = t.rows.some((r) => /结转|结余/.test(item(r)));
  if (current) out.set(current, 'current-total');
  if (grand) out.set(grand, current || carried ? 'grand-total' : 'current-total');
  return out;
}

/**
 * The 三公 row with the dataset's year-suffixed keys (total2025 …). Where 会议费/培训费 share the table (Jiangsu),
 * `total` is the “三公” subtotal and the printed 合计 is `allTotal`, so 三公 means the same in every dataset.
 */
function sangongTable(t: ExtractedTable, year: number): Json {
  const hasSub = t.columns.some((c) => c.key === 'sangongTotal');
  const keyOf = (k: string) =>
    `${hasSub ? (k === 'sangongTotal' ? 'total' : k === 'total' ? 'allTotal' : k) : k}${year}`;
  const money = t.columns.filter((c) => c.kind === 'money');
  const row = t.rows.find((r) => Object.values(r.cells).some((v) => v !== null)) ?? t.rows[0];
  return {
    columns: money.map((c) => ({
      key: keyOf(c.key),
      label: c.label,
      kind: 'money',
      ...(c.group ? { group: c.group } : {}),
    })),
    rows: row
      ? [
          {
            id: 'amounts',
            source: {
              ...rowSource(row),
              cells: Object.fromEntries(Object.entries(row.cellBoxes).map(([k, b]) => [keyOf(k), box(b)])),
            },
            cells: Object.fromEntries(money.map((c) => [keyOf(c.key), row.cells[c.key] ?? null])),
          },
        ]
      : [],
  };
}

/** A stated change as the dataset's note facts: the change, and its percentage where printed (`<id>Pct`). */
function factsOf(c: StatedChange): Json[] {
  const source = { file: c.file, page: c.page, box: [...c.box] };
  const base = {
    label: c.label.slice(0, 200),
    quote: c.quote,
    source,
    ...(c.reason && { reason: c.reason }),
  };
  const out: Json[] = [{ id: c.id, ...base, value: c.change, unit: '万元' }];
  if (c.pct !== null && c.id.endsWith('.change'))
    out.push({ id: `${c.id}Pct`, ...base, value: c.pct, unit: '%' });
  return out;
}

/**
 * A 项's 年初预算 against its 支出决算, as the narrative states them: execution.<code>.budget / .actual (and .ratio
 * where printed), the label the printed 类/款/项 path. A 项 whose code the tables do not settle is numbered instead.
 */
function executionFacts(x: ExecutionItem, i: number): Json[] {
  return statementFacts(`execution.${x.code ?? `n${i + 1}`}`, x.path.join('/'), x);
}

/** The narrative's “三公” 预算 / 决算 / ratio per item: sangongExecution.<item>.budget / .actual / .ratio. */
function sangongFacts(x: SangongStatement): Json[] {
  return statementFacts(`sangongExecution.${x.item}`, x.printedName, x);
}
