import type { Language } from "../../../src/core/language";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerWorkbook, LogActivityOutcome, NewActivityRow, ScannedLedger } from "../../../src/excel/ledgerWorkbook";

/** As of 2025-06-30 (serial 45838). */
export const AS_OF = 45838;

/**
 * Three customers in USD, none reminded yet (so each gets the friendly first reminder), on the
 * standard ladder (rungs at −3, 1, 8, 15, 30 … days: levels 1, 2, 3, 4, 5 …):
 * - Beta: INV-4, 10 days overdue → level 3, owes 250.50
 * - Cora: INV-5 and INV-6, 20 days overdue → level 4, owes 400.00 + 100.00 = 500.00
 * - Dana: INV-7, 5 days overdue → level 2, owes 120.00
 */
export const LEDGER_ROWS: readonly (readonly unknown[])[] = [
  ["Beta", "INV-4", AS_OF - 40, AS_OF - 10, 250.5, "USD"],
  ["Cora", "INV-5", AS_OF - 50, AS_OF - 20, 400, "USD"],
  ["Cora", "INV-6", AS_OF - 50, AS_OF - 20, 100, "USD"],
  ["Dana", "INV-7", AS_OF - 35, AS_OF - 5, 120, "USD"],
];
const MAPPING = { customer: 0, invoiceNo: 1, invoiceDate: 2, dueDate: 3, amount: 4, currency: 5 };

/** The scan of LEDGER_ROWS as the pane receives it. */
export function scannedLedger(): ScannedLedger {
  const analysis = analyzeLedger(LEDGER_ROWS, { mapping: MAPPING, asOf: AS_OF });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return {
    rows: LEDGER_ROWS,
    mapping: MAPPING,
    columnCount: 6,
    analysis,
    asOf: AS_OF,
    dateSystem: 1900,
    sheet: "Sheet1",
    firstDataRow: 1,
    firstColumn: 0,
    resultColumn: 6,
    activity: null,
  };
}

/** What the fake port's logActivity was called with. */
export interface LogCall {
  readonly rows: readonly NewActivityRow[];
  readonly language: Language;
}

/**
 * A LedgerWorkbook with just what the Reminders view and the customer cards call: letter settings
 * (none saved: the defaults stay), writeReminders (always written), and logActivity when `log` says
 * how it answers ("absent" leaves it out of the port, as a host without a register would).
 */
export function fakeWorkbook(log: "done" | "refused" | "throws" | "absent" = "done") {
  const calls: LogCall[] = [];
  const written: number[] = [];
  const logActivity = async (rows: readonly NewActivityRow[], language: Language): Promise<LogActivityOutcome> => {
    calls.push({ rows: [...rows], language });
    if (log === "throws") throw Object.assign(new Error("busy"), { code: "ItemNotFound" });
    if (log === "refused")
      return {
        kind: "refused",
        text: { key: "sheetTaken", params: {}, en: "The sheet holds other cells.", zh: "工作表已有其他内容。" },
      };
    return { kind: "done", rowsWritten: rows.length, created: calls.length === 1 };
  };
  const port = {
    loadLetterSettings: () => Promise.reject(new Error("no saved settings")),
    saveLetterSettings: async () => undefined,
    writeReminders: async (request: { rows: readonly unknown[] }) => {
      written.push(request.rows.length);
      return { kind: "done", rowsWritten: request.rows.length, address: `Reminders!A1:E${request.rows.length + 1}` };
    },
    ...(log === "absent" ? {} : { logActivity }),
  };
  return { workbook: port as unknown as LedgerWorkbook, calls, written };
}
