import type { DateSystem } from "../dates/excelSerial";
import { isFailure, type Result } from "../failure";
import { wholeHabitDays } from "../forecast/paymentHabits";
import { parsePaymentTerms } from "../terms/parsePaymentTerms";
import { financingChoices, type FinancingChoice, type FinancingChoiceKind, type FinancingInput } from "./financingChoices";
import { financingChoicesSelection } from "./financingChoicesSelection";
import type { OpenInvoice } from "./financingCustomers";
import { discountApplies, factorBuys, insuranceCovers, type Ineligible } from "./financingEligibility";
import type { FinancingTermsRead } from "./financingForm";

type Invoice = Pick<OpenInvoice, "openCents" | "dueSerial" | "disputed">;

/** One option for the ticked invoices: priced on those it applies to, or not offered. */
export interface FinancingOffer {
  readonly kind: FinancingChoiceKind;
  /** Ticked invoices the option applies to, of `tickedCount`. */
  readonly invoiceCount: number;
  /** Their open total, in cents. */
  readonly amountCents: number;
  /** Priced on those invoices; null when none qualifies (or, for waiting, nothing is owed net). */
  readonly choice: FinancingChoice | null;
  /** The commonest reason a ticked invoice is left out; null when none is. */
  readonly leftOut: Exclude<Ineligible, null> | null;
}

export interface FinancingOffers {
  readonly tickedCount: number;
  readonly habitWholeDays: number;
  /** Factoring, discount, insurance, waiting: always all four, in that order. */
  readonly offers: readonly FinancingOffer[];
  /** The discount terms read (rate as a fraction); null when they give no discount (e.g. "net 30"). */
  readonly discount: { readonly rate: number; readonly days: number; readonly netDays: number } | null;
}

/** The terms of one option, as financingChoices takes them. */
type OptionTerms = Pick<FinancingInput, "factoring" | "discountTerms" | "insurance">;

interface Context {
  readonly asOf: number;
  readonly habitDays: number;
  readonly dateSystem: DateSystem;
}

/**
 * Each financing option on the ticked invoices it applies to (issue #17 item 7): a factor buys
 * current invoices (overdue at most its limit, not disputed, no credit notes); a discount is for
 * paying early (invoices whose discount window is still open); insurance covers undisputed debts
 * overdue at most its cover and pays on the claim date, due + waiting period; waiting takes every
 * ticked row, credit notes netted. Each option is priced by financingChoices on its own invoices
 * (amount-weighted due date), so no figure rests on an invoice the option cannot take.
 *
 * @example
 * // 1,000.00 due in 30 days and 500.00 187 days overdue, factor limit 0: the factor prices 1,000.00 only
 * financingOffers(ticked, terms, ctx).offers[0] //=> { kind: "factoring", invoiceCount: 1, amountCents: 100000, … }
 */
export function financingOffers(
  ticked: readonly Invoice[],
  terms: FinancingTermsRead,
  context: Context,
): Result<FinancingOffers> {
  const parsed = parsePaymentTerms(terms.discountTerms);
  if (isFailure(parsed)) return parsed;
  const discount = parsed.discount;
  const window = discount === undefined ? 0 : parsed.netDays - discount.days;
  const { asOf } = context;
  const rules: [Exclude<FinancingChoiceKind, "wait">, (inv: Invoice) => Ineligible, OptionTerms][] = [
    [
      "factoring",
      (inv) => factorBuys(inv, asOf, terms.factorMaxOverdue),
      { factoring: { advanceRate: terms.advanceRate, feeRate: terms.feeRate, periodDays: terms.periodDays } },
    ],
    ["discount", (inv) => discountApplies(inv, asOf, window), { discountTerms: terms.discountTerms }],
    [
      "insurance",
      (inv) => insuranceCovers(inv, asOf, terms.coverDays),
      { insurance: { premiumRate: terms.premiumRate, indemnityRate: terms.indemnityRate, waitingDays: terms.waitingDays } },
    ],
  ];
  const offers: FinancingOffer[] = [];
  for (const [kind, applies, input] of rules) {
    const reasons = ticked.map(applies);
    const taken = ticked.filter((_, i) => reasons[i] === null);
    // Terms without a discount (e.g. "net 30") offer none; the pane says so in the discount line.
    const priced =
      kind === "discount" && discount === undefined
        ? { invoiceCount: 0, amountCents: 0, choice: null }
        : price(taken, context, input);
    if (isFailure(priced)) return priced;
    offers.push({ kind, ...priced, leftOut: commonest(reasons) });
  }
  const waiting = price(ticked, context, {});
  if (isFailure(waiting)) return waiting;
  offers.push({ kind: "wait", ...waiting, leftOut: null });
  return {
    tickedCount: ticked.length,
    // As financingChoices applies it: whole days, half away from zero.
    habitWholeDays: wholeHabitDays(context.habitDays),
    offers,
    discount: discount === undefined ? null : { rate: Number(discount.rate), days: discount.days, netDays: parsed.netDays },
  };
}

/** An option priced on its invoices; choice null when they owe nothing net. */
function price(
  invoices: readonly Invoice[],
  context: Context,
  terms: OptionTerms,
): Result<{ invoiceCount: number; amountCents: number; choice: FinancingChoice | null }> {
  const amountCents = invoices.reduce((sum, inv) => sum + inv.openCents, 0);
  const none = { invoiceCount: invoices.length, amountCents, choice: null };
  if (invoices.length === 0 || amountCents <= 0) return none;
  const selection = financingChoicesSelection(invoices.map((inv) => ({ amountCents: inv.openCents, dueSerial: inv.dueSerial })));
  if (isFailure(selection)) return none;
  const table = financingChoices({ ...selection, ...context, ...terms });
  if (isFailure(table)) return table;
  return { invoiceCount: invoices.length, amountCents, choice: table.choices[0] };
}

function commonest(reasons: readonly Ineligible[]): Exclude<Ineligible, null> | null {
  const counts = new Map<Exclude<Ineligible, null>, number>();
  for (const r of reasons) if (r !== null) counts.set(r, (counts.get(r) ?? 0) + 1);
  let best: Exclude<Ineligible, null> | null = null;
  for (const [r, n] of counts) if (best === null || n > counts.get(best)!) best = r;
  return best;
}
