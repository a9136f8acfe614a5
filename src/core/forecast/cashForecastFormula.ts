import type { DateSystem } from "../dates/excelSerial";
import { fail, type Result } from "../failure";
import { financingChoicesFormula as f } from "../financing/financingChoicesFormula";
import type { LedgerField, LedgerMapping } from "../ledger/ledgerFields";
import { columnLetters } from "../report/cellAddress";
import { PAID_STATUS_WORDS } from "../report/ledgerFormulas";
import { quoteSheetName } from "../report/quoteSheetName";
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
   * accepted, "" on rows listed in Issues); with it those rows are left out, as the pane leaves them.
   */
  readonly resultColumn?: number;
}

/** Rows (header, 13 periods, Later, At risk, Disputed, Total open) and columns of the default spill. */
export const CASH_FORECAST_SPILL = { rows: 18, columns: 5 } as const;

/**
 * A live `=AR.CASHFORECAST(…)` over the ledger's columns (absolute A1 ranges of the data rows, with
 * the sheet), as-of as DATE(y,m,d), default periods. Amounts are the amount column (the invoice
 * amounts the function documents and weighs habits by), the open-amount column only when there is
 * no amount column. With a currency column the rows are narrowed to `currency` with FILTER, and with
 * a status column rows whose status says paid are left out, as the scan leaves them; FILTER turns
 * blank cells into 0, so each filtered column is read through IF(r="","",r) to keep blanks blank.
 *
 * With the scan's `resultColumn` the rows are also narrowed to those holding a number in its Days
 * overdue column: rows listed in Issues at the last scan are left out, as the pane leaves them out
 * (without it, e.g. no scan, an issue row shows its error in the spill until fixed).
 *
 * The formula reads typed cells, so it differs from the pane where the scan reads more: part payments
 * recorded in an open-amount column are forecast at the invoice amount, and due dates derived from
 * terms are not known (a ledger without a due-date column gets a failure).
 *
 * @example
 * cashForecastFormula({ sheet: "Sheet1", firstDataRow: 1, firstColumn: 0, rowCount: 8, mapping: { customer: 0, amount: 4, dueDate: 3 }, asOf: 45838, dateSystem: 1900 })
 * //=> "=AR.CASHFORECAST('Sheet1'!$A$2:$A$9,'Sheet1'!$E$2:$E$9,'Sheet1'!$D$2:$D$9,,DATE(2025,6,30))"
 */
export function cashForecastFormula(ledger: ForecastFormulaLedger, currency?: string): Result<string> {
  const { mapping } = ledger;
  if (ledger.rowCount < 1) return fail("missing", M.noDataRows());
  if (mapping.customer === undefined) return fail("missing", M.noCustomerColumn());
  if (mapping.dueDate === undefined) return fail("missing", M.needsDueColumn());
  const amountField: LedgerField | undefined =
    mapping.amount !== undefined ? "amount" : mapping.openAmount !== undefined ? "openAmount" : undefined;
  if (amountField === undefined) return fail("missing", M.noAmountColumn());
  const first = ledger.firstDataRow + 1;
  const last = ledger.firstDataRow + ledger.rowCount;
  const sheet = quoteSheetName(ledger.sheet);
  const range = (field: LedgerField): string | null => {
    const column = mapping[field];
    if (column === undefined) return null;
    const letters = columnLetters(ledger.firstColumn + column);
    return `${sheet}!$${letters}$${first}:$${letters}$${last}`;
  };
  const customers = range("customer") as string;
  const amounts = range(amountField) as string;
  const dues = range("dueDate") as string;
  const paid = range("paidDate");
  const status = range("status");
  const currencies = range("currency");
  const asOf = f.date(ledger.asOf, ledger.dateSystem);

  const mask: string[] = [];
  if (currencies !== null && currency !== undefined) mask.push(`(${currencies}=${f.text(currency)})`);
  if (status !== null) mask.push(`ISNA(MATCH(${status},{${PAID_STATUS_WORDS.map(f.text).join(",")}},0))`);
  if (ledger.resultColumn !== undefined) {
    const letters = columnLetters(ledger.resultColumn);
    mask.push(`ISNUMBER(${sheet}!$${letters}$${first}:$${letters}$${last})`);
  }
  // No currency, status or result column: the plain ranges, as an analyst would type them.
  if (mask.length === 0) return `=AR.CASHFORECAST(${customers},${amounts},${dues},${paid ?? ""},${asOf})`;
  const m = mask.join("*");
  const keepBlank = (r: string) => `FILTER(IF(${r}="","",${r}),${m})`;
  const args = [keepBlank(customers), keepBlank(amounts), `FILTER(${dues},${m})`, paid === null ? "" : keepBlank(paid), asOf];
  if (status !== null) args.push("", "", "", keepBlank(status));
  return `=AR.CASHFORECAST(${args.join(",")})`;
}
