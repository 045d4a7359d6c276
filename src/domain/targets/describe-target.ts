import type { ParsedTarget } from './parse-target';

export type DescribeLang = 'zh' | 'en';

/** A piece of a reading: words of ours, or text as printed in the document (`printed`, always Chinese). */
export interface ReadingPart {
  text: string;
  printed?: true;
}

const WORDS: Record<DescribeLang, Record<'≥' | '≤' | '=' | '>' | '<' | 'none', string>> = {
  zh: { '≥': '不低于', '≤': '不高于', '=': '等于', '>': '高于', '<': '低于', none: '数值' },
  en: { '≥': 'at least', '≤': 'at most', '=': 'equal to', '>': 'more than', '<': 'less than', none: 'value' },
};

const printed = (text: string): ReadingPart => ({ text, printed: true });
const pad = (n: number) => String(n).padStart(2, '0');

/** The reading in parts, so that a view can mark the printed pieces as Chinese text. */
export function describeTargetParts(t: ParsedTarget, lang: DescribeLang = 'zh'): ReadingPart[] {
  const en = lang === 'en';
  switch (t.kind) {
    case 'quantity':
      return [
        { text: `${WORDS[lang][t.comparator ?? 'none']} ${t.value.toString()}` },
        ...(t.unit ? [{ text: ' ' }, printed(t.unit)] : []),
        ...(t.qualifier ? [{ text: ' ' }, printed(t.qualifier)] : []),
        ...(t.readAs ? [{ text: en ? ` (printed ${t.readAs})` : '(原文符号“≪”按“≤”理解)' }] : []),
      ];
    case 'grade':
      return [{ text: en ? 'grade: ' : '等级:' }, printed(t.grade)];
    case 'date':
      return en
        ? [
            { text: `date: ${t.year}-${pad(t.month)}${t.day ? `-${pad(t.day)}` : ''}` },
            ...(t.suffix ? [{ text: ' ' }, printed(t.suffix)] : []),
          ]
        : [
            { text: `日期:${t.year}年${t.month}月${t.day ? `${t.day}日` : ''}` },
            ...(t.suffix ? [printed(t.suffix)] : []),
          ];
    case 'blank':
      return [{ text: en ? 'blank in the document' : '原文此格为空' }];
    case 'text':
      return [{ text: en ? 'qualitative description' : '定性描述' }];
  }
}

/** A plain-language reading of a parsed target, shown beside the printed one. */
export function describeTarget(t: ParsedTarget, lang: DescribeLang = 'zh'): string {
  return describeTargetParts(t, lang)
    .map((p) => p.text)
    .join('');
}

export function targetKindLabel(t: ParsedTarget): string {
  return { quantity: '定量', date: '定量(日期)', grade: '定性(等级)', text: '定性', blank: '空白' }[t.kind];
}
