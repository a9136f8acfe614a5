import type { CurrencyTotals } from "../ledger/ledgerAnalysisTypes";

/** The at-risk rate of one currency. */
export interface AtRiskShare {
  readonly currency: string;
  /** Days past due beyond which an invoice counts as at risk (90 with the default edges). */
  readonly edge: number;
  /** The first aging bucket counted, e.g. "91+". */
  readonly label: string;
  /** Open amount of undisputed invoices more than `edge` days overdue. */
  readonly atRiskCents: number;
  /** Open amount of undisputed invoices: current and overdue (the aging buckets' sum). */
  readonly invoicesCents: number;
  /** atRiskCents ÷ invoicesCents; null when nothing is open. */
  readonly rate: number | null;
}

/** The 91+ days of the at-risk rate (as AR.CASHFORECAST's default at_risk_days). */
export const AT_RISK_DAYS = 90;

/**
 * Which of the scan's aging edges the at-risk rate counts beyond: 90 when it is an edge, else the
 * smallest edge above 90 (so no bucket of 90 days or less is counted), else — every edge below 90 —
 * the last edge (the oldest bucket is the nearest to 91+ there is). The rate states the edge.
 *
 * @returns the edge and the index of the first bucket beyond it (buckets: Current, one per edge, the open-ended last)
 * @example
 * atRiskEdge([30, 60, 90]) //=> { edge: 90, firstBucket: 4 }   ("91+")
 */
export function atRiskEdge(edges: readonly number[]): { edge: number; firstBucket: number } {
  if (edges.length === 0) return { edge: 0, firstBucket: 1 };
  const exact = edges.indexOf(AT_RISK_DAYS);
  const above = edges.findIndex((edge) => edge > AT_RISK_DAYS);
  const index = exact >= 0 ? exact : above >= 0 ? above : edges.length - 1;
  // Bucket b ≥ 1 holds edges[b − 2] + 1 … edges[b − 1] days: the one after edge i is b = i + 2.
  return { edge: edges[index], firstBucket: index + 2 };
}

/**
 * Per currency (never added across currencies), the share of the undisputed invoices' open amount
 * (current + overdue, as src/core/ledger/balances.ts defines them: disputed invoices and credit
 * notes are apart from the aging and out of both sides) that is more than the edge's days overdue.
 *
 * @param portfolio - the scan's per-currency totals (LedgerAnalysis.portfolio)
 * @param edges - the scan's aging edges (LedgerAnalysis.context.edges)
 * @example
 * atRiskShares(analysis.portfolio, [30, 60, 90])[0].rate //=> 0.25   (1,200.00 of 4,800.00)
 */
export function atRiskShares(portfolio: readonly CurrencyTotals[], edges: readonly number[]): AtRiskShare[] {
  const { edge, firstBucket } = atRiskEdge(edges);
  return portfolio.map((totals) => {
    let atRiskCents = 0;
    let invoicesCents = 0;
    totals.buckets.forEach((bucket, b) => {
      invoicesCents += bucket.amountCents;
      if (b >= firstBucket) atRiskCents += bucket.amountCents;
    });
    return {
      currency: totals.currency,
      edge,
      label: totals.buckets[firstBucket]?.label ?? `${edge + 1}+`,
      atRiskCents,
      invoicesCents,
      rate: invoicesCents > 0 ? atRiskCents / invoicesCents : null,
    };
  });
}
