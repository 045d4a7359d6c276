import type Decimal from 'decimal.js';
import { type ReactNode, createContext, useContext, useMemo } from 'react';
import { exactMoney, formatMoney, formatSignedMoney, type MoneyUnit, unitLabel } from '../lib/format/number';
import { useUiStore } from '../store/ui-store';

interface ReaderUnit {
  unit: MoneyUnit;
  label: string;
}

const ReaderUnitContext = createContext<ReaderUnit | null>(null);

/**
 * The reader's unit for every amount below it, read from the store once: a view shows hundreds of amounts, and a
 * store subscription each was a good part of rendering one.
 */
export function ReaderUnitProvider({ children }: { children: ReactNode }) {
  const unit = useUiStore((s) => s.unit);
  const label = useUnitLabel();
  const value = useMemo(() => ({ unit, label }), [unit, label]);
  return <ReaderUnitContext.Provider value={value}>{children}</ReaderUnitContext.Provider>;
}

interface AmountProps {
  value: Decimal;
  withUnit?: boolean;
  signed?: boolean;
}

/** An exact amount in the chosen display unit; `withUnit` appends the unit in the reader's language. */
export function Amount(props: AmountProps) {
  const reader = useContext(ReaderUnitContext);
  // Outside the provider (a part rendered on its own), the amount reads the store itself.
  return reader ? amountText(props, reader) : <StoreAmount {...props} />;
}

function StoreAmount(props: AmountProps) {
  const unit = useUiStore((s) => s.unit);
  const label = useUnitLabel();
  return amountText(props, { unit, label });
}

function amountText({ value, withUnit, signed }: AmountProps, { unit, label }: ReaderUnit) {
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
