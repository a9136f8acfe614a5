import { fail, isFailure, type Result } from "../failure";
import type { CurrencyTotals, CustomerSummary, LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../ledger/ledgerFields";
import { averageDaysDelinquent } from "../metrics/averageDaysDelinquent";
import { bestPossibleDso } from "../metrics/bestPossibleDso";
import { checkDays } from "../metrics/checkDays";
import { collectionEffectivenessIndex } from "../metrics/collectionEffectivenessIndex";
import { concentration } from "../metrics/concentration";
import { dso } from "../metrics/dso";
import { centsToNumber } from "../money/money";
import type { RiskGrade } from "../risk/riskGrade";
import type { Concentration, CurrencyDashboard, DashboardOptions, TrailingWindow } from "./dashboardTypes";
import { riskFactors } from "./riskFactors";
import { windowTotals, type WindowCents } from "./windowTotals";
import { REPORT_MESSAGES as M } from "../messages/reportMessages";

/**
 * The dashboard's figures per currency, from a scan (analyzeLedger) and the rows it scanned.
 *
 * As-of figures are the scan's, as src/core/ledger/balances.ts defines them: open, overdue
 * (undisputed invoices past due), overdue %, disputed, credit notes, aging, per-customer overdue,
 * credit use, review flags and risk grades. The trailing window is (as-of − trailingDays, as-of]:
 * - receivables E = open at as-of: every accepted row not paid on or before as-of and without a
 *   paid status (a row paid after as-of is open at as-of; a row invoiced after as-of is too, as
 *   in AR.AGING, so E equals the aging total);
 * - current receivables = the part of E not yet due (due ≥ as-of: the aging's Current bucket plus
 *   the disputed invoices and credit notes not yet due);
 * - credit sales S = amounts of rows invoiced in the window (credit notes netted, paid or not);
 * - B = rows invoiced on or before the start and not settled at the start (paid date ≤ start, or
 *   a paid status); rows without an invoice date are in neither S nor B.
 * DSO = AR.DSO(E, S, days), BPDSO = AR.BPDSO(current, S, days), ADD = AR.ADD(E, current, S, days),
 * CEI = AR.CEI(B, S, E, current) (the window as one period) — the same functions the AR Summary
 * sheet calls, so the figures agree to the last digit. They are null when they have no
 * denominator (nothing invoiced in the window), without invoice dates, and CEI without paid dates.
 *
 * @param rows - the raw rows given to analyzeLedger
 * @param analysis - analyzeLedger's result (at `options.asOf`)
 * @param mapping - the mapping the scan used
 * @returns one entry per currency in the scan's order, or a failure for a bad option
 * @example
 * dashboardFigures(rows, analysis, mapping, { asOf: 45838 })[0].dso //=> 45 (for 45,000 open on 90,000 invoiced in 90 days)
 */
export function dashboardFigures(
  rows: readonly (readonly unknown[])[],
  analysis: LedgerAnalysis,
  mapping: LedgerMapping,
  options: DashboardOptions,
): Result<CurrencyDashboard[]> {
  const days = checkDays(options.trailingDays ?? 90, "trailing days", "90");
  if (isFailure(days)) return days;
  if (!Number.isInteger(days)) return fail("outOfRange", M.trailingWhole({ value: String(days) }));
  const flag = options.concentrationFlag ?? 0.2;
  if (!(flag >= 0 && flag <= 1)) return fail("outOfRange", M.flagShareExample({ value: String(flag) }));
  const topN = options.topN ?? 10;
  if (!Number.isInteger(topN) || topN < 0) return fail("outOfRange", M.topN({ value: String(topN) }));
  const asOf = Math.floor(options.asOf);
  const start = asOf - days;
  const hasInvoiceDates = mapping.invoiceDate !== undefined && mapping.amount !== undefined;
  const hasPaidDates = mapping.paidDate !== undefined;
  const windows = windowTotals(rows, analysis, mapping, start, asOf);

  return analysis.portfolio.map((totals) => {
    const customers = analysis.customers.filter((c) => c.currency === totals.currency);
    const empty: WindowCents = { invoicedCents: 0, openAtStartCents: 0, invoicedCount: 0 };
    const window = hasInvoiceDates ? trailingWindow(totals, windows.get(totals.currency) ?? empty, start, asOf, days) : null;
    const ratios = windowRatios(window, hasPaidDates);
    return {
      currency: totals.currency,
      open: totals.open,
      overdue: totals.overdue,
      overduePct: totals.overduePct,
      disputed: totals.disputed,
      disputedCount: totals.disputedCount,
      credits: totals.credits,
      creditNoteCount: totals.creditNoteCount,
      buckets: totals.buckets,
      window,
      ...ratios,
      topOverdue: customers
        .filter((c) => c.overdueCents > 0)
        .sort((a, b) => b.overdueCents - a.overdueCents || byName(a, b))
        .slice(0, topN),
      concentration: largestShare(customers, flag),
      overLimit: customers
        .filter((c) => c.creditUse !== null && c.creditUse > 1)
        .sort((a, b) => b.creditUse! - a.creditUse! || byName(a, b)),
      reviewFlagged: customers.filter((c) => c.reviewFlag).sort((a, b) => b.overdueCents - a.overdueCents || byName(a, b)),
      riskGrades: gradeTable(customers),
    };
  });
}

function trailingWindow(totals: CurrencyTotals, sums: WindowCents, start: number, asOf: number, days: number): TrailingWindow {
  return {
    start,
    end: asOf,
    days,
    openAtStart: centsToNumber(sums.openAtStartCents),
    invoiced: centsToNumber(sums.invoicedCents),
    open: totals.open,
    // Everything open and not yet due (as-of − due ≤ 0), credit notes and disputes netted in.
    current: centsToNumber(totals.notYetDueCents),
  };
}

function windowRatios(
  window: TrailingWindow | null,
  hasPaidDates: boolean,
): Pick<CurrencyDashboard, "dso" | "bpdso" | "add" | "cei"> {
  if (window === null) return { dso: null, bpdso: null, add: null, cei: null };
  const { open, current, invoiced, openAtStart, days } = window;
  const value = (result: Result<number>): number | null => (isFailure(result) ? null : result);
  return {
    dso: value(dso(open, invoiced, days)),
    bpdso: value(bestPossibleDso(current, invoiced, days)),
    add: value(averageDaysDelinquent(open, current, invoiced, days)),
    cei: hasPaidDates ? value(collectionEffectivenessIndex(openAtStart, invoiced, open, current)) : null,
  };
}

/** AR.CONCENTRATION (top 1) over the scan's customers in the currency, and who the largest is. */
function largestShare(customers: readonly CustomerSummary[], flag: number): Concentration {
  const share = concentration(
    customers.map((c) => c.customer),
    customers.map((c) => c.open),
  );
  if (isFailure(share)) return { share: null, customer: null, flagged: false };
  let largest = customers[0];
  for (const c of customers) if (c.openCents > largest.openCents) largest = c;
  return { share, customer: largest.customer, flagged: share > flag };
}

function gradeTable(customers: readonly CustomerSummary[]): CurrencyDashboard["riskGrades"] {
  const counts: Record<RiskGrade, number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  for (const c of customers) counts[c.grade]++;
  const factors = customers.map(riskFactors).sort((a, b) => b.score - a.score || a.customer.localeCompare(b.customer));
  return { counts, customers: factors };
}

function byName(a: CustomerSummary, b: CustomerSummary): number {
  return a.customer.localeCompare(b.customer);
}
