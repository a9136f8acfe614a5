import type { DateSystem } from "../dates/excelSerial";
import { fail, type Result } from "../failure";
import type { LedgerField, LedgerMapping } from "../ledger/ledgerFields";
import { AS_OF_NAME } from "../report/asOfName";
import { columnLetters } from "../report/cellAddress";
import { formulaTextJoined } from "../report/formulaText";
import type { LedgerIssue } from "../ledger/ledgerIssue";
import { repeatedInvoices } from "../report/repeatedInvoices";
import { reportRowBound } from "../report/reportRowBound";
import { ledgerFormulas, type LedgerRanges } from "../report/ledgerFormulas";
import { CASH_FORECAST_MESSAGES as M } from "../messages/cashForecastMessages";

/** Where the scanned ledger is: its sheet, first data cell (0-based), data rows and column mapping. */
export interface ForecastFormulaLedger {
  readonly sheet: string;
  readonly firstDataRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
  readonly mapping: LedgerMapping;
  readonly asOf: number;
  readonly dateSystem: DateSystem;
  /**
   * 0-based sheet column of the last scan's `Days overdue` result column (a number on rows the scan
   * accepted, empty on rows listed in Issues); with it those rows are left out, as the pane leaves them.
   */
  readonly resultColumn?: number;
  /** Columns of the ledger on the sheet: a mapped column at or past it was made by the scan, not on the sheet. */
  readonly columnCount?: number;
  /** The scan's issues and rows: the invoice numbers it found repeated are left out of rows it has not seen. */
  readonly analysis?: { readonly issues: readonly Pick<LedgerIssue, "code" | "rowIndex">[] };
  readonly rows?: readonly (readonly unknown[])[];
}

/** Rows (header, 13 periods, Later, At risk, Disputed, Total open) and columns of the default spill. */
export const CASH_FORECAST_SPILL = { rows: 18, columns: 5 } as const;

/**
 * A live `=AR.CASHFORECAST(…)` over the ledger's columns from its first data row down past its end
 * (reportRowBound: rows typed below the ledger later are forecast too), dated by the workbook name ARCreditDesk_AsOf (the one as-of cell the AR Summary
 * reads as well; insertForecast makes sure it exists), default periods. It reads the rows as the
 * scan and the Forecast view do (forecastLedgerFromScan), through the same row rules as the AR
 * Summary (ledgerFormulas: customer, numeric amount and due date, the scan's verdict in its Days
 * overdue column, texts trimmed and case-insensitive):
 * - a row with something open forecasts its open amount (the open-amount cell when it holds a
 *   number, else the amount unless paid by as-of or paid by status), so a part-paid invoice
 *   forecasts its remaining balance; its paid date is passed only when after as-of;
 * - a row with nothing open that was paid by as-of is history: its amount and paid date shape its
 *   customer's habit;
 * - any other row (nothing open, no payment to learn from) is left out.
 * With a currency column the rows are narrowed to `currency` (a long code is joined from
 * 255-character literals). Due dates derived from terms are not known to a formula: a ledger
 * without a due-date column gets a failure.
 *
 * No method or bands argument is written: the formula takes AR.CASHFORECAST's default method
 * ("distribution": each open balance spread by its customer's payment delays, conditioned on being
 * unpaid at as-of) and its five columns (CASH_FORECAST_SPILL), so a block written before the method
 * existed keeps its shape, and the figures are the Forecast view's, which forecasts the same rows
 * (forecastLedgerFromScan) with the same method. A user who wants the previous placement types
 * `"point"` as its tenth argument (method).
 *
 * @example
 * cashForecastFormula({ sheet: "Sheet1", firstDataRow: 1, firstColumn: 0, rowCount: 8, mapping: { customer: 0, amount: 4, dueDate: 3 }, asOf: 45838, dateSystem: 1900 })
 * //=> "=AR.CASHFORECAST(FILTER(TRIM('Sheet1'!$A$2:$A$1009),…),…,ARCreditDesk_AsOf)"
 */
export function cashForecastFormula(ledger: ForecastFormulaLedger, currency?: string): Result<string> {
  const { mapping } = ledger;
  if (ledger.rowCount < 1) return fail("missing", M.noDataRows());
  // From the first data row down past the ledger's end (reportRowBound), as the AR Summary reads it.
  const first = ledger.firstDataRow + 1,
    last = reportRowBound(ledger.firstDataRow, ledger.rowCount) + 1;
  const span = (letters: string): string => `$${letters}$${first}:$${letters}$${last}`;
  const column = (field: LedgerField): string | undefined => {
    const index = mapping[field];
    if (index === undefined || (ledger.columnCount !== undefined && index >= ledger.columnCount)) return undefined;
    return span(columnLetters(ledger.firstColumn + index));
  };
  const customer = column("customer");
  const dueDate = column("dueDate");
  if (customer === undefined) return fail("missing", M.noCustomerColumn());
  if (dueDate === undefined) return fail("missing", M.needsDueColumn());
  const amount = column("amount"),
    openAmount = column("openAmount");
  if (amount === undefined && openAmount === undefined) return fail("missing", M.noAmountColumn());
  const optional: { -readonly [K in keyof LedgerRanges]?: LedgerRanges[K] } = {};
  if (amount !== undefined) optional.amount = amount;
  if (openAmount !== undefined) optional.openAmount = openAmount;
  for (const field of ["paidDate", "status", "currency", "invoiceDate", "invoiceNo"] as const) {
    const range = column(field);
    if (range !== undefined) optional[field] = range;
  }
  const numberColumns = (["creditLimit", "lastReminded"] as const).map(column).filter((c) => c !== undefined);
  if (numberColumns.length > 0) optional.numberColumns = numberColumns;
  const repeated = ledger.analysis && ledger.rows ? repeatedInvoices(ledger.analysis.issues, ledger.rows, mapping.invoiceNo) : [];
  if (repeated.length > 0) optional.repeatedInvoices = repeated;
  if (ledger.resultColumn !== undefined) {
    optional.daysOverdue = span(columnLetters(ledger.resultColumn));
  }
  const ranges: LedgerRanges = { sheetName: ledger.sheet, customer, dueDate, ...optional };
  const { rows } = ledgerFormulas(ranges, AS_OF_NAME, AS_OF_NAME);
  const { open, paidDate: paid, status } = rows;
  const group = ranges.currency !== undefined && currency !== undefined ? { currency: formulaTextJoined(currency) } : {};
  const paidByAsOf = paid === null ? null : `ISNUMBER(${paid})*(${paid}<=${AS_OF_NAME})`;
  // Open rows, and settled rows with an amount and a paid date by as-of (history).
  const history = paidByAsOf === null || rows.amount === null ? null : `${paidByAsOf}*ISNUMBER(${rows.amount})`;
  const kept = history === null ? `(${open}<>0)` : `((${open}<>0)+${history}>0)`;
  const m = `${rows.groupMask(group)}*${kept}`;
  const amounts = rows.amount === null || rows.amount === open ? open : `IF(${open}<>0,${open},${rows.amount})`;
  const paidArg =
    paid === null ? "" : `FILTER(IF(${open}<>0,IF(ISNUMBER(${paid})*(${paid}>${AS_OF_NAME}),${paid},""),${paid}),${m})`;
  const args = [
    `FILTER(TRIM(${rows.customer}),${m})`,
    `FILTER(${amounts},${m})`,
    `FILTER(${rows.dueDate},${m})`,
    paidArg,
    AS_OF_NAME,
  ];
  if (status !== null) args.push("", "", "", `FILTER(TRIM(${status}),${m})`);
  return `=AR.CASHFORECAST(${args.join(",")})`;
}
