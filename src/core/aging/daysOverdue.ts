/**
 * Whole days past due, never negative. Open (no paid date, or paid after as-of): as_of − due.
 * Paid on or before as-of: paid − due (how late it was paid). Day differences are serial
 * differences, as Excel's DAYS does.
 *
 * @example
 * daysOverdue(45800, 45838) //=> 38
 * daysOverdue(45800, 45838, 45805) //=> 5
 */
export function daysOverdue(dueSerial: number, asOfSerial: number, paidSerial?: number | null): number {
  const paidBy = paidSerial !== null && paidSerial !== undefined && paidSerial <= asOfSerial ? paidSerial : asOfSerial;
  const days = Math.floor(paidBy) - Math.floor(dueSerial);
  return days > 0 ? days : 0;
}

/** Signed days as_of − due (negative before the due date), the measure the dunning ladder reads. */
export function signedDaysPastDue(dueSerial: number, asOfSerial: number): number {
  return Math.floor(asOfSerial) - Math.floor(dueSerial);
}

/** True when the invoice is settled as of the date (paid on or before as-of). */
export function isPaidAsOf(asOfSerial: number, paidSerial?: number | null): boolean {
  return paidSerial !== null && paidSerial !== undefined && paidSerial <= asOfSerial;
}
