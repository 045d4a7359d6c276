import { type StringKey, zh } from './strings';

export type Lang = 'zh' | 'en';
const TABLES: Partial<Record<Lang, Record<StringKey, string>>> = { zh };

/** Loads a language's table (English is a separate chunk); resolves when `translate` can use it. */
export async function loadLang(lang: Lang): Promise<void> {
  if (TABLES[lang]) return;
  if (lang === 'en') TABLES.en = (await import('./strings-en')).en;
}

/** The UI string `key` in `lang` (Chinese until that language has loaded), with {placeholders} filled in. */
export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const text = (TABLES[lang] ?? zh)[key];
  return params
    ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
    : text;
}
