import { en, type StringKey, zh } from './strings';

export type Lang = 'zh' | 'en';
const TABLES: Record<Lang, Record<StringKey, string>> = { zh, en };

/** The UI string `key` in `lang`, with {placeholders} filled in. */
export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const text = TABLES[lang][key];
  return params
    ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
    : text;
}
