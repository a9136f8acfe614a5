import { CREDIT_LIMIT_MESSAGES as M } from "../messages/creditLimitMessages";
import type { Message } from "../messages/message";
import type { CreditLimitRecommendation } from "./recommendCreditLimit";

/**
 * The recommendation's reason in one short line, English and Chinese: the limit, the figure that
 * bound it with the numbers used, and the comparison with the current limit. A customer with no
 * exposure in the history looked at says so instead of quoting zeros.
 *
 * @param currency - ISO code shown before the limit ("" shows none)
 * @param neverPaid - the customer has paid nothing yet, so its days beyond terms are how late its
 *   oldest overdue invoice already is (customerCreditLimits): said so rather than "paid N days late"
 * @example
 * creditLimitReason(rec, "USD").en
 * //=> "USD 94,000: peak 120,000 at 30-day terms (paid 12 days late) × 1.10 for grade B; current 100,000 — lower"
 */
export function creditLimitReason(rec: CreditLimitRecommendation, currency: string, neverPaid = false): Message {
  const head = { currency, limit: rec.limit, current: rec.currentLimit, change: rec.change };
  switch (rec.boundBy) {
    case "netWorth":
      return M.reasonNetWorth({ ...head, figure: rec.netWorth ?? 0, history: rec.historyLimit });
    case "workingCapital":
      return M.reasonWorkingCapital({ ...head, figure: rec.workingCapital ?? 0, history: rec.historyLimit });
    case "revenue":
      return M.reasonRevenue({ ...head, figure: rec.annualRevenue ?? 0, history: rec.historyLimit });
    case "history":
      break;
  }
  if (rec.peakExposure === 0 && rec.averageExposure === 0) return M.reasonNoHistory(head);
  if (rec.basis === "average")
    return M.reasonAverage({ ...head, average: rec.averageExposure, factor: rec.factor, grade: rec.grade });
  return M.reasonPeak({
    ...head,
    peak: rec.peakExposure,
    terms: rec.termsDays,
    dbt: rec.daysBeyondTerms,
    factor: rec.factor,
    grade: rec.grade,
    neverPaid,
  });
}
