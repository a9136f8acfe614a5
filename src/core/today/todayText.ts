import { actionText } from "../dunning/actionText";
import type { Ladder } from "../dunning/ladderPresets";
import type { Language } from "../language";
import { messageText } from "../messages/message";
import { formatMoney } from "../money/formatMoney";
import { TODAY_MESSAGES as M } from "./todayMessages";
import type { TodayItem } from "./todayWorklist";

/**
 * The item's step in words: the scan's own action text (the rung's, "Executive call…", or
 * "Follow up on the promised payment date"), as the grid shows it.
 *
 * @example
 * todayStepText({ step: { code: ActionCode.rung, level: 3 } }, LADDER_PRESETS.standard, "en") //=> "Phone call from the account manager"
 */
export function todayStepText(item: Pick<TodayItem, "step">, ladder: Ladder, language: Language): string {
  return actionText(item.step.code, item.step.level, ladder, language);
}

/**
 * Why the customer is on today's list: a promise due today (with its amount when there is exactly
 * one), else the oldest overdue invoice's age and the risk grade.
 *
 * @example
 * todayReasonText({ promisesDue: [], oldestDaysOverdue: 1, grade: "B" }, "en") //=> "Oldest invoice 1 day overdue · risk grade B"
 */
export function todayReasonText(
  item: Pick<TodayItem, "promisesDue" | "oldestDaysOverdue" | "grade">,
  language: Language,
): string {
  const [first, ...more] = item.promisesDue;
  if (first !== undefined) {
    const message =
      more.length === 0 && first.amountCents !== null
        ? M.promiseDueAmountReason({ amount: formatMoney(first.amountCents, first.currency, language) })
        : M.promiseDueReason();
    return messageText(message, language);
  }
  return messageText(M.overdueReason({ days: item.oldestDaysOverdue, grade: item.grade }), language);
}

/**
 * The item's flags in words, in a fixed order: promise due today, key account, broken promise, disputed.
 *
 * @example
 * todayFlagTexts({ promisesDue: [], keyAccount: true, brokenPromise: false, disputed: true }, "en") //=> ["Key account", "Disputed invoices"]
 */
export function todayFlagTexts(
  item: Pick<TodayItem, "promisesDue" | "keyAccount" | "brokenPromise" | "disputed">,
  language: Language,
): string[] {
  const flags = [
    item.promisesDue.length > 0 ? M.flagPromiseDueToday() : null,
    item.keyAccount ? M.flagKeyAccount() : null,
    item.brokenPromise ? M.flagBrokenPromise() : null,
    item.disputed ? M.flagDisputed() : null,
  ];
  return flags.flatMap((flag) => (flag === null ? [] : [messageText(flag, language)]));
}
