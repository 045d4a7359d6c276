import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inViewsChunk, OWN_CHUNK_VIEW_FOLDERS, READING_VIEW_FOLDERS } from './chunks';

describe('the chunk list', () => {
  it('names every feature folder once: a new view is placed on purpose', () => {
    const folders = readdirSync(join(import.meta.dirname, '..', 'features')).sort();
    expect([...READING_VIEW_FOLDERS, ...OWN_CHUNK_VIEW_FOLDERS].sort()).toEqual(folders);
  });

  it('puts the reading views and their shared code in views, the loading path and lazy parts elsewhere', () => {
    expect(inViewsChunk('src/features/projects/ProjectsView.tsx')).toBe(true);
    expect(inViewsChunk('src/components/data-table/DataTable.tsx')).toBe(true);
    expect(inViewsChunk('src/domain/projects.ts')).toBe(true);
    expect(inViewsChunk('node_modules/@tanstack/table-core/dist/index.js')).toBe(true);
    expect(inViewsChunk('src/features/overview/OverviewView.tsx')).toBe(false);
    expect(inViewsChunk('src/features/import/ImportView.tsx')).toBe(false);
    expect(inViewsChunk('src/domain/reconcile/reconcile.ts')).toBe(false);
    expect(inViewsChunk('src/domain/table-ids.ts')).toBe(false);
    expect(inViewsChunk('src/lib/echarts/EChart.tsx')).toBe(false);
    expect(inViewsChunk('src/lib/dataset-cache/checks.ts')).toBe(false);
    expect(inViewsChunk('node_modules/echarts/core.js')).toBe(false);
    // A package's own src/ folder is not ours.
    expect(inViewsChunk('node_modules/some-package/src/lib/x.js')).toBe(false);
  });
});
