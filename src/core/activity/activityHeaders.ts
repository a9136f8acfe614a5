import type { Language } from "../language";
import type { ActivityColumn } from "./activityTypes";

/** The header the add-in writes for each column, in each language. */
export const ACTIVITY_HEADERS: Readonly<Record<Language, Readonly<Record<ActivityColumn, string>>>> = {
  en: {
    date: "Date",
    customer: "Customer",
    currency: "Currency",
    invoice: "Invoice",
    kind: "Kind",
    level: "Level",
    channel: "Channel",
    amount: "Amount",
    dueBy: "Due by",
    reason: "Reason",
    owner: "Owner",
  },
  zh: {
    date: "日期",
    customer: "客户",
    currency: "币种",
    invoice: "发票号",
    kind: "类型",
    level: "级别",
    channel: "渠道",
    amount: "金额",
    dueBy: "承诺付款日",
    reason: "原因",
    owner: "负责人",
  },
};

/** Other spellings a person may type as a header (compared as headerWord compares them). */
const EXTRA: ReadonlyArray<readonly [string, ActivityColumn]> = [
  ["invoiceno", "invoice"],
  ["invoicenumber", "invoice"],
  ["发票", "invoice"],
  ["type", "kind"],
  ["duedate", "dueBy"],
  ["promisedate", "dueBy"],
  ["承诺日期", "dueBy"],
  ["货币", "currency"],
  ["note", "reason"],
  ["备注", "reason"],
];

/** Case, spaces, punctuation and full-width forms do not matter: "Due-by" = "due by" = "DUE BY". */
function headerWord(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, "");
}

const BY_WORD: ReadonlyMap<string, ActivityColumn> = new Map<string, ActivityColumn>([
  ...(["en", "zh"] as const).flatMap((language) =>
    Object.entries(ACTIVITY_HEADERS[language]).map(([column, header]) => [headerWord(header), column as ActivityColumn] as const),
  ),
  ...EXTRA.map(([word, column]) => [headerWord(word), column] as const),
]);

/**
 * Column index of each register column found in a header row (English or Chinese, either
 * language per column); the first column with a header wins, unknown headers are ignored.
 *
 * @example
 * activityColumnsOf(["日期", "Customer", "Kind"]) //=> Map { "date" => 0, "customer" => 1, "kind" => 2 }
 */
export function activityColumnsOf(header: readonly unknown[]): Map<ActivityColumn, number> {
  const columns = new Map<ActivityColumn, number>();
  header.forEach((cell, index) => {
    const column = typeof cell === "string" ? BY_WORD.get(headerWord(cell)) : undefined;
    if (column !== undefined && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}
