import type { NewActivityRow } from "../activity/activityTypes";
import type { Language } from "../language";
import { messageText } from "../messages/message";
import { TODAY_MESSAGES as M } from "./todayMessages";

/*
 * The register rows the Today worklist logs. Each is dated `asOf`, the scan's as-of date (the pane
 * works "as of" the scan's day, so a rescan with the same as-of sees them), and names no currency:
 * a Today item is the whole customer, every currency together.
 */

/**
 * "Done": a note with Reason "Done" (已处理); the customer counts as handled on that day.
 *
 * @example
 * doneRow("Acme", 45838, "en") //=> { date: 45838, customer: "Acme", kind: "note", reason: "Done" }
 */
export function doneRow(customer: string, asOf: number, language: Language): NewActivityRow {
  return { date: asOf, customer, kind: "note", reason: messageText(M.doneReason(), language) };
}

/**
 * "Snooze": a note with Due by = the last day of the snooze and Reason "Snoozed" (暂缓); the
 * customer stays off the worklist while as-of ≤ that day.
 *
 * @param until - Excel serial of the snooze's last day
 * @example
 * snoozeRow("Acme", 45838, 45841, "zh") //=> { date: 45838, customer: "Acme", kind: "note", dueBy: 45841, reason: "暂缓" }
 */
export function snoozeRow(customer: string, asOf: number, until: number, language: Language): NewActivityRow {
  return { date: asOf, customer, kind: "note", dueBy: until, reason: messageText(M.snoozedReason(), language) };
}

/**
 * "Log call": a call by phone at the customer's dunning level (left blank below the first rung).
 *
 * @param level - the customer's highest level in the scan (TodayItem.level)
 * @example
 * callRow("Acme", 45838, 3) //=> { date: 45838, customer: "Acme", kind: "call", level: 3, channel: "phone" }
 */
export function callRow(customer: string, asOf: number, level: number): NewActivityRow {
  return { date: asOf, customer, kind: "call", ...(level > 0 ? { level } : {}), channel: "phone" };
}
