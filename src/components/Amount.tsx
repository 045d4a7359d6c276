import type Decimal from 'decimal.js';
import { formatMoney, formatSignedMoney, unitLabel } from '../lib/format/number';
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
    <span className="amount">
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
