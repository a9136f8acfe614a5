import type { ScanForForecast } from "../forecast/forecastLedgerFromScan";
import { RowState } from "../ledger/ledgerAnalysisTypes";
import { CellStatus, LedgerCellReader } from "../ledger/ledgerCellReader";
import { allocateHistoryLedger, type HistoryLedger } from "./historyLedger";

/** One currency's history, with each history row's index among the scan's data rows. */
export interface CurrencyHistoryLedger {
  readonly currency: string;
  readonly ledger: HistoryLedger;
  readonly rowIndexes: Int32Array;
}

/**
 * The scan's accepted rows as one history ledger per currency, for roll rates and the provision
 * matrix (never one history across currencies: their amounts cannot be added). Currencies come in
 * the order the scan's portfolio lists them; a blank currency cell is the scan's default, as in
 * forecastLedgerFromScan. Rows the scan put in Issues, and blank rows, are left out.
 *
 * - amount: the amount cell when mapped and readable (what was invoiced, paid or not), else the
 *   scan's open amount;
 * - invoice date: the invoice-date cell (NaN when unmapped or blank: the row then stays out of
 *   every snapshot, since it cannot be placed in time); due date: the scan's (terms applied);
 * - paid date: the paid-date cell. A row still open at as-of keeps a paid date only when it is after
 *   as-of (one on or before as-of beside a remaining balance records a part payment, and the
 *   invoice is still open); a row with nothing open and no paid date (settled by its status or an
 *   open amount of 0) is left out, since it cannot be told when it stopped being open.
 *
 * @example
 * // USD 1,000.00 invoiced 45667, due 45697, paid 45708; EUR 800.00 invoiced 45698, unpaid
 * historyLedgersFromScan(scan).map((h) => h.currency) //=> ["USD", "EUR"]
 */
export function historyLedgersFromScan(scan: ScanForForecast): CurrencyHistoryLedger[] {
  const { rows, mapping, analysis, asOf } = scan;
  const results = analysis.rows;
  const reader = new LedgerCellReader(scan.dateSystem);
  const cell = (row: readonly unknown[], column: number | undefined, read: (value: unknown) => number): number => {
    if (column === undefined || column < 0) return Number.NaN;
    const value = read(row[column]);
    return reader.status === CellStatus.ok ? value : Number.NaN;
  };
  const serial = (value: unknown) => reader.serial(value);
  const cents = (value: unknown) => reader.cents(value);

  // First pass: which rows, in which currency.
  const currencyOf = new Int32Array(results.count).fill(-1);
  const currencies: string[] = analysis.portfolio.map((totals) => totals.currency);
  const indexOf = new Map(currencies.map((currency, k) => [currency, k]));
  for (let i = 0; i < results.count; i++) {
    if (results.state[i] !== RowState.accepted) continue;
    const open = results.openCents[i];
    const paid = cell(rows[i], mapping.paidDate, serial);
    if (open === 0 && !(paid <= asOf)) continue; // settled, but when is unknown
    const currency = analysis.customers[results.customer[i]].currency;
    let k = indexOf.get(currency);
    if (k === undefined) {
      k = currencies.push(currency) - 1;
      indexOf.set(currency, k);
    }
    currencyOf[i] = k;
  }

  const sizes = new Int32Array(currencies.length);
  for (let i = 0; i < results.count; i++) if (currencyOf[i] >= 0) sizes[currencyOf[i]]++;
  const out = currencies.map((currency, k) => ({
    currency,
    ledger: allocateHistoryLedger(sizes[k]),
    rowIndexes: new Int32Array(sizes[k]),
  }));
  const filled = new Int32Array(currencies.length);
  for (let i = 0; i < results.count; i++) {
    const k = currencyOf[i];
    if (k < 0) continue;
    const row = rows[i];
    const { ledger, rowIndexes } = out[k];
    const at = filled[k]++;
    const amount = cell(row, mapping.amount, cents);
    const paid = cell(row, mapping.paidDate, serial);
    const open = results.openCents[i];
    ledger.amountCents[at] = amount === amount ? amount : open;
    ledger.invoiceSerial[at] = cell(row, mapping.invoiceDate, serial);
    ledger.dueSerial[at] = results.dueSerial[i];
    ledger.paidSerial[at] = open !== 0 && paid <= asOf ? Number.NaN : paid;
    rowIndexes[at] = i;
  }
  return out.filter((history) => history.ledger.count > 0);
}
