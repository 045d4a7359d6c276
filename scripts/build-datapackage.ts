// npm run build-datapackage — writes public/data/datapackage/ (Fiscal Data Package) from the shipped dataset.
// A unit test fails when the committed files differ from what this writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateDatasetText } from '../src/data/validate';
import { fiscalDataPackage } from '../src/lib/export/datapackage';

const data = resolve(import.meta.dirname, '../public/data');
const result = validateDatasetText(
  readFileSync(join(data, 'weifang-big-data-bureau-2023.json'), 'utf8'),
  'weifang-big-data-bureau-2023.json',
);
if (!result.ok) throw new Error(JSON.stringify(result.problems));
mkdirSync(join(data, 'datapackage'), { recursive: true });
for (const [name, text] of Object.entries(fiscalDataPackage(result.dataset))) {
  writeFileSync(join(data, 'datapackage', name), text);
  console.log(`wrote public/data/datapackage/${name}`);
}
