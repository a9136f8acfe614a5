import type { AnalyzeLedgerOptions, CreditLimitEntry } from "../core/ledger/ledgerAnalysisTypes";
import type { ScanRequest } from "./ledgerWorkbook";

/** A scan request with the credit-limit table the adapter read for it (createExcelLedgerWorkbook). */
export type ScanRequestWithLimits = ScanRequest & { readonly creditLimitTable?: readonly CreditLimitEntry[] };

/**
 * The analysis options the pane's settings give (issue #17): aging edges, review threshold, days
 * between reminders, small-balance thresholds per currency, the credit-limit table, and the
 * escalation policy (issue #18: by recorded steps unless "age"). Settings
 * the request leaves out keep the core's defaults.
 *
 * @example
 * scanSettingsOptions({ ...request, agingEdges: [15, 45, 90] }).edges //=> [15, 45, 90]
 */
export function scanSettingsOptions(
  request: ScanRequestWithLimits,
): Pick<
  AnalyzeLedgerOptions,
  "edges" | "reviewThreshold" | "minReminderIntervalDays" | "minAmountByCurrency" | "creditLimitsByCurrency" | "escalation"
> {
  return {
    ...(request.agingEdges ? { edges: request.agingEdges } : {}),
    ...(request.reviewThreshold !== undefined ? { reviewThreshold: request.reviewThreshold } : {}),
    ...(request.minReminderIntervalDays !== undefined ? { minReminderIntervalDays: request.minReminderIntervalDays } : {}),
    ...(request.smallBalanceByCurrency && request.smallBalanceByCurrency.length > 0
      ? { minAmountByCurrency: new Map(request.smallBalanceByCurrency.map((t) => [t.currency, t.amount])) }
      : {}),
    ...(request.creditLimitTable ? { creditLimitsByCurrency: request.creditLimitTable } : {}),
    ...(request.escalation !== undefined ? { escalation: request.escalation } : {}),
  };
}
