import type { Catalog, CatalogEntry } from '../../data/schema-catalog';
import type { Sourced } from '../../components/SourceLink';
import { bodyKey } from '../../domain/body-name';
import { type Money, money, percentChange } from '../../domain/money';

type Figure = 'income' | 'total' | 'basic' | 'project' | 'sangong' | 'operatingCosts';
const FIGURES: readonly Figure[] = ['income', 'total', 'basic', 'project', 'sangong', 'operatingCosts'];

type StatedFigure = 'income' | 'total' | 'sangong' | 'operatingCosts';
const STATED_FIGURES: Readonly<Record<StatedFigure, true>> = {
  income: true,
  total: true,
  sangong: true,
  operatingCosts: true,
};

export interface YearCell {
  value: Money | null;
  /** The change the document itself states against its last year, under its own subject and reason. */
  stated?:
    { label: string; change: Money; reason?: string | undefined; at?: Sourced | undefined } | undefined;
  /** Against the previous column of the same kind (a 决算 is never compared with a 预算): derived, exact. */
  change: Money | null;
  changePct: Money | null;
}

export interface YearSeries {
  columns: CatalogEntry[];
  figures: Array<{ figure: Figure; cells: YearCell[] }>;
  /** Function 类 matched by code; `names` are the names the documents give it, latest first. */
  functions: Array<{ code: string; names: string[]; cells: YearCell[] }>;
}

/**
 * The catalog's years of the department of `current` (same body — see bodyKey — and scope), from the catalog's summaries: no
 * dataset file is read. Columns run by year, a 预算 before the 决算 of its year.
 */
export function yearSeries(catalog: Catalog, current: { name: string; scope: string }): YearSeries {
  const columns = catalog.datasets
    .filter(
      (e) =>
        !e.synthetic &&
        e.summary &&
        bodyKey(e.department.name) === bodyKey(current.name) &&
        (e.scope ?? '部门') === current.scope,
    )
    .sort((a, b) => a.year - b.year || (a.kind === 'final' ? 1 : 0) - (b.kind === 'final' ? 1 : 0));
  const series = (pick: (e: CatalogEntry) => string | null | undefined, figure?: Figure): YearCell[] => {
    const cells: YearCell[] = [];
    columns.forEach((e, i) => {
      const raw = pick(e);
      const value = raw == null ? null : money(raw);
      let before: Money | null = null;
      for (let j = i - 1; j >= 0; j--)
        if ((columns[j]?.kind ?? 'budget') === (e.kind ?? 'budget')) {
          before = cells[j]?.value ?? null;
          break;
        }
      const st = figure && figure in STATED_FIGURES ? e.summary?.stated?.[figure as StatedFigure] : undefined;
      cells.push({
        value,
        stated: st && {
          label: st.label,
          change: money(st.change),
          reason: st.reason,
          at: st.page
            ? { line: 0, source: { file: st.file, page: st.page } }
            : st.line
              ? { line: st.line }
              : undefined,
        },
        change: value && before ? value.minus(before) : null,
        changePct: value && before ? percentChange(before, value) : null,
      });
    });
    return cells;
  };
  const codes = [...new Set(columns.flatMap((e) => Object.keys(e.summary?.functions ?? {})))].sort();
  return {
    columns,
    figures: FIGURES.map((figure) => ({ figure, cells: series((e) => e.summary?.[figure], figure) })),
    functions: codes.map((code) => ({
      code,
      names: [
        ...new Set(
          [...columns].reverse().flatMap((e) => {
            const f = e.summary?.functions[code];
            return f ? [f.name] : [];
          }),
        ),
      ],
      cells: series((e) => e.summary?.functions[code]?.total),
    })),
  };
}
