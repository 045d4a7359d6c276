import * as about from './strings/about';
import * as common from './strings/common';
import * as data from './strings/data';
import * as economic from './strings/economic';
import * as functions from './strings/functions';
import * as indicators from './strings/indicators';
import * as modes from './strings/modes';
import * as overview from './strings/overview';
import * as procurement from './strings/procurement';
import * as project from './strings/project';
import * as projects from './strings/projects';
import * as sangong from './strings/sangong';
import * as shell from './strings/shell';
import * as spending from './strings/spending';

/**
 * Every UI string, in Chinese (as the dashboard's primary language) and English, one module per view under
 * strings/. Data text is never here: it is shown as published and marked lang="zh-CN". Each module's `en` must
 * have exactly the keys of its `zh` (checked by the compiler). Placeholders: {name}.
 */
export const MODULES = [
  shell,
  common,
  spending,
  overview,
  functions,
  projects,
  project,
  indicators,
  sangong,
  economic,
  procurement,
  about,
  data,
  modes,
] as const;

export const zh = {
  ...shell.zh,
  ...common.zh,
  ...spending.zh,
  ...overview.zh,
  ...functions.zh,
  ...projects.zh,
  ...project.zh,
  ...indicators.zh,
  ...sangong.zh,
  ...economic.zh,
  ...procurement.zh,
  ...about.zh,
  ...data.zh,
  ...modes.zh,
};

export type StringKey = keyof typeof zh;

export const en: Record<StringKey, string> = {
  ...shell.en,
  ...common.en,
  ...spending.en,
  ...overview.en,
  ...functions.en,
  ...projects.en,
  ...project.en,
  ...indicators.en,
  ...sangong.en,
  ...economic.en,
  ...procurement.en,
  ...about.en,
  ...data.en,
  ...modes.en,
};
