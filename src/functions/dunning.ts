import { signedDaysPastDue } from "../core/aging/daysOverdue";
import { dunningLevel as dunningLevelCore } from "../core/dunning/dunningLevel";
import { nextAction as nextActionCore } from "../core/dunning/nextAction";
import { resolveLadder } from "../core/dunning/resolveLadder";
import { isFailure } from "../core/failure";
import { defineFunction, lastResult } from "./convert";

/* Dunning custom functions. The ladder argument is a preset name or a two-column range
   days_from_due | action; it reaches every row of a spill whole and is read once per call. */

const ladderOf = lastResult(resolveLadder);

const LADDER = { name: "ladder", kind: "table", optional: true, default: [["standard"]] } as const;

export const DUNNING_LEVEL = defineFunction({
  id: "DUNNINGLEVEL",
  mode: "elementwise",
  specs: [{ name: "due_date", kind: "date" }, { name: "as_of", kind: "date" }, LADDER] as const,
  compute: (due, asOf, ladderSpec) => {
    const ladder = ladderOf(ladderSpec);
    return isFailure(ladder) ? ladder : dunningLevelCore(signedDaysPastDue(due, asOf), ladder);
  },
});

/**
 * The dunning rung each invoice has reached, from the days as_of − due (negative before the due date): 0 below the first rung, else 1, 2, … up the ladder. Spills one level per due date.
 * @customfunction DUNNINGLEVEL
 * @helpurl https://ar-credit-desk.example.com/help.html#dunninglevel
 * @param due_date Due date(s), e.g. 2025-05-23, or a column of them.
 * @param as_of The date to measure at, e.g. 2025-06-30 or TODAY(); one cell or one per due date.
 * @param [ladder] A preset: "standard" (default: -3, 1, 8, 15, 30, 45, 60, 90 days), "five-step", "15-30-45", "30-60-90"; or a two-column range days_from_due | action.
 * @returns The rung number, e.g. 5 for 38 days past due on the standard ladder (rung 30).
 */
export function dunningLevel(due_date: any[][], as_of: any[][], ladder?: any[][]): any[][] {
  return DUNNING_LEVEL.call(due_date, as_of, ladder);
}

export const NEXT_ACTION = defineFunction({
  id: "NEXTACTION",
  mode: "elementwise",
  specs: [
    { name: "due_date", kind: "date" },
    { name: "as_of", kind: "date" },
    LADDER,
    { name: "status", kind: "value", optional: true },
    { name: "amount", kind: "amount", optional: true },
    { name: "min_amount", kind: "amount", optional: true },
    { name: "language", kind: "language", optional: true, default: "en" },
  ] as const,
  compute: (due, asOf, ladderSpec, status, amount, minAmount, language) => {
    const ladder = ladderOf(ladderSpec);
    if (isFailure(ladder)) return ladder;
    return nextActionCore({
      signedDays: signedDaysPastDue(due, asOf),
      ladder,
      status,
      amount: amount === null ? null : amount.toNumber(),
      minAmount: minAmount === null ? null : minAmount.toNumber(),
      language,
    }).action;
  },
});

/**
 * The suggested next collection step for each invoice, from the days past due and the ladder; a disputed invoice gets the dispute step, a promised one a follow-up, a small balance its own step, a paid one nothing. Spills one text per due date.
 * @customfunction NEXTACTION
 * @helpurl https://ar-credit-desk.example.com/help.html#nextaction
 * @param due_date Due date(s), e.g. 2025-05-23, or a column of them.
 * @param as_of The date to measure at, e.g. 2025-06-30 or TODAY(); one cell or one per due date.
 * @param [ladder] A preset: "standard" (default), "five-step", "15-30-45", "30-60-90"; or a two-column range days_from_due | action.
 * @param [status] Status per invoice: disputed/争议, promised/承诺付款, paid/已付, or blank.
 * @param [amount] Open amount per invoice in the currency, e.g. 1250; compared with min_amount.
 * @param [min_amount] Balances above 0 and below this are small balances, e.g. 50.
 * @param [language] "en" (default) or "zh" for the action text.
 * @returns The action text, e.g. "Formal demand letter with late-interest notice" at 38 days past due; empty when nothing is due yet.
 */
export function nextAction(
  due_date: any[][],
  as_of: any[][],
  ladder?: any[][],
  status?: any[][],
  amount?: any[][],
  min_amount?: any[][],
  language?: any,
): any[][] {
  return NEXT_ACTION.call(due_date, as_of, ladder, status, amount, min_amount, language);
}
