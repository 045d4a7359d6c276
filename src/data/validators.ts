// The validators and their schemas (zod) in one chunk of their own: src/data/load.ts imports it while the first
// file downloads, so its code is parsed and run in its own task rather than inside the app's first one.
export { validateCatalogText } from './validate-catalog';
export { validateDatasetTextInSlices } from './validate-sliced';
export { validateReportText } from './validate-report';
