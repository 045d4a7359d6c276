import type { zh as lateCatalog } from './strings/catalog';
import type { zh as lateData } from './strings/data';
import type { zh as lateImport } from './strings/import';
import type { zh as lateReconcile } from './strings/reconcile';
import { zh as about } from './strings/about';
import { zh as common } from './strings/common';
import { zh as economic } from './strings/economic';
import { zh as functions } from './strings/functions';
import { zh as indicators } from './strings/indicators';
import { zh as modes } from './strings/modes';
import { zh as overview } from './strings/overview';
import { zh as procurement } from './strings/procurement';
import { zh as project } from './strings/project';
import { zh as projects } from './strings/projects';
import { zh as sangong } from './strings/sangong';
import { zh as shell } from './strings/shell';
import { zh as spending } from './strings/spending';

/**
 * Every UI string, in Chinese (as the dashboard's primary language) and English, one module per view under
 * strings/. Data text is never here: it is shown as published and marked lang="zh-CN". Each module's `en` must
 * have exactly the keys of its `zh` (checked by the compiler). Placeholders: {name}.
 */

export const zh = {
  ...shell,
  ...common,
  ...spending,
  ...overview,
  ...functions,
  ...projects,
  ...project,
  ...indicators,
  ...sangong,
  ...economic,
  ...procurement,
  ...about,
  ...modes,
};

/**
 * Strings only a lazy part of the app uses (the import view, its report and the PDF page viewer; the catalog
 * views and the data view; the reconciliation report) stay out of the first view's table: that part registers them when it loads
 * (late-strings.ts, reconcile-strings.ts). Their keys are typed all the same.
 */
export type LateKey =
  keyof typeof lateImport | keyof typeof lateCatalog | keyof typeof lateData | keyof typeof lateReconcile;
export type StringKey = keyof typeof zh | LateKey;
