/**
 * npm run corpus-site -- [dir] — the built dashboard (dist/, run `npm run build` first) with a catalog of every
 * document of ../shared/budget-corpus imported beside the bundled 2023 dataset (default dir: tmp/corpus-site).
 * The altered copy and the blank template, test documents, are left out. Serve it with
 * `node scripts/serve.mjs tmp/corpus-site`. Never commit the result: the datasets come from the corpus.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'tmp', 'corpus-site'));
const corpus = resolve(root, '../shared/budget-corpus/pdf');
if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('no build: run `npm run build` first');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
cpSync(join(root, 'dist'), out, { recursive: true });
if (!existsSync(corpus)) {
  console.warn(`${corpus} is absent: ${out} holds the bundled dataset only`);
  process.exit(0);
}
const pdfs = readdirSync(corpus)
  .filter((f) => f.endsWith('.pdf') && !/ALTERED|template/i.test(f))
  .map((f) => join(corpus, f));
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/import.ts', ...pdfs, '--out', join(out, 'data')],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
console.log(`${out}: the bundled dataset and ${pdfs.length} corpus PDFs (import exit status ${r.status})`);
process.exit(r.status ?? 1);
