import type { Money } from './money';

import type { MoneyColumn, TextColumn } from './table-columns';
import type { TableId } from './table-ids';

export type { TableId };

/** Where on a PDF page a value was read (imported datasets): 1-based page, box in points from the top-left. */
export interface PdfSource {
  file?: string | undefined;
  page: number;
  box?: readonly [number, number, number, number] | undefined;
  cells?: Readonly<Record<string, readonly [number, number, number, number]>> | undefined;
}

export interface Column {
  key: string;
  label: string;
  kind: 'code' | 'text' | 'money';
  group?: string | undefined;
}

/**
 * One row of a table. `M` names its money columns (see MoneyColumn): a row of a known table only answers to the
 * columns that table has, so a misspelt column does not compile. Code that reads whatever a table prints goes
 * through `printedCell` in ./table.
 */
export interface TableRow<M extends string = string> {
  id: string;
  /** 1-based line of the extracted source text; 0 for a row imported from a PDF (see `source`). */
  line: number;
  source?: PdfSource | undefined;
  text: Readonly<Partial<Record<TextColumn, string | null>>>;
  money: Readonly<Partial<Record<M, Money | null>>>;
}

export interface BudgetTable<T extends TableId = TableId> {
  id: T;
  number: number;
  title: string;
  unit: string;
  columns: readonly Column[];
  rows: ReadonlyArray<TableRow<MoneyColumn<T>>>;
  note?: Located | undefined;
  /** False for a table this document does not print (the view says so instead of showing an empty shell). */
  published: boolean;
  /** The unit the table prints in (amounts in the domain are always 万元, converted exactly). */
  printedUnit: '万元' | '元';
  source?: PdfSource | undefined;
}

interface Located {
  text: string;
  line: number;
  source?: PdfSource | undefined;
}

export interface Project {
  id: string;
  name: string;
  /** 项目类型 as published: 其他运转类 / 特定目标类 … */
  type: string;
  line: number;
  total: Money;
  /** Amount per funding column of the 项目支出 table (fiscal, gpb, unitFunds …); null = empty cell. */
  funding: Readonly<Record<string, Money | null>>;
}

export interface Indicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  line: number;
}

export interface PerformanceTable {
  projectId: string;
  printedName: string;
  lines: readonly [number, number];
  match: string;
  department: { code: string; name: string; line: number };
  implementingUnit: { name: string; line: number };
  funds: Record<'total' | 'fiscal' | 'other', { value: Money | null; line: number }>;
  goals: readonly Located[];
  indicators: readonly Indicator[];
  /** Texts the extraction damaged beyond repair: `goals[0].text`, `indicators[3].target` … */
  damage: ReadonlyArray<{ path: string; kind: string; note: string }>;
}

export interface NoteFact {
  id: string;
  label: string;
  value: Money;
  unit: string;
  quote: string;
  line: number;
  /** Imported datasets: where on which page the statement is printed. */
  source?: PdfSource | undefined;
  reason?: string | undefined;
}

export interface Correction {
  id: string;
  path: string;
  line: number;
  printed: string;
  value: string | null;
  kind: string;
  evidence: string;
}

interface Attribution {
  projectId: string;
  functionCode: string;
  reason: string;
}

export interface Dataset {
  id: string;
  /** 'pdf': imported by the importer; every figure has a PDF page and box instead of a text line. */
  provenance: 'text' | 'pdf';
  kind: 'budget' | 'final';
  /** 部门 (a department with its units) or 单位 (one unit): the same body in both must not be counted twice. */
  scope: '部门' | '单位';
  department: { code: string; name: string };
  year: number;
  unit: string;
  source: {
    title: string;
    file: string;
    files?: ReadonlyArray<{ name: string; pages: number; sha256: string }> | undefined;
    note?: string | undefined;
  };
  normalization: readonly string[];
  overview: {
    title: Located;
    duties: ReadonlyArray<{ number: string; text: string; line: number }>;
    unitsIntro: Located;
    units: ReadonlyArray<{ number: number; name: string; line: number }>;
  };
  tables: { readonly [T in TableId]: BudgetTable<T> };
  projects: readonly Project[];
  performance: readonly PerformanceTable[];
  notes: {
    sections: ReadonlyArray<{
      heading: string;
      line: number;
      source?: PdfSource | undefined;
      paragraphs: readonly Located[];
    }>;
    facts: readonly NoteFact[];
  };
  specialMatters: { heading: string; text: string; line: number };
  glossary: ReadonlyArray<{ number: string; term: string; definition: string; line: number }>;
  attributions: readonly Attribution[];
  corrections: readonly Correction[];
  /** Texts changed on load: control characters removed (src/data/text-controls.ts), by JSON path. */
  textWarnings?: ReadonlyArray<{ where: string; message: string }>;
}
