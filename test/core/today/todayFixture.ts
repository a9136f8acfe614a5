import { customerActivity } from "../../../src/core/activity/customerActivity";
import { parseActivityRows } from "../../../src/core/activity/parseActivityRows";
import type { ActivityRegister } from "../../../src/core/activity/activityTypes";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";

/*
 * A hand-written ledger and register for the Today worklist, as of 2025-07-12 (serial 45850).
 * Standard ladder: rungs at −3, 1, 8, 15, 30, 45, 60, 90 days past due. No customer has paid an
 * invoice, none has a credit limit, so each one's risk score is (riskScore.ts, never paid):
 *   35 × d/90 (debt age) + 25 × d/60 (never paid, d ≤ 60) + 20 (overdue share ≥ 0.5), rounded,
 * with d = days overdue of its oldest overdue invoice.
 *
 * USD overdue of the whole ledger: 1000 Ada + 3000 Bea + 1000 Dan + 500 Key + 800 Promise
 * + 700 Waiting + 600 Done + 1000 Snooze + 30 Small + 400 Credit + 970 Called = $10,000.00
 * (credit notes are not netted in Overdue, balances.ts). EUR: 2000 Cal + 2000 Dan = €4,000.00
 * (Cal's disputed invoice is apart; Future Co's is not yet due).
 */
export const AS_OF = 45850;

export const LEDGER_MAPPING = { customer: 0, invoiceNo: 1, amount: 2, dueDate: 3, currency: 4, status: 5, email: 6 };

export const LEDGER_ROWS: readonly (readonly unknown[])[] = [
  // 40 days overdue → level 5 (rung 30) "Formal demand letter with late-interest notice".
  ["Ada", "A-1", 1000, AS_OF - 40, "USD", "", "ap@ada.example"],
  // 10 days → level 3; its promise (due by 45838, hold to 45841) is broken → one rung up, level 4.
  ["Bea", "B-1", 3000, AS_OF - 10, "USD", "", ""],
  // 20 days → level 4 "Second written reminder"; a disputed invoice beside it (flag, not chased).
  ["Cal", "C-1", 2000, AS_OF - 20, "EUR", "", ""],
  ["Cal", "C-2", 2000, AS_OF - 20, "EUR", "Disputed", ""],
  // 5 days in two currencies → level 2 "Friendly reminder email" in each.
  ["Dan", "D-1", 2000, AS_OF - 5, "EUR", "", ""],
  ["Dan", "D-2", 1000, AS_OF - 5, "USD", "", "dan@dan.example"],
  // A key account, 2 days → level 2.
  ["Key Co", "K-1", 500, AS_OF - 2, "USD", "", ""],
  // 20 days, held by a promise due by today.
  ["Promise Co", "P-1", 800, AS_OF - 20, "USD", "", ""],
  // Reminded 2 days ago in the register: wait.
  ["Waiting Co", "W-1", 700, AS_OF - 20, "USD", "", ""],
  // A "Done" note today.
  ["Done Co", "N-1", 600, AS_OF - 20, "USD", "", ""],
  // Snoozed yesterday until 45851.
  ["Snooze Co", "S-1", 1000, AS_OF - 20, "USD", "", ""],
  // Below the USD 50.00 small-balance threshold.
  ["Small Co", "M-1", 30, AS_OF - 20, "USD", "", ""],
  // Overdue 400 cleared by a 400 credit note: nothing to demand.
  ["Credit Co", "R-1", 400, AS_OF - 20, "USD", "", ""],
  ["Credit Co", "R-2", -400, AS_OF - 20, "USD", "", ""],
  // Called today.
  ["Called Co", "L-1", 970, AS_OF - 20, "USD", "", ""],
  // Due in 2 days: only the courtesy rung (−3), not overdue.
  ["Future Co", "F-1", 500, AS_OF + 2, "EUR", "", ""],
];

const HEADER = ["Date", "Customer", "Currency", "Invoice", "Kind", "Level", "Channel", "Amount", "Due by", "Reason", "Owner"];

export const REGISTER_ROWS: readonly (readonly unknown[])[] = [
  [AS_OF - 12, "Bea", "", "", "Promise", "", "Call", 3000, AS_OF - 12, "", ""],
  // The scan's own note about that broken promise, dated today: not a Done note, Bea stays.
  [AS_OF, "Bea", "", "", "Note", "", "", "", AS_OF - 12, "Broken promise: due by 2025-06-30, still unpaid.", ""],
  [AS_OF - 5, "Promise Co", "USD", "", "Promise", "", "", 800, AS_OF, "", ""],
  [AS_OF - 2, "Waiting Co", "", "", "Reminder", 4, "Email", "", "", "", ""],
  [AS_OF, "done co", "", "", "Note", "", "", "", "", "Done", ""],
  [AS_OF - 1, "Snooze Co", "", "", "Note", "", "", "", AS_OF + 1, "Snoozed", ""],
  [AS_OF, "Called Co", "", "", "Call", 4, "phone", "", "", "", ""],
];

export function register(rows: readonly (readonly unknown[])[] = REGISTER_ROWS): ActivityRegister {
  const parsed = parseActivityRows([HEADER, ...rows]);
  if (isFailure(parsed)) throw new Error("the fixture register should read");
  if (parsed.issues.length > 0) throw new Error(`register issues: ${JSON.stringify(parsed.issues)}`);
  return parsed;
}

/** The scan as the pane runs it: the register's facts feed analyzeLedger. */
export function scan(activity: ActivityRegister | null = register()): LedgerAnalysis {
  const analysis = analyzeLedger(LEDGER_ROWS, {
    mapping: LEDGER_MAPPING,
    asOf: AS_OF,
    keyAccounts: ["Key Co"],
    minAmountByCurrency: new Map([["USD", 50]]),
    activity: activity === null ? undefined : customerActivity(activity.entries, AS_OF),
  });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return analysis;
}
