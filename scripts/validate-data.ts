// npm run validate-data [file…] — schema + cross-references + reconciliation; exit 1 on any problem.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatProblem } from '../src/data/problems';
import { validateCatalogText } from '../src/data/validate-catalog';
import { validateDatasetText } from '../src/data/validate';
import type { Check } from '../src/domain/reconcile/check';
import { reconcile, summarize } from '../src/domain/reconcile/reconcile';
import { checkMessageText, checkValueText } from '../src/lib/i18n/check-text';
import { translate } from '../src/lib/i18n/translate';

const DATA = resolve(import.meta.dirname, '../public/data');

function filesToCheck(args: string[]): string[] {
  if (args.length) return args.map((a) => resolve(a));
  const catalogFile = join(DATA, 'catalog.json');
  const result = validateCatalogText(readFileSync(catalogFile, 'utf8'), 'catalog.json');
  if (!result.ok) {
    result.problems.forEach((p) => console.error(formatProblem(p)));
    process.exit(1);
  }
  return result.catalog.datasets.map((d) => join(dirname(catalogFile), d.file));
}

function checkFile(file: string, verbose: boolean): boolean {
  const name = basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${name}: cannot read: ${(e as Error).message}`);
    return false;
  }
  const result = validateDatasetText(text, name);
  if (!result.ok) {
    console.error(`✗ ${name}: ${result.problems.length} problem(s)`);
    result.problems.forEach((p) => console.error(`  ${formatProblem(p)}`));
    return false;
  }
  const d = result.dataset;
  const checks = reconcile(d);
  const s = summarize(checks);
  const indicators = d.performance.reduce((n, t) => n + t.indicators.length, 0);
  console.log(
    `✓ ${name}: schema valid — ${d.department.name} ${d.year}, ${d.projects.length} projects, ${d.performance.length} performance tables, ${indicators} indicators, ${d.glossary.length} glossary terms, ${d.corrections.length} corrections`,
  );
  console.log(
    `  reconciliation: ${s.passed}/${s.total} checks pass; ${s.failedIdentities.length} identity failures; ${s.observations.length} observations`,
  );
  const groups = new Map<Check['group'], number>();
  for (const c of checks) groups.set(c.group, (groups.get(c.group) ?? 0) + 1);
  if (verbose)
    for (const [g, n] of groups) console.log(`    ${translate('zh', `reconcile.group.${g}`)}: ${n}`);
  for (const w of d.textWarnings ?? []) console.log(`  ! ${name}: ${w.where}: ${w.message}`);
  for (const c of s.failedIdentities) console.error(`  ✗ ${checkLine(c)}`);
  for (const c of s.observations) console.log(`  ! ${checkLine(c)}`);
  return s.failedIdentities.length === 0;
}

/** "[id] 说明…: expected ≤ 6,086.33 万元, actual 6,086.34 万元" — in Chinese and 万元, as the document. */
function checkLine(c: Check): string {
  const expected = `${c.relation === 'atMost' ? '≤ ' : ''}${checkValueText(c.expected, 'wan', 'zh')}`;
  return `[${c.id}] ${checkMessageText(c.message, 'zh')}: expected ${expected}, actual ${checkValueText(c.actual, 'wan', 'zh')}`;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = filesToCheck(args.filter((a) => !a.startsWith('--')));
const ok = files.map((f) => checkFile(f, verbose)).every(Boolean);
process.exit(ok ? 0 : 1);
