import Decimal from "decimal.js";
import { MAX_SERIAL, MIN_SERIAL, type DateSystem } from "../dates/excelSerial";
import { parseDate } from "../dates/parseDate";
import { isFailure } from "../failure";
import { toCentsFast } from "../money/money";
import { parseAmount } from "../money/parseAmount";
import { parsePaymentTerms, type PaymentTerms } from "../terms/parsePaymentTerms";
import { plainTextCents } from "./plainTextCents";

/** How the last read went: a value, a blank cell, or unreadable content (see `error`). */
export const CellStatus = { ok: 0, blank: 1, bad: 2 } as const;
export type CellStatus = (typeof CellStatus)[keyof typeof CellStatus];

/** Amounts beyond ±10 trillion are typing slips, and keeping cents below 2^53 keeps sums exact. */
const MAX_ABS_CENTS = 1e15;
/** A number cell beyond ±this (in currency units) is refused; the scan reads smaller ones inline. */
export const MAX_ABS_AMOUNT = MAX_ABS_CENTS / 100;
/** Text caches stop growing here so a sheet of unique junk cannot eat memory. */
const MAX_CACHE = 100_000;

/**
 * Reads ledger cells on the scan's hot path. Cells that are already numbers (Office.js gives date
 * and amount cells as numbers) are read inline with no allocation; text goes through parseDate /
 * parseAmount / parsePaymentTerms once per distinct text and is cached, since a ledger repeats the
 * same dates and terms thousands of times. Each read returns a number and sets `status`; on
 * `bad`, `error` holds the reason.
 *
 * @example
 * new LedgerCellReader(1900).cents("$1,234.50") //=> 123450
 */
export class LedgerCellReader {
  status: CellStatus = CellStatus.ok;
  error = "";
  private readonly minSerial: number;
  private readonly maxSerialExclusive: number;
  private readonly dateCache = new Map<string, number | string>();
  private readonly centsCache = new Map<string, number | string>();
  private readonly termsCache = new Map<unknown, PaymentTerms | string>();

  constructor(private readonly system: DateSystem) {
    this.minSerial = MIN_SERIAL[system];
    this.maxSerialExclusive = MAX_SERIAL[system] + 1;
  }

  /** A date serial (time dropped); NaN unless `status` is ok. */
  serial(value: unknown): number {
    if (typeof value === "number" && value >= this.minSerial && value < this.maxSerialExclusive) {
      this.status = CellStatus.ok;
      return Math.floor(value);
    }
    if (value === "" || value === null || value === undefined) return this.blank();
    if (typeof value === "string") {
      let cached = this.dateCache.get(value);
      if (cached === undefined) {
        cached = this.parseSerial(value);
        if (this.dateCache.size < MAX_CACHE) this.dateCache.set(value, cached);
      }
      return this.settle(cached);
    }
    return this.settle(this.parseSerial(value));
  }

  /** Integer cents of an amount cell; NaN unless `status` is ok. */
  cents(value: unknown): number {
    if (typeof value === "number") {
      if (Number.isFinite(value) && Math.abs(value) < MAX_ABS_AMOUNT) {
        this.status = CellStatus.ok;
        return toCentsFast(value);
      }
      return this.settle(
        Number.isFinite(value) ? "the amount is too large to be an invoice amount" : "the amount is not a finite number",
      );
    }
    if (value === "" || value === null || value === undefined) return this.blank();
    if (typeof value === "string") {
      // Unique amounts typed as text ("$1234.50") would each go through decimal.js and the cache.
      const plain = plainTextCents(value);
      if (plain === plain) {
        this.status = CellStatus.ok;
        return plain;
      }
      let cached = this.centsCache.get(value);
      if (cached === undefined) {
        cached = this.parseCents(value);
        if (this.centsCache.size < MAX_CACHE) this.centsCache.set(value, cached);
      }
      return this.settle(cached);
    }
    return this.settle(this.parseCents(value));
  }

  /** Payment terms of a cell, or undefined with `status` blank/bad. */
  terms(value: unknown): PaymentTerms | undefined {
    if (value === "" || value === null || value === undefined) {
      this.blank();
      return undefined;
    }
    let cached = this.termsCache.get(value);
    if (cached === undefined) {
      const parsed = parsePaymentTerms(value);
      cached = isFailure(parsed) ? parsed.message : parsed;
      if (this.termsCache.size < MAX_CACHE) this.termsCache.set(value, cached);
    }
    if (typeof cached === "string") {
      this.settle(cached);
      return undefined;
    }
    this.status = CellStatus.ok;
    return cached;
  }

  private parseSerial(value: unknown): number | string {
    const parsed = parseDate(value, this.system);
    if (isFailure(parsed)) return parsed.message;
    return parsed === null ? Number.NaN : parsed;
  }

  private parseCents(value: unknown): number | string {
    const parsed = parseAmount(value);
    if (isFailure(parsed)) return parsed.message;
    if (parsed === null) return Number.NaN;
    const cents = parsed.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
    return Math.abs(cents) < MAX_ABS_CENTS ? cents : "the amount is too large to be an invoice amount";
  }

  /** Turns a cached outcome into a read: a number (NaN = blank text such as "  ") or an error message. */
  private settle(outcome: number | string): number {
    if (typeof outcome === "string") {
      this.status = CellStatus.bad;
      this.error = outcome;
      return Number.NaN;
    }
    if (Number.isNaN(outcome)) return this.blank();
    this.status = CellStatus.ok;
    return outcome;
  }

  private blank(): number {
    this.status = CellStatus.blank;
    return Number.NaN;
  }
}
