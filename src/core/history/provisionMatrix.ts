import { bucketLabels, validateEdges } from "../aging/agingBuckets";
import { bucketProvisionCents } from "../aging/expectedCreditLoss";
import { endOfMonthSerial } from "../dates/calendarSteps";
import type { DateSystem } from "../dates/excelSerial";
import { fail, isFailure, type Failure } from "../failure";
import type { Language } from "../language";
import { DATES_MESSAGES } from "../messages/datesMessages";
import { HISTORY_MESSAGES as M } from "../messages/historyMessages";
import type { HistoryLedger } from "./historyLedger";
import { lossRates } from "./lossRates";
import { MAX_MONTH_ENDS, monthEndsBetween } from "./monthEnds";
import { snapshotAt, type MonthEndSnapshots } from "./monthEndSnapshots";
import { rollRates, type RollRates } from "./rollRates";

export interface ProvisionOptions {
  /** Aging edges in days past due (validated here). */
  readonly edges: readonly number[];
  /** The provision date: balances are aged at it; the window ends at the last month-end on or before it. */
  readonly asOf: number;
  /** Month-ends in the window (so months − 1 pairs), 2 to MAX_MONTH_ENDS; default 12. */
  readonly months?: number;
  /** Share of the oldest bucket lost, 0 to 1; default 1. */
  readonly finalLossRate?: number;
  /** Forward-looking adjustment, −1 or more; default 0. */
  readonly adjustment?: number;
  readonly dateSystem?: DateSystem;
  /** Bucket labels' language; default "en". */
  readonly language?: Language;
}

/** One row of the provision matrix. */
export interface ProvisionBucket {
  readonly label: string;
  /** Open invoices in the bucket at asOf, in cents (credit notes left out, as in the snapshots). */
  readonly balanceCents: number;
  /** Pooled roll rate into the next bucket; null for the oldest, and where the bucket never held a balance. */
  readonly rollRate: number | null;
  readonly lossRate: number | null;
  /** max(0, balance) × loss rate, rounded to the cent half away from zero; null without a loss rate. */
  readonly provisionCents: number | null;
}

export interface ProvisionMatrix {
  readonly monthEnds: readonly number[];
  readonly snapshots: MonthEndSnapshots;
  readonly rolls: RollRates;
  readonly buckets: readonly ProvisionBucket[];
  /** Σ of the buckets' rounded provisions (buckets without a loss rate add nothing: see missingRates). */
  readonly provisionCents: number;
  /** Labels of buckets with a balance but no loss rate (their provision is unknown, not 0). */
  readonly missingRates: readonly string[];
}

/**
 * The provision matrix of one currency from its own history: month-end snapshots over the window →
 * pooled roll rates → loss rates (lossRates) → each bucket's balance at asOf × its loss rate,
 * rounded per bucket (bucketProvisionCents, the rule AR.ECL follows) and summed. The window is the
 * `months` month-ends ending at the last month-end on or before asOf. Options must pass
 * provisionOptionsFailure (a bad one throws: the caller's mistake).
 *
 * @example
 * // the shared example: as of 2025-04-30, 4 month-ends (Jan–Apr 2025), edges 30/60/90
 * provisionMatrix(ledger, { edges: [30, 60, 90], asOf: 45777, months: 4 }).provisionCents //=> 232000
 */
export function provisionMatrix(ledger: HistoryLedger, options: ProvisionOptions): ProvisionMatrix {
  // Options come from settings the caller has checked (provisionOptionsFailure); a bad one here is a
  // programmer's mistake, so it throws rather than hand back a matrix of wrong figures.
  const failure = provisionOptionsFailure(options);
  if (failure) throw new RangeError(failure.message);
  const edges = [...options.edges];
  const asOf = Math.floor(options.asOf);
  const months = options.months ?? 12;
  const system = options.dateSystem ?? 1900;
  const thisMonthEnd = endOfMonthSerial(asOf, 0, system);
  const lastEnd = thisMonthEnd <= asOf ? thisMonthEnd : endOfMonthSerial(asOf, -1, system);
  const monthEnds = monthEndsBetween(endOfMonthSerial(lastEnd, -(months - 1), system), lastEnd, system);

  const labels = bucketLabels(edges, options.language ?? "en");
  const rolls = rollRates(ledger, monthEnds, edges);
  const rolled = rolls.pooled.map((roll) => roll.rate);
  const losses = lossRates(rolled, options.finalLossRate ?? 1, options.adjustment ?? 0, labels);
  if (isFailure(losses)) throw new RangeError(losses.message); // pooled roll rates lie in 0..1

  const balances = snapshotAt(ledger, asOf, edges);
  const missingRates: string[] = [];
  let provisionCents = 0;
  const buckets = labels.map((label, k): ProvisionBucket => {
    const lossRate = losses[k];
    const balanceCents = balances[k];
    const provision = lossRate === null ? null : bucketProvisionCents(balanceCents, lossRate);
    if (provision !== null) provisionCents += provision;
    else if (balanceCents > 0) missingRates.push(label);
    return { label, balanceCents, rollRate: k < rolled.length ? rolled[k] : null, lossRate, provisionCents: provision };
  });
  return { monthEnds, snapshots: rolls.snapshots, rolls, buckets, provisionCents, missingRates };
}

/**
 * Why these provision options cannot be used (bad edges, as-of, months, final loss rate or
 * adjustment), or null when they can: check settings an analyst typed before provisionMatrix.
 *
 * @example
 * provisionOptionsFailure({ edges: [30, 60, 90], asOf: 45777, months: 1 })?.message //=> "months must be a whole number of month-ends from 2 to 600; got 1"
 */
export function provisionOptionsFailure(options: ProvisionOptions): Failure | null {
  const edges = validateEdges(options.edges);
  if (isFailure(edges)) return edges;
  if (!Number.isFinite(options.asOf)) return fail("unreadable", DATES_MESSAGES.notFiniteDateSerial({ name: "as_of" }));
  const months = options.months ?? 12;
  if (!Number.isInteger(months) || months < 2 || months > MAX_MONTH_ENDS) {
    return fail("outOfRange", M.monthsRange({ name: "months", max: MAX_MONTH_ENDS, got: String(months) }));
  }
  const check = lossRates([], options.finalLossRate ?? 1, options.adjustment ?? 0);
  return isFailure(check) ? check : null;
}
