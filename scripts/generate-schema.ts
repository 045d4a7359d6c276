// npm run generate-schema — writes the JSON Schemas of the dataset and catalog from the zod schemas (one source of truth).
// A unit test fails when the committed files differ from what this would write.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemaFiles } from '../src/data/json-schema';

for (const [file, schema] of Object.entries(schemaFiles())) {
  writeFileSync(resolve(import.meta.dirname, '../public/data', file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote public/data/${file}`);
}
