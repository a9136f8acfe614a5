import { quote, quoteZh } from "../failure";
import { defineMessages } from "./message";
import { argZh } from "./zhWords";

/** Amounts that cannot be read or counted exactly in cents. */
export const MONEY_MESSAGES = defineMessages({
  amountBoolean: {
    en: (p: { name: string; value: string }) => `${p.name} must be a number, not ${p.value}`,
    zh: (p: { name: string; value: string }) => `${argZh(p.name)}必须是数字，不能是${p.value}`,
    sample: { name: "amount", value: "FALSE" },
  },
  amountNotText: {
    en: (p: { name: string }) => `cannot read ${p.name} as an amount`,
    zh: (p: { name: string }) => `无法将${argZh(p.name)}识别为金额`,
    sample: { name: "credit_limit" },
  },
  amountUnreadable: {
    en: (p: { text: string }) => `cannot read ${quote(p.text)} as an amount`,
    zh: (p: { text: string }) => `无法将${quoteZh(p.text)}识别为金额`,
    sample: { text: "12 apples" },
  },
  centsTooLarge: {
    en: (p: { name: string; shown: string }) => `${p.name}: ${p.shown} is too large to count exactly in cents`,
    zh: (p: { name: string; shown: string }) => `${argZh(p.name)}：${p.shown}过大，无法精确到分`,
    sample: { name: "amounts", shown: "1e+300" },
  },
  totalTooLarge: {
    en: (p: { name: string }) => `${p.name}: the total is too large to count exactly in cents`,
    zh: (p: { name: string }) => `${argZh(p.name)}：合计过大，无法精确到分`,
    sample: { name: "receivables" },
  },
});
