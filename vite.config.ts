import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The data files are kept indented in the repository (readable diffs); the built site serves them minified. */
function minifyDataJson(): Plugin {
  return {
    name: 'minify-data-json',
    apply: 'build',
    closeBundle() {
      const dir = join(import.meta.dirname, 'dist', 'data');
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
        const path = join(dir, f);
        writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
      }
    },
  };
}

/** The overview's HTML is rendered into index.html after the build (scripts/prerender.tsx): numbers before JS. */
function prerenderOverview(): Plugin {
  return {
    name: 'prerender-overview',
    apply: 'build',
    closeBundle: {
      order: 'post',
      handler() {
        execFileSync(process.execPath, ['--import', 'tsx', 'scripts/prerender.tsx', 'dist'], {
          cwd: import.meta.dirname,
          stdio: 'inherit',
        });
      },
    },
  };
}

// Relative base so the built site works from any folder of any static host (and inside iframes).
export default defineConfig({
  base: './',
  plugins: [react(), minifyDataJson(), prerenderOverview()],
  // The manifest lets `npm run check-budget` follow what the entry loads for the first view.
  build: { target: 'es2022', sourcemap: true, manifest: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
