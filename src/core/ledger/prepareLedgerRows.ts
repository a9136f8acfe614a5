import { dayMonthEvidence, dayMonthSerial, localeMisreadOf, type DayMonthOrder } from "../dates/dayMonthOrder";
import type { DateSystem } from "../dates/excelSerial";
import { monthNameSerial } from "../dates/monthNameDate";
import { isFlagSet } from "../dunning/disputeFlag";
import { DunningStatus, dunningStatus } from "../dunning/dunningStatus";
import { fail, type Failure } from "../failure";
import { LEDGER_READING_MESSAGES as M } from "../messages/ledgerReadingMessages";
import type { Message } from "../messages/message";
import { decimalSeparatorOf, readAmountText } from "../money/amountText";
import type { LedgerField, LedgerMapping } from "./ledgerFields";
import { readReportLayout, ReportRowKind, type SkippedRowCounts } from "./reportRows";

/**
 * Between reading a ledger and analysing it: the export's own conventions are settled once, per
 * column, so the analysis reads plain invoice rows. Report rows (headings, subtotals, totals,
 * repeated headers) become blank rows, which the analysis skips, and the invoices under a customer
 * heading get its name; text dates with a month name, or in the day-month order the column proves
 * (or the user chose), become serials; decimal-comma amounts are read as such; a dispute or hold
 * flag becomes the status "Disputed". Row positions never move, so every issue still points at its
 * own cell, and the rows read are never changed (changed rows are copies). A ledger with nothing
 * to settle is returned as it came, at the cost of one look at each row.
 */

const DATE_FIELDS: readonly LedgerField[] = ["dueDate", "invoiceDate", "paidDate", "lastReminded"];
const AMOUNT_FIELDS: readonly LedgerField[] = ["amount", "openAmount", "creditLimit"];
const EMPTY_ROW: readonly unknown[] = Object.freeze([]);
/** The status word a set dispute flag stands for (dunningStatus reads it as disputed). */
const DISPUTED = "Disputed";
// 1.234,50 and 1.234,50- (SAP), without decimal.js: cents from the digits, exact.
const COMMA_AMOUNT = /^(-?)(\d{1,3}(?:\.\d{3})*|\d+),(\d{1,2})(-?)$/;
/** Text amounts looked at to decide a column's decimal separator. */
const SEPARATOR_SAMPLE = 1000;

export interface PrepareLedgerOptions {
  readonly headers: readonly unknown[];
  readonly mapping: LedgerMapping;
  readonly dateSystem: DateSystem;
  /** The user's answer for columns whose day-month dates read either way; null until asked. */
  readonly dateOrder?: DayMonthOrder | null;
  /**
   * Whether the rows may be settled where they are. The scan owns the rows it just read (Office.js
   * handed it fresh arrays), so it passes true and a million-row export is not copied row by row;
   * every other caller keeps its rows untouched (the default).
   */
  readonly inPlace?: boolean;
}

export interface PreparedLedger {
  /** The rows to analyse: same count and positions as read. */
  readonly rows: readonly (readonly unknown[])[];
  /** The mapping to analyse with; a customer from headings or a dispute status gets a column past the ledger's. */
  readonly mapping: LedgerMapping;
  readonly skipped: SkippedRowCounts;
  /** The export's grand total (its amount cell as written) and row, when it has one. */
  readonly grandTotal: { readonly rowIndex: number; readonly value: unknown } | null;
  /** What was settled, for the pane to show (date order per column, decimal commas, rows set aside). */
  readonly readings: readonly Message[];
  /** What only the user can settle (day-month dates that read either way); those cells stay unread. */
  readonly questions: readonly Message[];
}

/** The text cells of a column on invoice rows, each distinct text once, and how many cells are numbers. */
function columnTexts(
  rows: readonly (readonly unknown[])[],
  column: number,
  kinds: Uint8Array,
): { numbers: number; cells: number; texts: Set<string> } {
  let numbers = 0;
  let cells = 0;
  const texts = new Set<string>();
  for (let r = 0; r < rows.length; r++) {
    if (kinds[r] !== ReportRowKind.data) continue;
    const cell = rows[r]?.[column];
    if (typeof cell === "number") numbers++;
    else if (typeof cell === "string" && cell !== "") {
      cells++;
      texts.add(cell);
    }
  }
  return { numbers, cells, texts };
}

function commaAmount(text: string): number | string | undefined {
  const fast = COMMA_AMOUNT.exec(text.trim());
  if (fast) {
    if (fast[1] && fast[4]) return undefined;
    const cents = Number(fast[2].replace(/\./g, "")) * 100 + Number(fast[3].padEnd(2, "0"));
    return (fast[1] || fast[4] ? -cents : cents) / 100;
  }
  const read = readAmountText(text, ",");
  if (!read) return undefined;
  // With its currency it stays text, in the decimal-point form the scan reads, so the currency is kept.
  return read.currency ? `${read.currency} ${read.amount.toFixed()}` : read.amount.toNumber();
}

/**
 * Settles an export's conventions before analysis, or says why it cannot be read as it is: a date
 * column Excel probably misread (serials beside text it could not read) or a column that mixes
 * day- and month-first dates. Day-month dates that read either way, with no order chosen, are a
 * question for the user; the rest of the ledger is read meanwhile.
 *
 * @example
 * prepareLedgerRows([["Acme", "30.06.2025", 100]], { headers: ["Customer", "Due", "Amount"], mapping: { customer: 0, dueDate: 1, amount: 2 }, dateSystem: 1900, }).rows
 * //=> [["Acme", 45838, 100]]
 */
export function prepareLedgerRows(
  rows: readonly (readonly unknown[])[],
  options: PrepareLedgerOptions,
): PreparedLedger | Failure {
  const { mapping } = options;
  const layout = readReportLayout(rows, options.headers, mapping);
  const { kinds } = layout;
  const readings: Message[] = [];
  const questions: Message[] = [];
  const { section, subtotal, total, header } = layout.skipped;
  if (section + subtotal + total + header > 0) {
    readings.push(M.rowsSetAside({ sections: section, subtotals: subtotal, totals: total, headers: header }));
  }
  let out: (readonly unknown[])[] | undefined;
  const edit = (r: number): unknown[] => {
    if (options.inPlace && Array.isArray(rows[r])) {
      out ??= rows as (readonly unknown[])[];
      return rows[r] as unknown[];
    }
    out ??= rows.slice();
    if (out[r] === rows[r]) out[r] = Array.isArray(rows[r]) ? [...rows[r]] : [];
    return out[r] as unknown[];
  };
  /** Replaces the text cells of a column found in `values` (each distinct text converted once). */
  const replaceTexts = (column: number, values: ReadonlyMap<string, unknown>) => {
    if (values.size === 0) return;
    for (let r = 0; r < rows.length; r++) {
      if (kinds[r] !== ReportRowKind.data) continue;
      const cell = rows[r]?.[column];
      if (typeof cell !== "string") continue;
      const value = values.get(cell);
      if (value !== undefined) edit(r)[column] = value;
    }
  };

  for (const field of DATE_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const { numbers, texts } = columnTexts(rows, column, kinds);
    if (texts.size === 0) continue;
    const misread = localeMisreadOf(numbers, texts);
    if (misread) return fail("unreadable", M.localeMisread({ field, ...misread }));
    const serials = new Map<string, number>();
    for (const text of texts) {
      const serial = monthNameSerial(text, options.dateSystem);
      if (serial !== undefined) serials.set(text, serial);
    }
    const evidence = dayMonthEvidence(texts);
    let order: DayMonthOrder | undefined;
    if (evidence.kind === "conflicting") {
      return fail("unreadable", M.dateOrderConflict({ field, ...evidence }));
    } else if (evidence.kind === "proven") {
      order = evidence.order;
      readings.push(M.dateOrderProven({ field, order, proof: evidence.proof }));
    } else if (evidence.kind === "ambiguous" && options.dateOrder) {
      order = options.dateOrder;
      readings.push(M.dateOrderStated({ field, order }));
    } else if (evidence.kind === "ambiguous") {
      // Asked, not guessed: these texts stay unread (listed in Issues) until the user chooses.
      questions.push(M.dateOrderAmbiguous({ field, example: evidence.example }));
    }
    if (order !== undefined) {
      for (const text of texts) {
        const serial = dayMonthSerial(text, order, options.dateSystem);
        if (serial !== undefined) serials.set(text, serial);
      }
    }
    replaceTexts(column, serials);
  }

  for (const field of AMOUNT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    // The separator is proven by the first texts that carry one; amounts are mostly unique, so
    // each is converted in one pass with no cache (a million-entry map costs more than it saves).
    const sample: string[] = [];
    for (let r = 0; r < rows.length && sample.length < SEPARATOR_SAMPLE; r++) {
      const cell = rows[r]?.[column];
      if (kinds[r] === ReportRowKind.data && typeof cell === "string" && cell !== "") sample.push(cell);
    }
    if (sample.length === 0 || decimalSeparatorOf(sample) !== ",") continue;
    let example: string | undefined;
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r]?.[column];
      if (kinds[r] !== ReportRowKind.data || typeof cell !== "string" || cell === "") continue;
      const amount = commaAmount(cell);
      if (amount === undefined) continue;
      edit(r)[column] = amount;
      example ??= cell.trim();
    }
    if (example !== undefined) readings.push(M.decimalComma({ field, example }));
  }

  let prepared = mapping;
  let width = options.headers.length;
  const widen = () => {
    if (width === options.headers.length) for (const row of rows) if (row && row.length > width) width = row.length;
    return width++;
  };
  if (layout.sectionCustomer.size > 0) {
    // Invoices under a customer heading: the heading's name goes in the customer cell, or in a
    // column of its own past the ledger's when the export has no customer column at all.
    const customerColumn = mapping.customer ?? widen();
    if (mapping.customer === undefined) prepared = { ...prepared, customer: customerColumn };
    for (const [r, name] of layout.sectionCustomer) edit(r)[customerColumn] = name;
  }
  if (mapping.disputed !== undefined) {
    const flagColumn = mapping.disputed;
    let statusColumn = mapping.status;
    for (let r = 0; r < rows.length; r++) {
      if (kinds[r] !== ReportRowKind.data || !isFlagSet(rows[r]?.[flagColumn])) continue;
      if (statusColumn === undefined) {
        statusColumn = widen();
        prepared = { ...prepared, status: statusColumn };
      }
      // A paid invoice stays paid; any other status gives way to the dispute the flag records.
      const current = (out?.[r] ?? rows[r])?.[statusColumn];
      if (dunningStatus(current) !== DunningStatus.paid) edit(r)[statusColumn] = DISPUTED;
    }
  }
  for (let r = 0; r < rows.length; r++) {
    if (kinds[r] !== ReportRowKind.data && kinds[r] !== ReportRowKind.blank) {
      out ??= options.inPlace ? (rows as (readonly unknown[])[]) : rows.slice();
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
