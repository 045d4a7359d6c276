/**
 * Reading values from the hash's query. A link may have been edited by hand or cut short, so each value is
 * validated, never cast: one that does not fit is ignored (null) and the view shows its default.
 */

/** A whole number written in plain digits (no sign, no "0x", no exponent, not empty), within [min, max]. */
export function queryInt(value: string | null, min: number, max: number): number | null {
  // Number() would read "" as 0, "0x2" as 2 and "abc" as NaN.
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** The value if it is one of `allowed`, else null. */
export function queryChoice<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}
