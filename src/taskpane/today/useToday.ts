import { useMemo, useState } from "react";
import type { Language } from "../../core/language";
import { formatIsoDate } from "../../core/dates/excelSerial";
import { messageText, type Message } from "../../core/messages/message";
import { callRow, doneRow, snoozeRow } from "../../core/today/todayRows";
import { todayWorklist, type TodayItem } from "../../core/today/todayWorklist";
import type { LedgerWorkbook, NewActivityRow, ScannedLedger } from "../../excel/ledgerWorkbook";
import type { Notice } from "../notice";
import { useMessages } from "../paneContext";
import { useAsyncAction } from "../useAsyncAction";
import { TODAY_VIEW_MESSAGES as M } from "./todayViewMessages";

/** Days a snooze can last, and the one offered first. */
export const SNOOZE_CHOICES: readonly number[] = [1, 3, 7];
export const DEFAULT_SNOOZE_DAYS = 3;

/**
 * Customers logged from Today since a scan, by that scan: they stay off the list when the analyst
 * switches views and comes back (the view unmounts), until a rescan reads the register — a new
 * scan is a new key, and an old scan's entry goes with it (WeakMap).
 */
const LOGGED_SINCE_SCAN = new WeakMap<ScannedLedger, Set<string>>();

export interface TodayState {
  /** The worklist of the last scan, less the customers logged since (null before a scan). */
  readonly items: readonly TodayItem[] | null;
  readonly notice: Notice | null;
  readonly busy: boolean;
  /** The port can write to the activity register. */
  readonly canLog: boolean;
}

export interface TodayActions {
  logCall(item: TodayItem): Promise<void>;
  done(item: TodayItem): Promise<void>;
  snooze(item: TodayItem, days: number): Promise<void>;
}

/**
 * The Today view's state: the worklist computed from the scan (src/core/today), and the three
 * actions that log to the activity register. A logged customer leaves the list at once (kept for
 * this scan in LOGGED_SINCE_SCAN) and the notice says the results wait for a rescan — the scan's
 * figures (Last reminded, the next step) only change when it reads the register again.
 */
export function useToday(
  workbook: LedgerWorkbook,
  scanned: ScannedLedger | null,
  language: Language,
): { state: TodayState; actions: TodayActions } {
  const { notice, busy, run } = useAsyncAction(useMessages());
  // Bumped after each log so the list re-renders without the customer just logged.
  const [, setLogCount] = useState(0);
  const worklist = useMemo(
    () =>
      scanned === null
        ? null
        : todayWorklist({
            analysis: scanned.analysis,
            entries: scanned.activity?.entries ?? null,
            asOf: scanned.asOf,
            rows: scanned.rows,
            mapping: scanned.mapping,
            promiseGraceDays: scanned.promiseGraceDays,
          }),
    [scanned],
  );
  const gone = scanned === null ? undefined : LOGGED_SINCE_SCAN.get(scanned);
  const items = worklist === null || gone === undefined ? worklist : worklist.filter((item) => !gone.has(item.customerKey));
  const say = (message: Message) => messageText(message, language);
  const logActivity = workbook.logActivity?.bind(workbook);

  const log = (item: TodayItem, row: (asOf: number) => NewActivityRow, success: (asOf: number) => Message) =>
    run(async (): Promise<Notice> => {
      if (scanned === null) return { intent: "warning", text: say(M.scanFirst()) };
      if (logActivity === undefined) return { intent: "warning", text: say(M.loggingUnavailable()) };
      const outcome = await logActivity([row(scanned.asOf)], language);
      if (outcome.kind === "refused") return { intent: "error", text: say(outcome.text) };
      const keys = LOGGED_SINCE_SCAN.get(scanned) ?? new Set<string>();
      keys.add(item.customerKey);
      LOGGED_SINCE_SCAN.set(scanned, keys);
      setLogCount((count) => count + 1);
      return { intent: "success", text: say(success(scanned.asOf)) };
    });

  const actions: TodayActions = {
    logCall: (item) =>
      log(
        item,
        (asOf) => callRow(item.customer, asOf, item.level),
        () => M.loggedCall({ customer: item.customer }),
      ),
    done: (item) =>
      log(
        item,
        (asOf) => doneRow(item.customer, asOf, language),
        () => M.loggedDone({ customer: item.customer }),
      ),
    snooze: (item, days) =>
      log(
        item,
        (asOf) => snoozeRow(item.customer, asOf, asOf + days, language),
        (asOf) => M.loggedSnooze({ customer: item.customer, date: formatIsoDate(asOf + days, scanned?.dateSystem ?? 1900) }),
      ),
  };
  return { state: { items, notice, busy, canLog: logActivity !== undefined }, actions };
}
