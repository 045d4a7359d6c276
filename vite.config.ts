import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { inViewsChunk } from './src/app/chunks';

/**
 * The directory this build writes (`--outDir` included): the post-build steps below work on it, so that a second
 * build into another directory never touches dist/ while a first one (or the e2e server) uses it.
 */
const outDirOf = (config: ResolvedConfig) => resolve(config.root, config.build.outDir);

/** The data files are kept indented in the repository (readable diffs); the built site serves them minified. */
function minifyDataJson(): Plugin {
  let outDir = '';
  return {
    name: 'minify-data-json',
    apply: 'build',
    configResolved(config) {
      outDir = outDirOf(config);
    },
    closeBundle() {
      const dir = join(outDir, 'data');
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
        const path = join(dir, f);
        writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
      }
    },
  };
}

/**
 * pdf.js reads CMaps (CJK fonts with predefined encodings) and the standard fonts as files at run time: the build
 * copies them to dist/pdfjs/ and the dev server serves them from node_modules. Only the 导入 view fetches them.
 */
const PDFJS_ASSETS = ['cmaps', 'standard_fonts'];
function pdfjsAssets(): Plugin {
  const root = join(import.meta.dirname, 'node_modules', 'pdfjs-dist');
  let building = false;
  let outDir = '';
  return {
    name: 'pdfjs-assets',
    config(_, env) {
      building = env.command === 'build';
    },
    configResolved(config) {
      outDir = outDirOf(config);
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const path = join(root, decodeURIComponent((req.url ?? '').split('?')[0] ?? ''));
        const ok = PDFJS_ASSETS.some((d) => path.startsWith(join(root, d) + '/')) && existsSync(path);
        if (!ok) return next();
        createReadStream(path).pipe(res);
      });
    },
    closeBundle() {
      if (!building) return;
      for (const d of PDFJS_ASSETS) cpSync(join(root, d), join(outDir, 'pdfjs', d), { recursive: true });
    },
  };
}

/** The overview's HTML is rendered into index.html after the build (scripts/prerender.tsx): numbers before JS. */
function prerenderOverview(): Plugin {
  let outDir = '';
  return {
    name: 'prerender-overview',
    apply: 'build',
    configResolved(config) {
      outDir = outDirOf(config);
    },
    closeBundle: {
      order: 'post',
      handler() {
        execFileSync(
          process.execPath,
          ['--import', 'tsx', '--import', './scripts/node-css-stub.mjs', 'scripts/prerender.tsx', outDir],
          {
            cwd: import.meta.dirname,
            stdio: 'inherit',
          },
        );
      },
    },
  };
}

/**
 * The chunks are listed in src/app/chunks.ts. Everything the app module (src/main.tsx) imports statically goes into
 * its chunk, `main`. It is always loaded (by src/boot.ts), so splitting its shared modules into small chunks for the
 * lazy views would only add requests and per-file overhead. Lazy views keep what only they use.
 */
type Graph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };
function staticClosure(from: string, ctx: Graph): Set<string> {
  const seen = new Set<string>();
  const stack = [join(import.meta.dirname, from)];
  while (stack.length) {
    const m = stack.pop() as string;
    if (seen.has(m)) continue;
    seen.add(m);
    stack.push(...(ctx.getModuleInfo(m)?.importedIds ?? []));
  }
  return seen;
}
function appChunk(id: string, ctx: Graph) {
  if (!appModules) {
    // Not what the entry itself needs (e.g. Vite's preload helper): that would make the entry load the app at once.
    bootModules = staticClosure('src/boot.ts', ctx);
    appModules = new Set([...staticClosure('src/main.tsx', ctx)].filter((m) => !bootModules?.has(m)));
  }
  // Virtual helpers (Vite's preload helper, which the entry uses too) stay where the bundler puts them.
  return appModules.has(id) && !id.startsWith('\0') ? 'main' : null;
}
let appModules: Set<string> | null = null;
let bootModules: Set<string> | null = null;
/** A module's path from the project's root, for the chunk list (virtual modules' ids start with \0). */
const fromRoot = (id: string) => relative(import.meta.dirname, id.replace(/^\0/, ''));
/** The views chunk (src/app/chunks.ts), less what the entry imports: the first view's stylesheets. */
function viewsChunk(id: string, ctx: Graph) {
  if (!bootModules) appChunk(id, ctx);
  return inViewsChunk(fromRoot(id)) && !bootModules?.has(id) ? 'views' : null;
}

// Relative base so the built site works from any folder of any static host (and inside iframes).
export default defineConfig({
  base: './',
  plugins: [react(), minifyDataJson(), pdfjsAssets(), prerenderOverview()],
  // The import Worker loads pdf.js as modules.
  worker: { format: 'es' },
  resolve: {
    alias: {
      // React 19 has useSyncExternalStore: TanStack Store's import of the pre-18 shim gets the variant without it
      // (@tanstack/react-store 0.11 still imports the shim; dropping it is TanStack/store#362).
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector',
    },
  },
  // The manifest lets `npm run check-budget` follow what the entry loads for the first view.
  build: {
    target: 'es2022',
    // Maps stay in dist/ for debugging a build; the JavaScript does not point to them and serve.mjs refuses them.
    sourcemap: 'hidden',
    manifest: true,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: appChunk }, { name: viewsChunk }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
  },
});
