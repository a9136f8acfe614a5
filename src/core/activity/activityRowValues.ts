import type { Language } from "../language";
import type { ActivityColumn, ActivityKind, NewActivityRow } from "./activityTypes";

/** The kind word the add-in writes, in the register's language (activityKind reads both back). */
const KIND_WORDS: Readonly<Record<Language, Readonly<Record<ActivityKind, string>>>> = {
  en: { reminder: "Reminder", call: "Call", promise: "Promise", dispute: "Dispute", note: "Note" },
  zh: { reminder: "提醒", call: "电话", promise: "承诺", dispute: "争议", note: "备注" },
};

/** Columns written as dates (Excel serials shown yyyy-mm-dd), as numbers, and as text. */
export const ACTIVITY_DATE_COLUMNS: ReadonlySet<ActivityColumn> = new Set<ActivityColumn>(["date", "dueBy"]);
export const ACTIVITY_NUMBER_COLUMNS: ReadonlySet<ActivityColumn> = new Set<ActivityColumn>(["level", "amount"]);

/**
 * A new row's cells in the order of `columns` (the register's own header order, which a person
 * may have changed): dates as serials, the amount as a number of the currency (cents / 100), the
 * level as a number, blanks as "", texts as given (the adapter makes them formula-safe).
 *
 * @example
 * activityRowValues({ date: 45846, customer: "Acme", kind: "reminder", level: 2 }, ["date", "customer", "kind", "level"], "zh")
 * //=> [45846, "Acme", "提醒", 2]
 */
export function activityRowValues(
  row: NewActivityRow,
  columns: readonly ActivityColumn[],
  language: Language,
): (string | number)[] {
  return columns.map((column) => {
    switch (column) {
      case "date":
        return row.date;
      case "customer":
        return row.customer;
      case "kind":
        return KIND_WORDS[language][row.kind];
      case "level":
        return row.level ?? "";
      case "amount":
        return row.amountCents === undefined ? "" : row.amountCents / 100;
      case "dueBy":
        return row.dueBy ?? "";
      default:
        return row[column] ?? "";
    }
  });
}
