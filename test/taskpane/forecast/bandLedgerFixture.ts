import type { ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { scannedLedgerOf } from "../../support/scannedLedgerOf";

/** 2025-06-30 (serial 45838), the as-of date of the band and track-record tests. */
export const AS_OF = 45838;

/**
 * Three currencies, each one case worked by hand in ForecastBands.test.tsx (the core tests'
 * hand-worked ledgers of test/core/forecast/distribution, put through a scan):
 *
 * - EUR, Beta — the P10–P90 band by hand (probabilisticForecast.test.ts): 100.00 paid 10 days
 *   late and 300.00 paid 30 days late (same due date, so the same recency weight: P(10) = ¼,
 *   P(30) = ¾); open 200.00 and 100.00 due as-of + 3; 250.50 disputed.
 * - GBP, Gulf — conditional spreading: 1,000.00 paid 10 late and 1,000.00 paid 30 late; open
 *   500.00 already 20 days late, so it can only be a "30": all of it in the week of due + 30.
 * - USD, Acme — the track record (a month-end backtest worked by hand): history paid 10 and 20
 *   days late in January; four invoices open at 2025-03-31 and paid after it.
 *
 * Every history row is invoiced and paid within one calendar month (never open at a month-end),
 * and the EUR and GBP open rows are invoiced after 2025-03-31: so the backtest has nothing to score
 * in EUR and GBP, and in USD only the month-end 2025-03-31.
 */
export const BAND_ROWS: readonly (readonly unknown[])[] = [
  // customer, invoice no, invoice date, due date, amount, currency, paid date, status
  ["Beta", "E-1", 45658, 45658, 100, "EUR", 45668, ""],
  ["Beta", "E-2", 45658, 45658, 300, "EUR", 45688, ""],
  ["Beta", "E-3", 45811, AS_OF + 3, 200, "EUR", "", ""],
  ["Beta", "E-4", 45811, AS_OF + 3, 100, "EUR", "", ""],
  ["Beta", "E-5", 45811, AS_OF + 5, 250.5, "EUR", "", "Disputed"],
  ["Gulf", "G-1", 45658, 45658, 1000, "GBP", 45668, ""],
  ["Gulf", "G-2", 45658, 45658, 1000, "GBP", 45688, ""],
  ["Gulf", "G-3", 45788, AS_OF - 20, 500, "GBP", "", ""],
  ["Acme", "U-1", 45658, 45660, 1000, "USD", 45670, ""],
  ["Acme", "U-2", 45658, 45660, 1000, "USD", 45680, ""],
  ["Acme", "U-3", 45740, 45750, 400, "USD", 45770, ""],
  ["Acme", "U-4", 45720, 45742, 600, "USD", 45752, ""],
  ["Acme", "U-5", 45730, 45740, 500, "USD", 45755, "Disputed"],
  ["Acme", "U-6", 45747, 45822, 200, "USD", 45832, ""],
];

const MAPPING = { customer: 0, invoiceNo: 1, invoiceDate: 2, dueDate: 3, amount: 4, currency: 5, paidDate: 6, status: 7 };

/** The scan of `rows` as the pane receives it (the analysis run as the scan runs it). */
export function bandScan(rows: readonly (readonly unknown[])[] = BAND_ROWS, asOf = AS_OF): ScannedLedger {
  return scannedLedgerOf(rows, MAPPING, asOf, 8);
}
