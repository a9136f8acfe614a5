import type { ActivityEntry } from "../activity/activityTypes";
import { customerActivity, DEFAULT_PROMISE_GRACE_DAYS, promiseState } from "../activity/customerActivity";
import { ActionCode } from "../dunning/actionCode";
import { customerNameKey } from "../ledger/customerNameKey";
import { RowState, type CustomerSummary, type LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../ledger/ledgerFields";
import type { RiskGrade } from "../risk/riskGrade";
import { todayExclusions } from "./todayExclusions";
import { todayPriority } from "./todayPriority";

/** What the worklist is computed from (a ScannedLedger fits, with `entries` from its register). */
export interface TodayInput {
  readonly analysis: LedgerAnalysis;
  /** The register's readable entries (ScannedLedger.activity.entries); null when there is no register. */
  readonly entries: readonly ActivityEntry[] | null;
  /** The scan's as-of date serial: "today". */
  readonly asOf: number;
  /** Key accounts besides those the scan flagged (compared as customer names are). @default [] */
  readonly keyAccounts?: readonly string[];
  /** The raw ledger rows and mapping, to find each customer's email. @default none */
  readonly rows?: readonly (readonly unknown[])[];
  readonly mapping?: LedgerMapping;
  /** @default DEFAULT_PROMISE_GRACE_DAYS (3) */
  readonly promiseGraceDays?: number;
}

/** The customer's next action, as the scan coded it (turn into words with `todayStepText`). */
export interface TodayStep {
  /** ActionCode.rung, ActionCode.executiveCall, or ActionCode.promised for a promise due today alone. */
  readonly code: ActionCode;
  /** The rung reached (1…n); the customer's highest level for a promise due today. */
  readonly level: number;
}

/** A customer's balances in one currency, as balances.ts defines them (never added across currencies). */
export interface TodayAmount {
  readonly currency: string;
  readonly overdueCents: number;
  /** Open balance, credit notes netted. */
  readonly openCents: number;
  readonly creditsCents: number;
  readonly disputedCents: number;
}

/** A promise to pay whose due-by date is today. */
export interface PromiseDueToday {
  readonly currency: string;
  readonly amountCents: number | null;
}

/** One customer to act on today, all its currencies together. */
export interface TodayItem {
  /** The name as the scan shows it (its first spelling). */
  readonly customer: string;
  /** customerNameKey of the name: how the register matches it. */
  readonly customerKey: string;
  readonly step: TodayStep;
  /** The customer's highest dunning level in any currency (the level a call is logged at). */
  readonly level: number;
  /** The first email the ledger gives for the customer; null when none or no email column. */
  readonly email: string | null;
  /** One per currency with something open or overdue, in the scan's order. */
  readonly amounts: readonly TodayAmount[];
  readonly keyAccount: boolean;
  /** Promises whose due-by is today and that the customer has not yet kept (something still overdue). */
  readonly promisesDue: readonly PromiseDueToday[];
  /** A promise whose hold (due-by + grace) has ended while the customer still owes an overdue amount. */
  readonly brokenPromise: boolean;
  /** Some invoice of the customer is disputed. */
  readonly disputed: boolean;
  /** Oldest overdue invoice's days, over the currencies the step is about. */
  readonly oldestDaysOverdue: number;
  /** The worst risk grade over those currencies. */
  readonly grade: RiskGrade;
  /** todayPriority over every currency with an overdue amount. */
  readonly priority: number;
}

/**
 * Today's worklist: the customers to act on today, one item per customer (every currency
 * together), in the order to work them.
 *
 * Who is on it — from the scan's own per-row actions, never a rule of its own:
 * - a customer with a currency to chase: rows the scan chases (a rung or an executive call) that
 *   are past due, so not waiting ("Wait until"), not held by a promise, not disputed and not small
 *   balances (the scan weighs those per customer and currency) — and whose overdue in that currency
 *   less its credit notes (what a letter demands, balances.ts) is above zero;
 * - a customer whose promise to pay falls due today (check the payment), unless nothing is overdue
 *   any more (the promise is kept);
 * - but not a customer handled today (a reminder, call, promise or dispute, or a "Done" note,
 *   dated as-of) nor one snoozed (a "Snoozed" note whose Due by is as-of or later).
 *
 * The step is the action of the customer's most advanced chased row (highest level), or "follow up
 * on the promised payment date" for a promise due today alone.
 *
 * Order: promises due today first, then key accounts, then by `todayPriority` (overdue share ×
 * risk × age, currency-neutral), highest first; ties by name.
 *
 * @example
 * // test/core/today/todayFixture.ts (worked by hand in todayWorklist.test.ts)
 * todayWorklist({ analysis, entries: register.entries, asOf: 45850 }).map((i) => i.customer)
 * //=> ["Promise Co", "Key Co", "Cal", "Dan", "Bea", "Ada"]
 */
export function todayWorklist(input: TodayInput): TodayItem[] {
  const { analysis, asOf } = input;
  const { rows: results, customers } = analysis;
  const groups = customers.length;
  const keyOfGroup = customers.map((summary) => customerNameKey(summary.customer));

  // Per group (customer and currency): the most advanced chased row's level and code.
  const chasedLevel = new Int32Array(groups);
  const chasedCode = new Uint8Array(groups);
  const emails = new Map<string, string>();
  const emailColumn = input.mapping?.email;
  for (let i = 0; i < results.count; i++) {
    if (results.state[i] !== RowState.accepted) continue;
    const g = results.customer[i];
    if (g < 0 || g >= groups) continue;
    if (emailColumn !== undefined && !emails.has(keyOfGroup[g])) {
      const email = textOf(input.rows?.[i]?.[emailColumn]);
      if (email !== null) emails.set(keyOfGroup[g], email);
    }
    const code = results.action[i];
    if (code !== ActionCode.rung && code !== ActionCode.executiveCall) continue;
    // A rung before the due date (a courtesy reminder) is not overdue: nothing to chase today.
    if (results.signedDays[i] <= 0 || results.openCents[i] <= 0) continue;
    if (results.level[i] > chasedLevel[g]) {
      chasedLevel[g] = results.level[i];
      chasedCode[g] = code;
    }
  }
  const chased = (g: number): boolean => {
    if (chasedLevel[g] === 0) return false;
    const summary = customers[g];
    // Small balances are the scan's (its rows are then not chased); credit notes covering the
    // overdue leave nothing to demand, as the letters skip them.
    return summary.overdueCents + summary.creditsCents > 0;
  };

  const byKey = new Map<string, number[]>();
  keyOfGroup.forEach((key, g) => {
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [g]);
    else list.push(g);
  });

  const totalOverdue = new Map(analysis.portfolio.map((totals) => [totals.currency, totals.overdueCents]));
  const keyAccounts = new Set((input.keyAccounts ?? []).map(customerNameKey));
  const facts = customerActivity(input.entries ?? [], asOf, input.promiseGraceDays ?? DEFAULT_PROMISE_GRACE_DAYS);
  const { handled, snoozed } = todayExclusions(input.entries, asOf);

  const items: TodayItem[] = [];
  for (const [key, list] of byKey) {
    if (handled.has(key) || snoozed.has(key)) continue;
    const summaries = list.map((g) => customers[g]);
    const overdueIn = (currency: string): number =>
      summaries.filter((s) => currency === "" || s.currency === currency).reduce((sum, s) => sum + s.overdueCents, 0);
    const promisesDue: PromiseDueToday[] = [];
    let brokenPromise = false;
    for (const [currency, promise] of facts.get(key)?.promises ?? []) {
      // Overdue counts are only compared with 0 here: a sum across currencies is never shown.
      const stillOverdue = overdueIn(currency);
      if (promise.dueBy === Math.floor(asOf) && stillOverdue > 0)
        promisesDue.push({ currency, amountCents: promise.amountCents });
      if (promiseState(promise, asOf, stillOverdue) === "broken") brokenPromise = true;
    }
    const chasedGroups = list.filter(chased);
    if (chasedGroups.length === 0 && promisesDue.length === 0) continue;

    const level = Math.max(0, ...summaries.map((s) => s.highestLevel));
    let step: TodayStep = { code: ActionCode.promised, level };
    for (const g of chasedGroups) {
      if (step.code === ActionCode.promised || chasedLevel[g] > step.level)
        step = { code: chasedCode[g] as ActionCode, level: chasedLevel[g] };
    }
    const stepSummaries = chasedGroups.length > 0 ? chasedGroups.map((g) => customers[g]) : summaries;
    items.push({
      customer: summaries[0].customer,
      customerKey: key,
      step,
      level,
      email: emails.get(key) ?? null,
      amounts: summaries.filter((s) => s.openCents !== 0 || s.overdueCents !== 0).map(amountOf),
      keyAccount: keyAccounts.has(key) || summaries.some((s) => s.keyAccount),
      promisesDue,
      brokenPromise,
      disputed: summaries.some((s) => s.disputedCents > 0),
      oldestDaysOverdue: Math.max(0, ...stepSummaries.map((s) => s.oldestDaysOverdue)),
      grade: worstGrade(stepSummaries),
      priority: todayPriority(
        summaries.map((s) => ({
          overdueCents: s.overdueCents,
          currencyOverdueCents: totalOverdue.get(s.currency) ?? 0,
          riskScore: s.riskScore,
          oldestDaysOverdue: s.oldestDaysOverdue,
        })),
      ),
    });
  }
  return items.sort(compareItems);
}

/**
 * Promises due today first, then key accounts, then higher priority; ties by name (the customer
 * key, so case and spacing do not reorder).
 */
function compareItems(a: TodayItem, b: TodayItem): number {
  const promise = Number(b.promisesDue.length > 0) - Number(a.promisesDue.length > 0);
  if (promise !== 0) return promise;
  const key = Number(b.keyAccount) - Number(a.keyAccount);
  if (key !== 0) return key;
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.customerKey < b.customerKey ? -1 : a.customerKey > b.customerKey ? 1 : 0;
}

function amountOf(summary: CustomerSummary): TodayAmount {
  return {
    currency: summary.currency,
    overdueCents: summary.overdueCents,
    openCents: summary.openCents,
    creditsCents: summary.creditsCents,
    disputedCents: summary.disputedCents,
  };
}

function worstGrade(summaries: readonly CustomerSummary[]): RiskGrade {
  return summaries.reduce<RiskGrade>((worst, s) => (s.grade > worst ? s.grade : worst), "A");
}

/** A cell as trimmed text; blank, absent or not text-like is null. */
function textOf(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}
