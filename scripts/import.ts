/**
 * npm run import -- <file.pdf>… [--out <dir>]
 * Reads published 部门预算/决算 PDFs, groups those that form one document (same department and year: a narrative
 * PDF and a tables PDF), and writes for each <dir>/<id>.json (the dataset), <dir>/<id>.report.json (the
 * problems) and its entry in <dir>/catalog.json. Exit status 1 when any file could not be imported.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  buildDocument,
  groupDocuments,
  ImportError,
  readInputs,
  type ImportedDocument,
} from '../src/import/import-document';
import { countBySeverity } from '../src/import/problems';
import { refreshCatalog } from './catalog-lib';
import { loadNodePdfjs } from './import/node-pdfjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : 'public/data';
const files = args.filter((a, i) => a !== '--out' && i !== outAt + 1);
if (!files.length || !out) {
  console.error('usage: npm run import -- <file.pdf>… [--out <dir>]   (default dir: public/data)');
  process.exit(2);
}

const { pdfjs, options } = await loadNodePdfjs();
const sha256 = async (d: Uint8Array) => createHash('sha256').update(d).digest('hex');
let failed = 0;
const read = [];
for (const file of files) {
  try {
    if (!existsSync(file)) throw new ImportError(file, 'unreadable', 'no such file');
    const [r] = await readInputs([{ name: basename(file), data: new Uint8Array(readFileSync(file)) }], {
      pdfjs,
      options,
      sha256,
    });
    if (r) read.push(r);
  } catch (e) {
    failed++;
    console.error(`✗ ${e instanceof ImportError ? e.message : `${file}: ${(e as Error).message}`}`);
  }
}
mkdirSync(out, { recursive: true });
for (const group of groupDocuments(read)) {
  let doc: ImportedDocument;
  const started = performance.now();
  try {
    doc = buildDocument(group);
  } catch (e) {
    failed++;
    console.error(`✗ ${e instanceof ImportError ? e.message : (e as Error).message}`);
    continue;
  }
  writeFileSync(join(out, `${doc.id}.json`), JSON.stringify(doc.dataset, null, 2) + '\n');
  writeFileSync(join(out, `${doc.id}.report.json`), JSON.stringify(doc.report, null, 2) + '\n');
  updateCatalog(out, doc);
  const c = countBySeverity(doc.problems);
  const rows = doc.tables.reduce((n, t) => n + t.rows.length, 0);
  const units = [...new Set(doc.tables.map((t) => t.unit ?? '?'))].join('/');
  console.log(
    `✓ ${doc.files.map((f) => f.name).join(' + ')} → ${join(out, doc.id)}.json\n` +
      `  ${doc.meta.department} ${doc.meta.year} ${doc.meta.scope}${doc.meta.kind === 'final' ? '决算' : '预算'} · ${doc.tables.length} tables (${units}), ${rows} rows · ` +
      `problems: ${c.blocks} blocks, ${c.warns} warns, ${c.notes} notes · ${Math.round(performance.now() - started)} ms`,
  );
  for (const p of doc.problems.filter((x) => x.severity !== 'notes').slice(0, 12))
    console.log(
      `    ${p.severity === 'blocks' ? '✗' : '!'} 第${p.page}页 ${p.what}` +
        (p.printed || p.computed ? `: 印 ${p.printed} / 算 ${p.computed} ${p.unit}` : ''),
    );
  if (doc.active.length) console.log(`    PDF carries ${doc.active.join(', ')}`);
}
// Every entry's summary (headline figures, problem counts, region) from its dataset and report.
// (None yet when nothing was ever imported into this folder.)
if (existsSync(join(out, 'catalog.json')))
  for (const e of refreshCatalog(out)) console.error(`✗ catalog: ${e}`);
process.exit(failed ? 1 : 0);

function updateCatalog(dir: string, doc: ImportedDocument): void {
  const path = join(dir, 'catalog.json');
  type Catalog = { datasets: Array<Record<string, unknown>>; defaultDataset: string };
  const catalog: Catalog = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Catalog)
    : ({
        $schema: './catalog.schema.json',
        formatVersion: 1,
        defaultDataset: doc.id,
        datasets: [],
      } as Catalog);
  const d = doc.dataset as { unit: string; source: { title: string } };
  const entry = {
    id: doc.id,
    department: { code: '', name: doc.meta.department },
    year: doc.meta.year ?? 0,
    unit: d.unit,
    kind: doc.meta.kind,
    scope: doc.meta.scope,
    file: `${doc.id}.json`,
    report: `${doc.id}.report.json`,
    sourceTitle: d.source.title.slice(0, 300),
  };
  const at = catalog.datasets.findIndex((x) => x.id === doc.id);
  if (at >= 0) catalog.datasets[at] = entry;
  else catalog.datasets.push(entry);
  writeFileSync(path, JSON.stringify(catalog, null, 2) + '\n');
}
