// Prerenders the first view into the built index.html (run by the Vite build, see vite.config.ts): the overview of
// the catalog's default dataset, rendered by the app's own components with React's server renderer, so the
// headline numbers paint from the HTML alone — before any JavaScript, the data download or its validation.
// The stylesheet is inlined for the same reason (one request fewer before the first paint).
// src/main.tsx keeps this HTML on screen until the app has the data, then hydrates it (same components, same data).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { ReadyApp } from '../src/app/App';
import { validateCatalogText } from '../src/data/validate-catalog';
import { validateDatasetText } from '../src/data/validate';
import { PRERENDER_MARK } from '../src/app/prerendered';

const dist = resolve(process.argv[2] ?? 'dist');
const read = (f: string) => readFileSync(join(dist, f), 'utf8');

const catalog = validateCatalogText(read('data/catalog.json'), 'catalog.json');
if (!catalog.ok) throw new Error(`prerender: catalog.json: ${JSON.stringify(catalog.problems[0])}`);
const entry = catalog.catalog.datasets.find((d) => d.id === catalog.catalog.defaultDataset);
if (!entry) throw new Error('prerender: the catalog has no default dataset');
const dataset = validateDatasetText(read(`data/${entry.file}`), entry.file);
if (!dataset.ok) throw new Error(`prerender: ${entry.file}: ${JSON.stringify(dataset.problems[0])}`);

// The same tree src/main.tsx hydrates.
const body = renderToString(
  <StrictMode>
    <ReadyApp dataset={dataset.dataset} catalog={catalog.catalog} />
  </StrictMode>,
);

let html = read('index.html');
const root = '<div id="root"></div>';
if (!html.includes(root)) throw new Error('prerender: index.html has no empty #root');
html = html.replace(root, `<div id="root" ${PRERENDER_MARK}="${entry.id}">${body}</div>`);
// Inline the stylesheet(s) Vite linked: the prerendered HTML is styled on first paint without a second request.
html = html.replace(/<link rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"[^>]*>/g, (_, href: string) => {
  const css = read(href).replace(/<\/style/gi, '<\\/style');
  return `<style>${css}</style>`;
});
// The icon as a data: URI (287 bytes): one request fewer before the first paint.
html = html.replace(/<link rel="icon" href="\.\/favicon\.svg" type="image\/svg\+xml" \/>/, () => {
  const svg = read('favicon.svg').trim();
  return `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(svg)}" type="image/svg+xml" />`;
});
// The entry script is not needed for the first paint (it waits for it, src/boot.ts): fetch it at low priority,
// after the content.
const entryScript = /\s*<script type="module" crossorigin (src="[^"]+")><\/script>/.exec(html);
if (!entryScript) throw new Error('prerender: no entry script in index.html');
html = html
  .replace(entryScript[0], '')
  .replace(
    '</body>',
    `  <script type="module" fetchpriority="low" crossorigin ${entryScript[1]}></script>\n  </body>`,
  );
writeFileSync(join(dist, 'index.html'), html);
console.log(
  `prerendered the overview of ${entry.id} into ${join(dist, 'index.html')} (${html.length} bytes)`,
);
