import { type LateKey, type StringKey, zh } from './strings';

export type Lang = 'zh' | 'en';
type LateTable = Record<LateKey, string>;
let en: Record<Exclude<StringKey, LateKey>, string> | null = null;
let classesEn: Readonly<Record<string, string>> = {};
/** Strings of lazy parts, added in both languages when each part loads (see late-strings.ts). */
const late: { zh: Partial<LateTable>; en: Partial<LateTable> } = { zh: {}, en: {} };

/**
 * Loads a language's table (English is a separate chunk): true when `translate` can use it, false when the chunk did
 * not arrive (Chinese is shown meanwhile; calling again fetches it again).
 */
export async function loadLang(lang: Lang): Promise<boolean> {
  if (lang !== 'en' || en) return true;
  try {
    const table = await import('./strings-en');
    en = table.en;
    classesEn = table.FUNCTION_CLASSES_EN;
    return true;
  } catch {
    return false;
  }
}

/** A lazy part's strings, the same keys in both languages. */
export function addLateStrings<K extends LateKey>(tables: {
  zh: Record<K, string>;
  en: Record<K, string>;
}): void {
  Object.assign(late.zh, tables.zh);
  Object.assign(late.en, tables.en);
}

/** The UI string `key` in `lang` (Chinese until that language has loaded), with {placeholders} filled in. */
export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const k = key as Exclude<StringKey, LateKey> & LateKey;
  const english = lang === 'en' && en ? (en[k] ?? late.en[k]) : undefined;
  const text = english ?? zh[k as keyof typeof zh] ?? late.zh[k] ?? key;
  return params
    ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
    : text;
}

/** The English name of a function 类 (as the Ministry of Finance renders it), once English has loaded. */
export function functionClassEn(code: string): string | undefined {
  return classesEn[code];
}
