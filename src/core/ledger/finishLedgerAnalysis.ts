import { applyReminderWaits } from "./applyReminderWaits";
import type { CurrencyAccumulator } from "./currencyAccumulator";
import { summarizeCurrency } from "./currencyAccumulator";
import { type CustomerGroup, summarizeCustomer } from "./customerAccumulator";
import type { GroupTotals } from "./groupTotals";
import type { LedgerAnalysis, LedgerRowResults, MergedName } from "./ledgerAnalysisTypes";
import type { LedgerIssue } from "./ledgerIssue";
import { creditLimitKey, type LedgerScanSettings } from "./ledgerScanSettings";

/**
 * What analyzeLedger does after its row loop: "Wait until" for customers reminded within the
 * interval, the scan's totals into the customer groups, credit limits from the second table where
 * the rows gave none, and the summaries.
 *
 * @param hasReminders - the ledger has a last-reminded column
 * @param mergedNames - customers taken as one across spellings (CustomerDirectory.mergedNames)
 * @example
 * finishLedgerAnalysis(results, issues, groups, totals, [usd], settings, false).customers.length //=> groups.length
 */
export function finishLedgerAnalysis(
  results: LedgerRowResults,
  issues: readonly LedgerIssue[],
  groups: readonly CustomerGroup[],
  totals: GroupTotals,
  currencies: readonly CurrencyAccumulator[],
  settings: LedgerScanSettings,
  hasReminders: boolean,
  mergedNames: readonly MergedName[] = [],
): LedgerAnalysis {
  if (hasReminders) {
    const remindedByGroup = Float64Array.from(groups, (group) => group.entity.lastReminded ?? Number.NaN);
    applyReminderWaits(results.state, results.customer, results.action, remindedByGroup, settings.asOf - settings.intervalDays);
  }
  for (const group of groups) {
    totals.copyInto(group);
    if (group.limitCents !== group.limitCents) {
      const limit =
        settings.creditLimitCents.get(creditLimitKey(group.entity.key, group.currency)) ??
        settings.creditLimitCents.get(group.entity.key);
      if (limit !== undefined) group.limitCents = limit;
    }
  }
  return {
    rows: results,
    issues,
    customers: groups.map((group) => summarizeCustomer(group, settings.reviewThreshold)),
    portfolio: currencies.map((accumulator) => summarizeCurrency(accumulator, settings.labels)),
    context: {
      ladder: settings.ladder,
      language: settings.language,
      dateSystem: settings.system,
      edges: settings.edges,
      bucketLabels: settings.labels,
      minCents: settings.minCents,
      minCentsByCurrency: settings.minCentsByCurrency,
      intervalDays: settings.intervalDays,
      escalation: settings.escalation,
    },
    mergedNames,
  };
}
