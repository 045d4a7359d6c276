// npm run catalog -- [dir] — recomputes each catalog entry's summary, region, scope and kind from its dataset and
// report (default dir: public/data). `npm run import` does this after each import.
import { refreshCatalog } from './catalog-lib';

const dir = process.argv[2] ?? 'public/data';
const errors = refreshCatalog(dir);
for (const e of errors) console.error(`✗ ${e}`);
console.log(
  `${dir}/catalog.json: summaries ${errors.length ? 'refreshed, with problems above' : 'refreshed'}`,
);
process.exit(errors.length ? 1 : 0);
