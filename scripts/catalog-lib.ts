import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entrySummary, regionOf } from '../src/data/catalog-summary';
import { validateCatalogText } from '../src/data/validate-catalog';
import { validateDatasetText } from '../src/data/validate';
import { validateReportText } from '../src/data/validate-report';

/**
 * Recomputes every entry's summary (headline figures and problem counts), region, scope and kind from its dataset
 * and report, so the catalog never disagrees with its files. Returns the problems that stopped an entry.
 */
export function refreshCatalog(dir: string): string[] {
  const path = join(dir, 'catalog.json');
  const checked = validateCatalogText(readFileSync(path, 'utf8'), path);
  if (!checked.ok) return checked.problems.map((p) => `${p.file}: ${p.where}: ${p.message}`);
  const errors: string[] = [];
  const datasets = checked.catalog.datasets.map((e) => {
    // Generated entries have generated summaries (a synthetic catalog's are never computed from its files).
    if (e.synthetic || checked.catalog.synthetic) return e;
    const file = join(dir, e.file);
    const v = existsSync(file) ? validateDatasetText(readFileSync(file, 'utf8'), e.file) : null;
    if (!v?.ok) {
      errors.push(`${e.file}: ${v ? v.problems[0]?.message : 'missing'}`);
      return e;
    }
    const reportFile = e.report && join(dir, e.report);
    const report =
      reportFile && existsSync(reportFile)
        ? validateReportText(readFileSync(reportFile, 'utf8'), e.report ?? '')
        : null;
    if (report && !report.ok) errors.push(`${e.report}: ${report.problems[0]?.message}`);
    const d = v.dataset;
    return {
      ...e,
      region: e.region ?? regionOf(d.department.name),
      scope: d.scope,
      kind: d.kind,
      summary: entrySummary(d, report?.ok ? report.report.counts : null),
    };
  });
  const text = JSON.stringify({ ...checked.catalog, datasets }, null, 2) + '\n';
  // What is written is read back by the same validator the app uses: an entry it refuses is not written.
  const again = validateCatalogText(text, path);
  if (!again.ok) return [...errors, ...again.problems.map((p) => `${p.file}: ${p.where}: ${p.message}`)];
  writeFileSync(path, text);
  return errors;
}
