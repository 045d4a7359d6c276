import type Decimal from 'decimal.js';
import { formatMoney, formatSignedMoney, UNIT_LABEL } from '../lib/format/number';
import { useUiStore } from '../store/ui-store';

/** An exact amount in the chosen display unit; `withUnit` appends 万元/元/亿元. */
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
  const text = signed ? formatSignedMoney(value, unit) : formatMoney(value, unit);
  return (
    <span className="amount">
      {text}
      {withUnit && <span className="unit"> {UNIT_LABEL[unit]}</span>}
    </span>
  );
}

export function useUnitLabel(): string {
  return UNIT_LABEL[useUiStore((s) => s.unit)];
}
