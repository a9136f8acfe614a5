import { dayMonthEvidence, dayMonthSerial, localeMisread, type DayMonthOrder } from "../dates/dayMonthOrder";
import type { DateSystem } from "../dates/excelSerial";
import { fail, type Failure } from "../failure";
import { LEDGER_READING_MESSAGES as M } from "../messages/ledgerReadingMessages";
import type { Message } from "../messages/message";
import { decimalSeparatorOf, readAmountText } from "../money/amountText";
import type { LedgerField, LedgerMapping } from "./ledgerFields";
import { readReportLayout, ReportRowKind, type SkippedRowCounts } from "./reportRows";

/**
 * Between reading a ledger and analysing it: the export's own conventions are settled once, per
 * column, so the analysis reads plain invoice rows. Report rows (customer headings, subtotals,
 * totals, repeated headers) become blank rows, which the analysis skips, and the invoices under a
 * heading get its customer; text dates in day-month order are read in the order the column
 * proves (or the user chose); decimal-comma amounts are read as such. Row positions never move, so
 * every issue still points at its own cell. A ledger with nothing to settle is returned as it came.
 */

const DATE_FIELDS: readonly LedgerField[] = ["dueDate", "invoiceDate", "paidDate", "lastReminded"];
const AMOUNT_FIELDS: readonly LedgerField[] = ["amount", "openAmount", "creditLimit"];
const EMPTY_ROW: readonly unknown[] = Object.freeze([]);
const ORDER_NAMES: Readonly<Record<DayMonthOrder, string>> = { dmy: "D/M/Y", mdy: "M/D/Y" };

export interface PrepareLedgerOptions {
  readonly headers: readonly unknown[];
  readonly mapping: LedgerMapping;
  readonly dateSystem: DateSystem;
  /** The user's answer for columns whose day-month dates read either way; null until asked. */
  readonly dateOrder?: DayMonthOrder | null;
  /** The field's name as the pane shows it, for messages. */
  readonly fieldName: (field: LedgerField) => string;
}

export interface PreparedLedger {
  /** The rows to analyse: same count and positions as read. */
  readonly rows: readonly (readonly unknown[])[];
  /** The mapping to analyse with; a customer taken from headings gets a column past the ledger's. */
  readonly mapping: LedgerMapping;
  readonly skipped: SkippedRowCounts;
  /** The export's grand total (its amount cell as written) and row, when it has one. */
  readonly grandTotal: { readonly rowIndex: number; readonly value: unknown } | null;
  /** What was settled, for the pane to show (date order per column, decimal commas, rows set aside). */
  readonly readings: readonly Message[];
  /** What only the user can settle (day-month dates that read either way); those cells stay unread. */
  readonly questions: readonly Message[];
}

/**
 * Settles an export's conventions before analysis, or says why it cannot be read as it is: a date
 * column Excel probably misread (serials beside text it could not read) or a column that mixes
 * day- and month-first dates. Day-month dates that read either way, with no order chosen, are a
 * question for the user; the rest of the ledger is read meanwhile.
 *
 * @example
 * prepareLedgerRows([["Acme", "30.06.2025", 100]], { headers: ["Customer", "Due", "Amount"], mapping: { customer: 0, dueDate: 1, amount: 2 }, dateSystem: 1900, fieldName: String }).rows
 * //=> [["Acme", 45838, 100]]
 */
export function prepareLedgerRows(
  rows: readonly (readonly unknown[])[],
  options: PrepareLedgerOptions,
): PreparedLedger | Failure {
  const { mapping, fieldName } = options;
  const layout = readReportLayout(rows, options.headers, mapping);
  const readings: Message[] = [];
  const questions: Message[] = [];
  const { section, subtotal, total, header } = layout.skipped;
  if (section + subtotal + total + header > 0) {
    readings.push(M.rowsSetAside({ sections: section, subtotals: subtotal, totals: total, headers: header }));
  }
  let out: (readonly unknown[])[] | undefined;
  const edit = (r: number): unknown[] => {
    out ??= rows.slice();
    if (out[r] === rows[r]) out[r] = Array.isArray(rows[r]) ? [...rows[r]] : [];
    return out[r] as unknown[];
  };
  const isData = (r: number) => layout.kinds[r] === ReportRowKind.data;
  const columnValues = function* (column: number): Generator<unknown> {
    for (let r = 0; r < rows.length; r++) if (isData(r)) yield rows[r]?.[column];
  };

  for (const field of DATE_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const misread = localeMisread(columnValues(column));
    if (misread) {
      return fail("unreadable", M.localeMisread({ field: fieldName(field), ...misread }));
    }
    const evidence = dayMonthEvidence(columnValues(column));
    if (evidence.kind === "none") continue;
    if (evidence.kind === "conflicting") {
      return fail("unreadable", M.dateOrderConflict({ field: fieldName(field), ...evidence }));
    }
    let order: DayMonthOrder;
    if (evidence.kind === "proven") {
      order = evidence.order;
      readings.push(M.dateOrderProven({ field: fieldName(field), order: ORDER_NAMES[order], proof: evidence.proof }));
    } else if (options.dateOrder) {
      order = options.dateOrder;
      readings.push(M.dateOrderStated({ field: fieldName(field), order: ORDER_NAMES[order] }));
    } else {
      // Asked, not guessed: these texts stay unread (listed in Issues) until the user chooses.
      questions.push(M.dateOrderAmbiguous({ field: fieldName(field), example: evidence.example }));
      continue;
    }
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r]?.[column];
      if (!isData(r) || typeof cell !== "string") continue;
      const serial = dayMonthSerial(cell, order, options.dateSystem);
      if (serial !== undefined) edit(r)[column] = serial;
    }
  }

  for (const field of AMOUNT_FIELDS) {
    const column = mapping[field];
    if (column === undefined || decimalSeparatorOf(columnValues(column)) !== ",") continue;
    let example: string | undefined;
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r]?.[column];
      if (!isData(r) || typeof cell !== "string") continue;
      const read = readAmountText(cell, ",");
      if (!read) continue;
      example ??= cell.trim();
      // Kept as text in the decimal-point form, so the currency it names stays with it.
      const plain = read.amount.toFixed();
      edit(r)[column] = read.currency ? `${read.currency} ${plain}` : read.amount.toNumber();
    }
    if (example !== undefined) readings.push(M.decimalComma({ field: fieldName(field), example }));
  }

  let prepared = mapping;
  if (layout.sectionCustomer.size > 0) {
    // Invoices under a customer heading: the heading's name goes in the customer cell, or in a
    // column of its own past the ledger's when the export has no customer column at all.
    let width = options.headers.length;
    for (const row of rows) if (row && row.length > width) width = row.length;
    const customerColumn = mapping.customer ?? width;
    if (mapping.customer === undefined) prepared = { ...mapping, customer: customerColumn };
    for (const [r, name] of layout.sectionCustomer) edit(r)[customerColumn] = name;
  }
  for (let r = 0; r < rows.length; r++) {
    if (!isData(r) && layout.kinds[r] !== ReportRowKind.blank) {
      out ??= rows.slice();
      out[r] = EMPTY_ROW;
    }
  }
  return {
    rows: out ?? rows,
    mapping: prepared,
    skipped: layout.skipped,
    grandTotal: layout.grandTotal,
    readings,
    questions,
  };
}
