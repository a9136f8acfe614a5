import type { DateSystem } from "../dates/excelSerial";
import { ActionCode } from "../dunning/actionCode";
import { DunningStatus, dunningStatus } from "../dunning/dunningStatus";
import { BalanceKind, balanceKind } from "../ledger/balances";
import { RowState, type LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import { CellStatus, LedgerCellReader } from "../ledger/ledgerCellReader";
import type { LedgerMapping } from "../ledger/ledgerFields";
import { letterLanguage } from "./letterLanguage";
import type { LetterInvoiceRow } from "./letterTypes";

/** What a scan read and computed, as far as letters need it (a ScannedLedger fits). */
export interface LetterLedger {
  /** Raw data rows, header excluded, as the scan read them. */
  readonly rows: readonly (readonly unknown[])[];
  readonly mapping: LedgerMapping;
  readonly analysis: LedgerAnalysis;
  readonly dateSystem: DateSystem;
}

/**
 * Turns a scanned ledger into the rows `draftLetters` works from. Only rows the scan accepted and
 * that are still open (open ≠ 0: invoices and credit notes) are kept, so rows with issues never
 * reach a letter. The scan's own results are reused — due date (computed from terms where the
 * ledger has none), open cents, and the customer's name and currency as the scan grouped them — so
 * a letter shows the figures the pane shows: its "Overdue invoices" are the customer's Overdue,
 * its "Disputed" the customer's Disputed and its credit notes the customer's Credits
 * (src/core/ledger/balances.ts). The cells only the letters need are read here:
 * invoice number and date, email, disputed status, last reminder, reminders sent and the customer's
 * letter language (`letterLanguage`); one that
 * cannot be read counts as blank (the scan already reported the row if it mattered).
 *
 * @param ledger - raw rows, mapping and analysis of one scan
 * @returns one letter row per open accepted ledger row, in ledger order
 * @example
 * letterRowsFromLedger({ rows: [["Acme", "INV-1", 1000, 45791]], mapping: { customer: 0, invoiceNo: 1, amount: 2, dueDate: 3 },
 *   analysis: analyzeLedger(…, { asOf: 45838 }), dateSystem: 1900 })[0]
 * //=> { customer: "Acme", currency: "", invoiceNumber: "INV-1", dueSerial: 45791, openCents: 100000, … }
 */
export function letterRowsFromLedger(ledger: LetterLedger): LetterInvoiceRow[] {
  const { rows, mapping, analysis } = ledger;
  const results = analysis.rows;
  const reader = new LedgerCellReader(ledger.dateSystem);
  const cell = (row: readonly unknown[], column: number | undefined): unknown =>
    column === undefined || column < 0 || column >= row.length ? undefined : row[column];
  const serial = (value: unknown): number | null => {
    const s = reader.serial(value);
    return reader.status === CellStatus.ok ? s : null;
  };
  const out: LetterInvoiceRow[] = [];
  for (let i = 0; i < results.count; i++) {
    if (results.state[i] !== RowState.accepted || results.openCents[i] === 0) continue;
    const row = rows[i];
    const group = analysis.customers[results.customer[i]];
    if (!Array.isArray(row) || group === undefined) continue;
    const status = dunningStatus(cell(row, mapping.status));
    const lastRemindedSerial = serial(cell(row, mapping.lastReminded));
    const remindedByScan = group.lastReminded ?? lastRemindedSerial;
    out.push({
      customer: group.customer,
      currency: group.currency,
      email: text(cell(row, mapping.email)),
      invoiceNumber: text(cell(row, mapping.invoiceNo)),
      invoiceSerial: serial(cell(row, mapping.invoiceDate)),
      dueSerial: results.dueSerial[i],
      openCents: results.openCents[i],
      // As balances.ts classifies it (the dashboard's Disputed line): a credit note is never disputed.
      // The scan's action also says so for an invoice the activity register holds in dispute.
      disputed:
        results.action[i] === ActionCode.disputed ||
        balanceKind(results.openCents[i], results.signedDays[i], status) === BalanceKind.disputed,
      // Likewise a promise the register holds (action "promised").
      promised: (status === DunningStatus.promised || results.action[i] === ActionCode.promised) && results.openCents[i] > 0,
      // The customer's last reminder as the scan has it (the register's and this column's, the later).
      lastRemindedSerial: remindedByScan,
      // The scan's step for this row is "Wait until <last reminder + interval>": the letter waits too,
      // to the scan's date (its last reminder counts the activity register's, not only this cell's).
      waitUntilSerial:
        results.action[i] === ActionCode.wait && remindedByScan !== null
          ? Math.floor(remindedByScan) + analysis.context.intervalDays
          : null,
      // The reminders the scan counted for the customer (register, Reminders column, a Last reminded date).
      remindersSent: maxCount(count(cell(row, mapping.remindersSent)), group.remindersSent),
      level: results.level[i],
      smallBalance: results.action[i] === ActionCode.smallBalance,
      // The customer's letter language where the ledger has a Language column; else the pane's.
      language: letterLanguage(cell(row, mapping.language)),
    });
  }
  return out;
}

/** A cell as trimmed text; blank (or absent) is null. Numbers keep their shortest form (1001, not 1001.0). */
function text(value: unknown): string | null {
  if (value === null || value === undefined || typeof value === "boolean") return null;
  const s = String(value).trim();
  return s === "" ? null : s;
}

/** A reminder count: a whole number ≥ 0 (typed as a number or as digits); anything else is unknown. */
function count(value: unknown): number | null {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** The larger of two reminder counts, either unknown (null/absent). */
function maxCount(a: number | null, b: number | null | undefined): number | null {
  if (b === null || b === undefined) return a;
  return a === null ? b : Math.max(a, b);
}
