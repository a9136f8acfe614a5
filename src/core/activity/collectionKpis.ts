import type { LedgerAnalysis, LedgerTextContext } from "../ledger/ledgerAnalysisTypes";
import { atRiskShares, type AtRiskShare } from "./atRiskShares";
import type { ActivityEntry } from "./activityTypes";
import { DEFAULT_PROMISE_GRACE_DAYS } from "./customerActivity";
import { disputeCycles, type DisputeCycles } from "./disputeCycles";
import { promiseOutcomes, type PromiseOutcome } from "./promiseOutcomes";
import { remindersThisMonth, type RemindersThisMonth } from "./remindersThisMonth";

/** What the KPIs need of the scan: its customers, per-currency totals, aging edges and date system. */
export type KpiLedger = Pick<LedgerAnalysis, "customers" | "portfolio"> & {
  readonly context: Pick<LedgerTextContext, "edges" | "dateSystem">;
};

/** Broken promises' promised amounts in one currency ("" = promises naming no currency). */
export interface BrokenAmount {
  readonly currency: string;
  readonly count: number;
  /** Sum of the promised amounts given; promises with no amount add nothing (see `withoutAmount`). */
  readonly amountCents: number;
  readonly withoutAmount: number;
}

export interface PromiseKpis {
  /** Promises judged: kept + broken. */
  readonly judged: number;
  readonly kept: number;
  readonly broken: number;
  /** kept ÷ (kept + broken); null when none was judged. */
  readonly keptRate: number | null;
  /** Promises whose hold runs past as-of. */
  readonly held: number;
  /** Promises renegotiated (a new due-by given) before their hold ended. */
  readonly replaced: number;
  /** Per currency, sorted by code. */
  readonly brokenAmounts: readonly BrokenAmount[];
  readonly outcomes: readonly PromiseOutcome[];
}

/** The collection KPIs of the dashboard (issue #18, item 6). */
export interface CollectionKpis {
  readonly asOf: number;
  readonly graceDays: number;
  readonly promises: PromiseKpis;
  readonly disputes: DisputeCycles;
  /** Per currency of the scan, in its order. */
  readonly atRisk: readonly AtRiskShare[];
  readonly reminders: RemindersThisMonth;
}

/**
 * The collection KPIs from the activity register and the scan it was read with, as of the scan's
 * day (rows dated after as-of are ignored): the promise-kept rate and broken promises
 * (promiseOutcomes states the rule), dispute cycle times (disputeCycles), the at-risk rate per
 * currency (atRiskShares) and the reminders sent this month by level (remindersThisMonth). Money
 * stays in cents per currency, never added across currencies.
 *
 * @param ledger - the scan's analysis (LedgerAnalysis fits)
 * @param graceDays - days a promise holds after its due-by (the scan's promise grace)
 * @example
 * collectionKpis(register.entries, scanned.analysis, scanned.asOf).promises.keptRate //=> 0.333…
 */
export function collectionKpis(
  entries: readonly ActivityEntry[],
  ledger: KpiLedger,
  asOf: number,
  graceDays: number = DEFAULT_PROMISE_GRACE_DAYS,
): CollectionKpis {
  return {
    asOf,
    graceDays,
    promises: promiseKpis(promiseOutcomes(entries, ledger.customers, asOf, graceDays)),
    disputes: disputeCycles(entries, asOf),
    atRisk: atRiskShares(ledger.portfolio, ledger.context.edges),
    reminders: remindersThisMonth(entries, asOf, ledger.context.dateSystem),
  };
}

function promiseKpis(outcomes: readonly PromiseOutcome[]): PromiseKpis {
  const count = (state: PromiseOutcome["state"]) => outcomes.filter((p) => p.state === state).length;
  const kept = count("kept");
  const broken = count("broken");
  const amounts = new Map<string, { count: number; amountCents: number; withoutAmount: number }>();
  for (const p of outcomes) {
    if (p.state !== "broken") continue;
    const sum = amounts.get(p.currency) ?? { count: 0, amountCents: 0, withoutAmount: 0 };
    sum.count++;
    if (p.amountCents === null) sum.withoutAmount++;
    else sum.amountCents += p.amountCents;
    amounts.set(p.currency, sum);
  }
  return {
    judged: kept + broken,
    kept,
    broken,
    keptRate: kept + broken === 0 ? null : kept / (kept + broken),
    held: count("held"),
    replaced: count("replaced"),
    brokenAmounts: [...amounts.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, sum]) => ({ currency, ...sum })),
    outcomes,
  };
}

export type { AtRiskShare, DisputeCycles, PromiseOutcome, RemindersThisMonth };
