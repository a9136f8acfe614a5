import { quote, quoteZh } from "../failure";
import { defineMessages } from "./message";

type Continued = { customers: string[]; limit: number; column: string };
const SAMPLE: Continued = { customers: ["Acme Ltd", "Globex"], limit: 32767, column: "Body (continued)" };

function namesEn(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => quote(name));
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  return shown.length <= 2 ? shown.join(" and ") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

function namesZh(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => quoteZh(name));
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join("、")}等${names.length}位客户` : shown.join("、");
}

/** Letters longer than one Excel cell holds, as the Reminders sheet writes them. */
export const LETTER_PARTS_MESSAGES = defineMessages({
  continued: {
    en: (p: Continued) =>
      `the letter${p.customers.length === 1 ? "" : "s"} to ${namesEn(p.customers)} ${p.customers.length === 1 ? "is" : "are"} longer than one cell holds (${p.limit.toLocaleString("en-US")} characters): the body continues in the ${quote(p.column)} cells of the same row, cut between lines; the totals, pay-by date and signature are whole`,
    zh: (p: Continued) =>
      `致${namesZh(p.customers)}的催款函超过一个单元格的上限（${p.limit}个字符）：正文在同一行的${quoteZh(p.column)}单元格中接续，只在行与行之间分开；合计、付款期限和落款保持完整`,
    sample: SAMPLE,
  },
});
