import Decimal from 'decimal.js';
import { lineAt, lineBox, type NarrativeParagraph, type NarrativeSection } from './narrative';
import type { Problem } from './problems';

/** A change against last year as the narrative states it, with its reason — never computed here. */
export interface StatedChange {
  /** The fact id the views know: change.total, sangong.total.change, adminCost.change … */
  id: string;
  /** What the sentence is about, in the document's words ("一般公共预算财政拨款支出预算"). */
  label: string;
  /** The amount the sentence gives for this year, 万元 (the narrative's unit). */
  current: string;
  /** The stated change, 万元, signed: 增加 +, 减少 −, 持平/一致/无变化 0. */
  change: string;
  /** The stated percentage, signed, when printed. */
  pct: string | null;
  quote: string;
  reason: string | null;
  file: string;
  page: number;
  box: readonly [number, number, number, number];
}

const NUM = ' ?(-?[\\d,]+(?:\\.\\d+)?) ?';

/**
 * The subjects whose change the views show beside their computed one. Order matters: a longer subject first, so
 * "一般公共预算财政拨款支出预算" is not also read as "财政拨款支出预算".
 */
const SUBJECTS: ReadonlyArray<{ id: string; re: string }> = [
  { id: 'change.total', re: '收入、支出预算总计' },
  { id: 'change.gpbExpenditure', re: '一般公共预算(?:财政)?拨款支出预算' },
  { id: 'change.fiscalExpenditure', re: '财政拨款支出预算' },
  { id: 'change.fiscalIncome', re: '财政拨款收入' },
  { id: 'sangong.total.change', re: '"三公"经费预算(?:数)?' },
  { id: 'sangong.vehicle.change', re: '公务用车购置及运行(?:维护)?费' },
  { id: 'sangong.vehiclePurchase.change', re: '公务用车购置费' },
  { id: 'sangong.vehicleOperation.change', re: '公务用车运行(?:维护)?费' },
  { id: 'sangong.abroad.change', re: '因公出国\\(境\\)费' },
  { id: 'sangong.reception.change', re: '公务接待费' },
  { id: 'adminCost.change', re: '机关运行经费(?:预算支出|预算)?' },
];

// subject [为|总计|预算] X万元 [, …] (比|与)(上年|YYYY年)[预算][相比] [收、支预算总计各] (增加|减少) Y万元 | 持平 …
const CHANGE = new RegExp(
  `^(?:为|总计|预算|支出)?${NUM}万元[,，]?(?:[^。;；]{0,24}?)(?:比|与)(?:上年|\\d{4}年)(?:预算)?(?:数)?(?:相比)?[,，]?` +
    `(?:[^。;；\\d]{0,12}?)(?:(增加|减少|增长|下降)${NUM}万元|(持平|一致|无变化|相同))`,
);
const PCT = /^ ?[,，]? ?(增长|增加|减少|下降) ?(-?\d+(?:\.\d+)?) ?%/;
const REASON = /^[^。;；]{0,30}?主要(?:原因|是)[^。;；]*[。;；]?/;

const signed = (verb: string | undefined, amount: string): string => {
  const v = new Decimal(amount.replace(/,/g, ''));
  return (verb === '减少' || verb === '下降' ? v.negated() : v).toString();
};

/**
 * Paragraphs the layout split mid-sentence (高级人民法院 2018 p25: "…预算支出3407.38万" | "元，与上年相比减少…") joined
 * again: a paragraph that does not end a sentence continues into the next one on the same page.
 */
function joinBrokenParagraphs(s: NarrativeSection): NarrativeSection {
  const out: NarrativeParagraph[] = [];
  for (const p of s.paragraphs) {
    const prev = out[out.length - 1];
    if (prev && prev.file === p.file && prev.page === p.page && !/[。:：;；!?！？]$/.test(prev.text)) {
      out[out.length - 1] = {
        ...prev,
        text: prev.text + p.text,
        starts: [...prev.starts, ...p.starts.map((x) => ({ ...x, at: x.at + prev.text.length }))],
        box: {
          x0: Math.min(prev.box.x0, p.box.x0),
          y0: Math.min(prev.box.y0, p.box.y0),
          x1: Math.max(prev.box.x1, p.box.x1),
          y1: Math.max(prev.box.y1, p.box.y1),
        },
      };
    } else out.push(p);
  }
  return { ...s, paragraphs: out };
}

export function paragraphBox(p: NarrativeParagraph, at: number): [number, number, number, number] {
  const l = lineAt(p, at);
  const b = l ? lineBox(l) : p.box;
  return [b.x0, b.y0, b.x1, b.y1].map((n) => Math.round(n * 10) / 10) as [number, number, number, number];
}

/**
 * The narrative's statements of change against last year (收支总计, 财政拨款, “三公” and each of its items, 机关运行
 * 经费), the first of each subject in document order, with the reason the same or the next sentence gives.
 */
export function statedChanges(sections: readonly NarrativeSection[]): StatedChange[] {
  const found = new Map<string, StatedChange>();
  for (const s of sections.map(joinBrokenParagraphs))
    for (const [pi, p] of s.paragraphs.entries()) {
      const text = p.text;
      for (const subject of SUBJECTS) {
        if (found.has(subject.id)) continue;
        for (const m of text.matchAll(new RegExp(subject.re, 'g'))) {
          const at = (m.index ?? 0) + m[0].length;
          // A longer subject ending here ("一般公共预算财政拨款支出预算" for "财政拨款支出预算") is another subject.
          if (subject.id === 'change.fiscalExpenditure' && /一般公共预算$/.test(text.slice(0, m.index)))
            continue;
          const c = CHANGE.exec(text.slice(at));
          if (!c) continue;
          const [whole, current, verb, amount, flat] = c;
          const after = at + whole.length;
          const pct = PCT.exec(text.slice(after));
          const rest = text.slice(after + (pct?.[0].length ?? 0));
          // The reason runs to the end of its clause: "；" starts the next item's statement.
          const sentenceEnd = rest.search(/[。;；]/);
          const sameSentence = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd + 1) : rest;
          const nextText =
            sentenceEnd >= 0 ? rest.slice(sentenceEnd + 1) : (s.paragraphs[pi + 1]?.text ?? '');
          const reason =
            (/主要(原因|是)/.test(sameSentence) ? sameSentence.replace(/^[,，;；]/, '') : null) ??
            REASON.exec(nextText)?.[0] ??
            null;
          found.set(subject.id, {
            id: subject.id,
            label: m[0],
            current: new Decimal(current!.replace(/,/g, '')).toString(),
            change: flat ? '0' : signed(verb, amount!),
            pct: pct ? signed(pct[1], pct[2]!) : null,
            quote: `${m[0]}${whole}${pct?.[0] ?? ''}`.slice(0, 1000),
            reason: reason ? reason.slice(0, 1000) : null,
            file: p.file,
            page: p.page,
            box: paragraphBox(p, m.index ?? 0),
          });
          break;
        }
      }
    }
  return [...found.values()];
}

/**
 * A stated percentage must follow from the stated amounts: change ÷ (this year − change). (A percentage split by a
 * page break — 江苏省委办公厅 2019 p6 “增长” | page number “4” | p7 “13.11%” — is not read, so not misread as 413.11.)
 */
export function statedChangeChecks(changes: readonly StatedChange[]): Problem[] {
  const out: Problem[] = [];
  for (const c of changes) {
    if (c.pct === null) continue;
    const prior = new Decimal(c.current).minus(c.change);
    if (prior.isZero()) continue;
    const places = c.pct.split('.')[1]?.length ?? 0;
    const computed = new Decimal(c.change)
      .div(prior)
      .times(100)
      .toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    if (computed.equals(c.pct)) continue;
    out.push({
      id: `narrative:pct:${c.id}`,
      severity: 'warns',
      check: 'narrative',
      what: `说明中「${c.label}」${c.current}万元、变化${c.change}万元,所述变化百分比与金额不符(上年 = ${prior.toString()}万元)`,
      printed: c.pct,
      computed: computed.toFixed(places),
      unit: '%',
      file: c.file,
      page: c.page,
      refs: [{ file: c.file, page: c.page, box: { x0: c.box[0], y0: c.box[1], x1: c.box[2], y1: c.box[3] } }],
    });
  }
  return out;
}
