import type { DateSystem } from "../dates/excelSerial";
import { RowState, type LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import { CellStatus, LedgerCellReader } from "../ledger/ledgerCellReader";
import type { LedgerMapping } from "../ledger/ledgerFields";
import type { LedgerDateRange } from "./asOfPlausibility";

/** What a dashboard's figures stand on: the as-of date and the rows left out of every figure. */
export interface DashboardScope {
  readonly asOf: number;
  /** Rows the scan accepted: the ones every figure counts. */
  readonly rowsCounted: number;
  /** Rows listed in Issues (each once): left out of every figure. */
  readonly rowsLeftOut: number;
}

/**
 * The dashboard's as-of date and how many rows it counted and left out (the rows listed in Issues).
 *
 * @example
 * dashboardScope(analysis, 45838) //=> { asOf: 45838, rowsCounted: 13, rowsLeftOut: 2 }
 */
export function dashboardScope(analysis: LedgerAnalysis, asOf: number): DashboardScope {
  const { state, count } = analysis.rows;
  let counted = 0;
  for (let i = 0; i < count; i++) if (state[i] === RowState.accepted) counted++;
  const leftOut = new Set(analysis.issues.map((issue) => issue.rowIndex)).size;
  return { asOf: Math.floor(asOf), rowsCounted: counted, rowsLeftOut: leftOut };
}

/** What ledgerDateRange reads (a ScannedLedger fits). */
export interface DatedLedger {
  readonly rows: readonly (readonly unknown[])[];
  readonly mapping: LedgerMapping;
  readonly analysis: LedgerAnalysis;
  readonly dateSystem: DateSystem;
}

/**
 * The earliest and latest invoice date of the rows a scan accepted — their due dates where the
 * ledger has no invoice date (or a row's cannot be read) — or null when no row was accepted. The
 * pane checks the next as-of date against it (checkAsOf).
 *
 * @example
 * ledgerDateRange(scanned) //=> { first: 45600, latest: 45838 }
 */
export function ledgerDateRange(ledger: DatedLedger): LedgerDateRange | null {
  const { rows, mapping, analysis } = ledger;
  const results = analysis.rows;
  const reader = new LedgerCellReader(ledger.dateSystem);
  const column = mapping.invoiceDate;
  let first = Infinity,
    latest = -Infinity;
  for (let i = 0; i < results.count; i++) {
    if (results.state[i] !== RowState.accepted) continue;
    let serial = results.dueSerial[i];
    if (column !== undefined && column >= 0) {
      const read = reader.serial(rows[i]?.[column]);
      if (reader.status === CellStatus.ok && Number.isFinite(read)) serial = Math.floor(read);
    }
    if (serial < first) first = serial;
    if (serial > latest) latest = serial;
  }
  return first === Infinity ? null : { first, latest };
}
