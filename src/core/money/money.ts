import Decimal from "decimal.js";

/**
 * One rounding policy for money: exact arithmetic on decimal.js (or integer cents in hot loops),
 * rounded once, at the end, to 2 decimals half away from zero (decimal.js ROUND_HALF_UP rounds
 * away from zero for negatives too: -0.005 → -0.01).
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export function money(value: Decimal.Value): Decimal {
  return new Money(value);
}

/** Rounds to cents, half away from zero. */
export function roundMoney(value: Decimal.Value): Decimal {
  return new Money(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Money as a plain number for Excel, rounded to cents (the only float that leaves the core). */
export function moneyToNumber(value: Decimal.Value): number {
  return roundMoney(value).toNumber();
}

/**
 * Exact integer cents of an amount that is already a money value (a cell number such as 1234.5).
 * The float is read through its shortest decimal representation, so 0.1 + 0.2 style drift in a cell
 * (0.30000000000000004) does not move a cent; amounts with more than 2 decimals round half away from zero.
 */
export function toCents(value: number): number {
  const cents = new Money(value).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  // -0.001 rounds to -0 cents; a signed zero would show as "-0" in sums and fail Object.is checks.
  return cents.isZero() ? 0 : cents.toNumber();
}

/** Fast path for the hot loops: whole-cent amounts (the usual case) avoid decimal.js entirely. */
export function toCentsFast(value: number): number {
  const scaled = value * 100;
  const rounded = Math.round(scaled);
  // A float like 4.35 scales to 434.99999999999994: within 1e-6 of an integer it is that integer.
  // `rounded || 0` turns -0 (from -0 or -1e-9) into 0, as toCents does.
  if (Math.abs(scaled - rounded) < 1e-6 && Number.isSafeInteger(rounded)) return rounded || 0;
  return toCents(value);
}

export function centsToNumber(cents: number): number {
  return cents / 100;
}

export function centsToMoney(cents: number): Decimal {
  return new Money(cents).dividedBy(100);
}
