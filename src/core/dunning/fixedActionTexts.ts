import type { Language } from "../language";
import { dateZh } from "../messages/zhWords";

/** The actions that do not come from a ladder rung, in English (spec wording) and Chinese. */
export const FIXED_ACTION_TEXTS: Readonly<
  Record<"disputed" | "promised" | "smallBalance" | "executiveCall" | "creditNote", Record<Language, string>>
> = {
  disputed: {
    en: "Resolve the dispute; ask for payment of the undisputed part",
    zh: "先解决争议；无争议部分请客户先行付款",
  },
  promised: { en: "Follow up on the promised payment date", zh: "按客户承诺的付款日跟进回款" },
  smallBalance: {
    en: "Small balance: add to the next statement or consider writing off",
    zh: "小额余款：并入下期对账单，或考虑核销",
  },
  executiveCall: { en: "Executive call between the two companies", zh: "安排双方公司高层直接沟通" },
  creditNote: { en: "Credit note: offset against the customer's open invoices", zh: "贷项（红字发票）：冲抵该客户的未付发票" },
};

/**
 * The "Wait until <date>" action shown when the customer was reminded within the minimum interval.
 *
 * @example
 * waitUntilText("2025-07-05", "en") //=> "Wait until 2025-07-05"
 */
export function waitUntilText(isoDate: string, language: Language): string {
  return language === "zh" ? `暂缓催收，${dateZh(isoDate)}再跟进` : `Wait until ${isoDate}`;
}
