// The app's string table (src/lib/i18n/strings/), for specs to find the UI by what it says: a label changed there
// changes here. Data text (names, amounts, 科目 as the document prints them) is never in it; specs write that
// literally, as the hand-checked expectation it is.
import { zh as aboutZh } from '../src/lib/i18n/strings/about';
import { zh as catalogZh } from '../src/lib/i18n/strings/catalog';
import { zh as commonZh } from '../src/lib/i18n/strings/common';
import { zh as dataZh } from '../src/lib/i18n/strings/data';
import { zh as economicZh } from '../src/lib/i18n/strings/economic';
import { zh as functionsZh } from '../src/lib/i18n/strings/functions';
import { zh as importerZh } from '../src/lib/i18n/strings/import';
import { zh as indicatorsZh } from '../src/lib/i18n/strings/indicators';
import { zh as modesZh } from '../src/lib/i18n/strings/modes';
import { zh as overviewZh } from '../src/lib/i18n/strings/overview';
import { zh as procurementZh } from '../src/lib/i18n/strings/procurement';
import { zh as projectZh } from '../src/lib/i18n/strings/project';
import { zh as projectsZh } from '../src/lib/i18n/strings/projects';
import { zh as reconcileZh } from '../src/lib/i18n/strings/reconcile';
import { zh as sangongZh } from '../src/lib/i18n/strings/sangong';
import { zh as shareZh } from '../src/lib/i18n/strings/share';
import { zh as shellZh } from '../src/lib/i18n/strings/shell';
import { zh as spendingZh } from '../src/lib/i18n/strings/spending';
import { en as aboutEn } from '../src/lib/i18n/strings/en/about';
import { en as catalogEn } from '../src/lib/i18n/strings/en/catalog';
import { en as commonEn } from '../src/lib/i18n/strings/en/common';
import { en as dataEn } from '../src/lib/i18n/strings/en/data';
import { en as economicEn } from '../src/lib/i18n/strings/en/economic';
import { en as functionsEn } from '../src/lib/i18n/strings/en/functions';
import { en as importerEn } from '../src/lib/i18n/strings/en/import';
import { en as indicatorsEn } from '../src/lib/i18n/strings/en/indicators';
import { en as modesEn } from '../src/lib/i18n/strings/en/modes';
import { en as overviewEn } from '../src/lib/i18n/strings/en/overview';
import { en as procurementEn } from '../src/lib/i18n/strings/en/procurement';
import { en as projectEn } from '../src/lib/i18n/strings/en/project';
import { en as projectsEn } from '../src/lib/i18n/strings/en/projects';
import { en as reconcileEn } from '../src/lib/i18n/strings/en/reconcile';
import { en as sangongEn } from '../src/lib/i18n/strings/en/sangong';
import { en as shareEn } from '../src/lib/i18n/strings/en/share';
import { en as shellEn } from '../src/lib/i18n/strings/en/shell';
import { en as spendingEn } from '../src/lib/i18n/strings/en/spending';

const ZH = {
  ...aboutZh,
  ...catalogZh,
  ...commonZh,
  ...dataZh,
  ...economicZh,
  ...functionsZh,
  ...importerZh,
  ...indicatorsZh,
  ...modesZh,
  ...overviewZh,
  ...procurementZh,
  ...projectZh,
  ...projectsZh,
  ...reconcileZh,
  ...sangongZh,
  ...shareZh,
  ...shellZh,
  ...spendingZh,
};
const EN: Record<UiKey, string> = {
  ...aboutEn,
  ...catalogEn,
  ...commonEn,
  ...dataEn,
  ...economicEn,
  ...functionsEn,
  ...importerEn,
  ...indicatorsEn,
  ...modesEn,
  ...overviewEn,
  ...procurementEn,
  ...projectEn,
  ...projectsEn,
  ...reconcileEn,
  ...sangongEn,
  ...shareEn,
  ...shellEn,
  ...spendingEn,
};

export type UiKey = keyof typeof ZH;
type Params = Record<string, string | number>;

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`no value for {${name}} in "${text}"`);
    return String(params[name]);
  });
}

/** The Chinese UI string `key`, its {placeholders} filled (each must be given). */
export const t = (key: UiKey, params?: Params): string => fill(ZH[key], params);

/** The English UI string `key`, its {placeholders} filled. */
export const tEn = (key: UiKey, params?: Params): string => fill(EN[key], params);

/**
 * `key` as a pattern, its placeholders standing for any text: for a label that holds a figure the spec does not fix,
 * or for a text that is one part of a longer one.
 */
export function tPattern(key: UiKey, lang: 'zh' | 'en' = 'zh'): RegExp {
  const text = (lang === 'zh' ? ZH : EN)[key];
  const parts = text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.*?'));
}
