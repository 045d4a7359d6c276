import type Decimal from 'decimal.js';
import { exactMoney, formatMoney, formatSignedMoney, unitLabel } from '../lib/format/number';
import { useUiStore } from '../store/ui-store';

/** An exact amount in the chosen display unit; `withUnit` appends the unit in the reader's language. */
export function Amount({
  value,
  withUnit,
  signed,
}: {
  value: Decimal;
  withUnit?: boolean;
  signed?: boolean;
}) {
  const unit = useUiStore((s) => s.unit);
  const label = useUnitLabel();
  const text = signed ? formatSignedMoney(value, unit) : formatMoney(value, unit);
  return (
    // data-value: the exact decimal, which table exports use instead of the grouped display text.
    <span className="amount" data-value={exactMoney(value, unit)}>
      {text}
      {withUnit && <span className="unit"> {label}</span>}
    </span>
  );
}

/** 万元 / 元 / 亿元, or "10k yuan" / "yuan" / "100m yuan" in English. */
export function useUnitLabel(): string {
  const unit = useUiStore((s) => s.unit);
  const lang = useUiStore((s) => s.lang);
  return unitLabel(unit, lang);
}
