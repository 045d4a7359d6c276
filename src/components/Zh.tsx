import type { ReactNode } from 'react';
import { functionClassEn, type Lang } from '../lib/i18n/translate';
import { useLang } from './use-t';

/** Text as published (names, notes, quotes): always Chinese, marked so for screen readers and translators. */
export function Zh({ children }: { children: ReactNode }) {
  return <span lang="zh-CN">{children}</span>;
}

/** "206 科学技术支出", and in English "206 科学技术支出 (Science and technology)" for a 类 with a standard name. */
export function FunctionName({ code, name, codeClass }: { code: string; name: string; codeClass?: string }) {
  const en = useLang() === 'en' ? functionClassEn(code) : undefined;
  return (
    <>
      {codeClass ? <span className={codeClass}>{code}</span> : code} <Zh>{name}</Zh>
      {en && ` (${en})`}
    </>
  );
}

/** The same as text, for chart labels and attributes. */
export function functionNameText(code: string, name: string, lang: Lang): string {
  const en = lang === 'en' ? functionClassEn(code) : undefined;
  return `${code} ${name}${en ? ` (${en})` : ''}`;
}
