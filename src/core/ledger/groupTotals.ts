import { BalanceKind } from "./balances";
import { type CustomerGroup, Sum, SUM_SLOTS as SUMS } from "./customerAccumulator";

/**
 * The scan's running totals of every customer group, side by side in flat typed arrays indexed by
 * group index. A million-row scan updates a random customer's totals on every row; one contiguous
 * block keeps them in cache and away from the garbage collector, where a small typed array per
 * group scattered its backing stores over the heap. `copyInto` hands the totals to the groups
 * (`CustomerGroup`) once the scan is done.
 *
 * @example
 * const totals = new GroupTotals(1);
 * totals.addInvoice(0, 5000, 12, 2, BalanceKind.overdue);
 * totals.invoiceCount[0] //=> 1
 */
export class GroupTotals {
  sums: Float64Array;
  invoiceCount: Int32Array;
  creditNoteCount: Int32Array;
  oldestDaysOverdue: Float64Array;
  highestLevel: Int32Array;
  /** The first credit limit met in each group's rows, in cents; NaN until one is. */
  limitCents: Float64Array;
  private capacity: number;

  constructor(capacity: number) {
    this.capacity = Math.max(16, capacity);
    this.sums = new Float64Array(this.capacity * SUMS);
    this.invoiceCount = new Int32Array(this.capacity);
    this.creditNoteCount = new Int32Array(this.capacity);
    this.oldestDaysOverdue = new Float64Array(this.capacity);
    this.highestLevel = new Int32Array(this.capacity);
    this.limitCents = new Float64Array(this.capacity).fill(Number.NaN);
  }

  /** Makes room for group index `group` (groups are numbered 0, 1, 2… as they appear). */
  ensure(group: number): void {
    if (group < this.capacity) return;
    let capacity = this.capacity * 2;
    while (capacity <= group) capacity *= 2;
    this.sums = grow(this.sums, capacity * SUMS) as Float64Array;
    this.invoiceCount = grow(this.invoiceCount, capacity) as Int32Array;
    this.creditNoteCount = grow(this.creditNoteCount, capacity) as Int32Array;
    this.oldestDaysOverdue = grow(this.oldestDaysOverdue, capacity) as Float64Array;
    this.highestLevel = grow(this.highestLevel, capacity) as Int32Array;
    const limits = new Float64Array(capacity).fill(Number.NaN);
    limits.set(this.limitCents);
    this.limitCents = limits;
    this.capacity = capacity;
  }

  /**
   * Adds an accepted row's open cents by its balance kind (balances.ts): credit notes count apart
   * from invoices, and only overdue (undisputed) invoices set the oldest days and, with current
   * ones, the highest level.
   */
  addInvoice(group: number, openCents: number, daysOverdue: number, level: number, kind: BalanceKind): void {
    const sums = this.sums;
    const at = group * SUMS;
    sums[at + Sum.open] += openCents;
    if (kind === BalanceKind.credit) {
      this.creditNoteCount[group]++;
      sums[at + Sum.creditNotes] += openCents;
      return;
    }
    this.invoiceCount[group]++;
    if (kind === BalanceKind.overdue) {
      sums[at + Sum.overdueInvoices] += openCents;
      if (daysOverdue > this.oldestDaysOverdue[group]) this.oldestDaysOverdue[group] = daysOverdue;
    } else if (kind === BalanceKind.disputed) {
      sums[at + Sum.disputed] += openCents;
      return;
    }
    if (level > this.highestLevel[group]) this.highestLevel[group] = level;
  }

  /**
   * Records an invoice paid on or before as-of, `daysLate` = max(0, paid − due), and in its month
   * of the payment trend's window (`trendMonth`, trendWindow.ts; −1 outside the window).
   */
  addPayment(group: number, daysLate: number, amountCents: number, trendMonth: number): void {
    const sums = this.sums;
    const at = group * SUMS;
    const late = daysLate * amountCents;
    sums[at + Sum.lateWeighted] += late;
    sums[at + Sum.weight] += amountCents;
    if (trendMonth >= 0) {
      const month = at + Sum.monthLate + 2 * trendMonth;
      sums[month] += late;
      sums[month + 1] += amountCents;
    }
  }

  /** Keeps the first credit limit met in a group's rows. */
  setLimitOnce(group: number, limitCents: number): void {
    if (this.limitCents[group] !== this.limitCents[group]) this.limitCents[group] = limitCents;
  }

  /** Writes group `group.index`'s totals into the group, for `summarizeCustomer`. */
  copyInto(group: CustomerGroup): void {
    const g = group.index;
    group.sums = this.sums.subarray(g * SUMS, g * SUMS + SUMS);
    group.invoiceCount = this.invoiceCount[g];
    group.creditNoteCount = this.creditNoteCount[g];
    group.oldestDaysOverdue = this.oldestDaysOverdue[g];
    group.highestLevel = this.highestLevel[g];
    group.limitCents = this.limitCents[g];
  }
}

function grow(array: Float64Array | Int32Array, length: number): Float64Array | Int32Array {
  const bigger = array instanceof Float64Array ? new Float64Array(length) : new Int32Array(length);
  bigger.set(array);
  return bigger;
}
