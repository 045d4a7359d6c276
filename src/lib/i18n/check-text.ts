import type { CheckValue } from '../../domain/reconcile/check';
import type { MessageValue, ReconcileMessage } from '../../domain/reconcile/messages';
import { type MoneyUnit, formatMoneyWithUnit, formatPercent, formatQuantity } from '../format/number';
import './reconcile-strings';
import { type Lang, translate } from './translate';

/** A check's message as plain text in `lang` (English once loaded: loadLang): for scripts and tests. */
export function checkMessageText(m: ReconcileMessage, lang: Lang): string {
  const values = Object.fromEntries(
    Object.entries(m.values ?? {}).map(([name, v]) => [name, messageValueText(v, lang)]),
  );
  return translate(lang, m.key, values);
}

function messageValueText(v: MessageValue, lang: Lang): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if ('list' in v) return v.list.join(translate(lang, 'common.listSep'));
  return checkMessageText(v, lang);
}

/** A compared value as text: money in `unit` with the unit's name, a count, a percentage. */
export function checkValueText(v: CheckValue, unit: MoneyUnit, lang: Lang): string {
  switch (v.kind) {
    case 'money':
      return formatMoneyWithUnit(v.value, unit, lang);
    case 'count':
      return formatQuantity(v.value);
    case 'percent':
      return formatPercent(v.value);
  }
}
