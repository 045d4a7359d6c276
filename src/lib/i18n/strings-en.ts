import type { LateKey, StringKey } from './strings';
import { en as about } from './strings/en/about';
import { en as common } from './strings/en/common';
import { en as economic } from './strings/en/economic';
import { en as functions } from './strings/en/functions';
import { en as indicators } from './strings/en/indicators';
import { en as modes } from './strings/en/modes';
import { en as overview } from './strings/en/overview';
import { en as procurement } from './strings/en/procurement';
import { en as project } from './strings/en/project';
import { en as projects } from './strings/en/projects';
import { en as sangong } from './strings/en/sangong';
import { en as shell } from './strings/en/shell';
import { en as spending } from './strings/en/spending';

/** The English table, in its own chunk: loaded only when a reader chooses English. */
export const en: Record<Exclude<StringKey, LateKey>, string> = {
  ...about,
  ...common,
  ...economic,
  ...functions,
  ...indicators,
  ...modes,
  ...overview,
  ...procurement,
  ...project,
  ...projects,
  ...sangong,
  ...shell,
  ...spending,
};
