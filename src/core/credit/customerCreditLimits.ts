import { isFailure } from "../failure";
import type { ScanForForecast } from "../forecast/forecastLedgerFromScan";
import type { CreditLimitEntry } from "../ledger/ledgerAnalysisTypes";
import { customerKey, normalizeCurrency } from "../ledger/ledgerScanSettings";
import type { Message } from "../messages/message";
import { centsToMoney, Money, moneyToNumber } from "../money/money";
import { creditLimitReason } from "./creditLimitReason";
import { customerExposures } from "./customerExposures";
import { recommendCreditLimit, type CreditLimitRecommendation } from "./recommendCreditLimit";

/** One customer-in-a-currency's recommended limit and the history behind it. */
export interface CustomerCreditLimit {
  readonly customer: string;
  readonly currency: string;
  /** Highest exposure at the 12 month-ends up to as-of and at as-of (credit notes netted, ≥ 0). */
  readonly peakExposure: number;
  /** Average exposure over those dates from the customer's first invoice on, to the cent. */
  readonly averageExposure: number;
  /** Amount-weighted average of due − invoice days of its invoices; 30 when none gives both. */
  readonly termsDays: number;
  readonly recommendation: CreditLimitRecommendation;
  readonly reason: Message;
}

/** A scan with the limit table it read (src/excel/ledgerWorkbook.ts ScannedLedger). */
export type ScanForCreditLimits = ScanForForecast & { readonly creditLimitTable?: readonly CreditLimitEntry[] };

/**
 * The key of `customerCreditLimits`' map: the scan's customer name and currency, NUL between.
 *
 * @example
 * creditLimitMapKey("Acme", "USD") //=> "Acme\u0000USD"
 */
export function creditLimitMapKey(customer: string, currency: string): string {
  return `${customer}\u0000${currency}`;
}

/**
 * A recommended credit limit for every customer in every currency of the scan
 * (src/core/credit/recommendCreditLimit.ts): its exposure history from the accepted rows
 * (customerExposures.ts); its days beyond terms (avgDaysLate; for a customer that never paid, its
 * oldest overdue days), risk score and current limit from the scan's CustomerSummary; and its
 * financials from the limit table, matched by customer as the scan matches names and by currency,
 * a row with the customer's currency winning over one with a blank currency (which stands for any).
 *
 * A customer whose recommendation cannot be made (a risk score outside 0–100 would be a scan bug)
 * is left out rather than shown with a wrong figure.
 *
 * @example
 * customerCreditLimits(scan).get("Acme\u0000USD")?.recommendation.limit //=> 94000
 */
export function customerCreditLimits(scan: ScanForCreditLimits): ReadonlyMap<string, CustomerCreditLimit> {
  const exposures = customerExposures(scan);
  const financials = financialsByCustomer(scan.creditLimitTable ?? []);
  const out = new Map<string, CustomerCreditLimit>();
  scan.analysis.customers.forEach((summary, g) => {
    const key = customerKey(summary.customer);
    const currency = normalizeCurrency(summary.currency);
    const table = financials.get(`${key}\u0000${currency}`) ?? financials.get(`${key}\u0000`);
    const peakExposure = moneyToNumber(centsToMoney(exposures.peakCents[g]));
    const counted = exposures.datesCounted[g];
    const averageExposure = counted > 0 ? moneyToNumber(centsToMoney(exposures.exposureSumCents[g]).dividedBy(counted)) : 0;
    // Terms are days: two decimals are plenty and keep the rule's arithmetic clear of float noise.
    const termsDays = new Money(exposures.termsDays[g]).toDecimalPlaces(2).toNumber();
    const recommendation = recommendCreditLimit({
      peakExposure,
      averageExposure,
      // A customer that never paid has no days late to average; as the risk score does, it is
      // measured on how late it already is (its oldest overdue invoice's days), not taken as on time.
      daysBeyondTerms: summary.neverPaid ? summary.oldestDaysOverdue : summary.avgDaysLate,
      riskScore: summary.riskScore,
      termsDays,
      netWorth: table?.netWorth ?? null,
      workingCapital: table?.workingCapital ?? null,
      annualRevenue: table?.annualRevenue ?? null,
      currentLimit: summary.creditLimit,
    });
    if (isFailure(recommendation)) return;
    // The reason's text is made when it is read: a full sheet has thousands of customers, a view shows a few.
    let reason: Message | undefined;
    out.set(creditLimitMapKey(summary.customer, summary.currency), {
      customer: summary.customer,
      currency: summary.currency,
      peakExposure,
      averageExposure,
      termsDays,
      recommendation,
      get reason() {
        return (reason ??= creditLimitReason(recommendation, summary.currency, summary.neverPaid === true));
      },
    });
  });
  return out;
}

/** The table's rows that give any financial figure, by customer key and currency ("" = any currency); the first row wins. */
function financialsByCustomer(table: readonly CreditLimitEntry[]): Map<string, CreditLimitEntry> {
  const out = new Map<string, CreditLimitEntry>();
  for (const entry of table) {
    if (entry.netWorth === undefined && entry.workingCapital === undefined && entry.annualRevenue === undefined) continue;
    const key = `${customerKey(entry.customer)}\u0000${normalizeCurrency(entry.currency)}`;
    if (!out.has(key)) out.set(key, entry);
  }
  return out;
}
