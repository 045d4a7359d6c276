import type { zh as lateAbout } from './strings/about';
import type { zh as lateCatalog } from './strings/catalog';
import type { zh as lateData } from './strings/data';
import type { zh as lateEconomic } from './strings/economic';
import type { zh as lateIndicators } from './strings/indicators';
import type { zh as lateProject } from './strings/project';
import type { zh as lateProjects } from './strings/projects';
import type { zh as lateFunctions } from './strings/functions';
import type { zh as lateImport } from './strings/import';
import type { zh as lateProcurement } from './strings/procurement';
import type { zh as lateReconcile } from './strings/reconcile';
import type { zh as lateShare } from './strings/share';
import type { zh as lateSangong } from './strings/sangong';
import { zh as common } from './strings/common';
import { zh as modes } from './strings/modes';
import { zh as overview } from './strings/overview';
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
  ...modes,
};

/**
 * Strings only a lazy part of the app uses (the import view, its report and the PDF page viewer; the catalog
 * views and the data view; the reconciliation report; the function, project list, project, indicator, about, economic,
 * procurement and 三公 views; the share dialog and the presenter) stay out of the first view's table: that part registers them when it loads
 * (late-strings.ts, reconcile-strings.ts). Their keys are typed all the same.
 */
export type LateKey =
  | keyof typeof lateImport
  | keyof typeof lateCatalog
  | keyof typeof lateData
  | keyof typeof lateReconcile
  | keyof typeof lateAbout
  | keyof typeof lateEconomic
  | keyof typeof lateProcurement
  | keyof typeof lateIndicators
  | keyof typeof lateProject
  | keyof typeof lateProjects
  | keyof typeof lateFunctions
  | keyof typeof lateShare
  | keyof typeof lateSangong;
export type StringKey = keyof typeof zh | LateKey;
