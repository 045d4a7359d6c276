// Node's loader knows no .css: components import their stylesheets (Vite bundles them), so a script that renders
// components in Node (scripts/prerender.tsx) loads each stylesheet as an empty module. The build inlines the real
// CSS into the page separately. Use: node --import tsx --import ./scripts/node-css-stub.mjs <script>
import { register } from 'node:module';

const hooks = `export async function load(url, context, next) {
  if (url.endsWith('.css')) return { format: 'module', source: '', shortCircuit: true };
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
