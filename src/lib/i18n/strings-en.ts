import type { LateKey, StringKey } from './strings';
import { en as common } from './strings/en/common';
export { FUNCTION_CLASSES_EN } from './strings/en/function-classes';
import { en as modes } from './strings/en/modes';
import { en as overview } from './strings/en/overview';
import { en as shell } from './strings/en/shell';
import { en as spending } from './strings/en/spending';

/** The English table, in its own chunk: loaded only when a reader chooses English. */
export const en: Record<Exclude<StringKey, LateKey>, string> = {
  ...common,
  ...modes,
  ...overview,
  ...shell,
  ...spending,
};
