import type { ParsedTarget } from './parse-target';

const WORDS = { '≥': '不低于', '≤': '不高于', '=': '等于', '>': '高于', '<': '低于' } as const;

/** A plain-language reading of a parsed target, shown beside the printed one. */
export function describeTarget(t: ParsedTarget): string {
  switch (t.kind) {
    case 'quantity':
      return `${t.comparator ? WORDS[t.comparator] : '数值'} ${t.value.toString()}${t.unit ? ` ${t.unit}` : ''}${t.qualifier ? ` ${t.qualifier}` : ''}${t.readAs ? '(原文符号“≪”按“≤”理解)' : ''}`;
    case 'grade':
      return `等级:${t.grade}`;
    case 'date':
      return `日期:${t.year}年${t.month}月${t.day ? `${t.day}日` : ''}${t.suffix}`;
    case 'blank':
      return '原文此格为空';
    case 'text':
      return '定性描述';
  }
}

export function targetKindLabel(t: ParsedTarget): string {
  return { quantity: '定量', date: '定量(日期)', grade: '定性(等级)', text: '定性', blank: '空白' }[t.kind];
}
