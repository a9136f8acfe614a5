import { isFailure } from "../../../src/core/failure";
import { historyLedgersFromScan } from "../../../src/core/history/historyLedgerFromScan";
import { provisionMatrix } from "../../../src/core/history/provisionMatrix";
import { rollRates } from "../../../src/core/history/rollRates";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";
import { EDGES, EUR_ROWS, MONTH_ENDS, USD_ROWS } from "./sharedExample";

const AS_OF = 45777; // 2025-04-30
const MAPPING: LedgerMapping = { customer: 0, invoiceNo: 1, amount: 2, invoiceDate: 3, dueDate: 4, paidDate: 5, currency: 6 };

/* The shared example (USD) and the second currency (EUR) as one scanned ledger, the currencies
   interleaved, amounts as the sheet shows them, plus a blank row and a row with an unreadable due
   date (an issue), which the history leaves out, and invoice F with a blank currency cell, which
   goes to the default currency, USD. Rows: 0–1 A, B · 2–3 G, H · 4–6 C, D, E · 7 blank · 8 issue ·
   9–10 I, J · 11 F. */
const sheetRow = ([invoice, cents, invoiced, due, paid]: (typeof USD_ROWS)[number], currency: string, customer: string) => [
  customer,
  invoice,
  cents / 100,
  invoiced,
  due,
  paid ?? "",
  currency,
];
const ROWS: unknown[][] = [
  ...USD_ROWS.slice(0, 2).map((row) => sheetRow(row, "USD", "Acme")),
  ...EUR_ROWS.slice(0, 2).map((row) => sheetRow(row, "EUR", "Bolt")),
  ...USD_ROWS.slice(2, 5).map((row) => sheetRow(row, "USD", "Acme")),
  ["", "", "", "", "", "", ""],
  ["Bad", "Z1", 10, 45600, "next week", "", "USD"],
  ...EUR_ROWS.slice(2).map((row) => sheetRow(row, "EUR", "Bolt")),
  sheetRow(USD_ROWS[5], "", "Cato"), // F with a blank currency: the default, USD
];

function scan() {
  const analysis = analyzeLedger(ROWS, { mapping: MAPPING, asOf: AS_OF, dateSystem: 1900, defaultCurrency: "USD" });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return { rows: ROWS, mapping: MAPPING, analysis, asOf: AS_OF, dateSystem: 1900 as const };
}

describe("historyLedgersFromScan", () => {
  const histories = historyLedgersFromScan(scan());

  test("one history per currency, in the portfolio's order, accepted rows only", () => {
    expect(histories.map((h) => h.currency)).toEqual(scan().analysis.portfolio.map((p) => p.currency));
    expect(histories.map((h) => h.currency).sort()).toEqual(["EUR", "USD"]);
    const usd = histories.find((h) => h.currency === "USD")!;
    const eur = histories.find((h) => h.currency === "EUR")!;
    // USD: rows 0, 1 (A, B), 4, 5, 6 (C, D, E), 11 (F, blank currency); the blank row 7 and the issue row 8 are out.
    expect(Array.from(usd.rowIndexes)).toEqual([0, 1, 4, 5, 6, 11]);
    expect(Array.from(eur.rowIndexes)).toEqual([2, 3, 9, 10]);
  });

  test("amounts, invoice, due and paid dates as the sheet holds them (paid rows keep their invoice amount)", () => {
    const usd = histories.find((h) => h.currency === "USD")!.ledger;
    expect(Array.from(usd.amountCents)).toEqual([100000, 200000, 50000, -30000, 80000, 150000]);
    expect(Array.from(usd.invoiceSerial)).toEqual([45667, 45662, 45682, 45672, 45698, 45627]);
    expect(Array.from(usd.dueSerial)).toEqual([45697, 45677, 45712, 45672, 45728, 45657]);
    expect(Array.from(usd.paidSerial)).toEqual([45708, Number.NaN, 45731, Number.NaN, Number.NaN, 45726]);
  });

  test("each currency's roll rates and provision are its own hand-worked figures", () => {
    const usd = histories.find((h) => h.currency === "USD")!.ledger;
    const eur = histories.find((h) => h.currency === "EUR")!.ledger;
    // USD pooled 1,300/2,300 … (the shared example); EUR 400/650 … (the second currency).
    expect(rollRates(usd, MONTH_ENDS, EDGES).pooled.map((r) => r.rolledCents)).toEqual([130000, 280000, 200000, 200000]);
    expect(rollRates(eur, MONTH_ENDS, EDGES).pooled.map((r) => r.rolledCents)).toEqual([40000, 100000, 60000, 60000]);
    expect(provisionMatrix(usd, { edges: EDGES, asOf: AS_OF, months: 4 }).provisionCents).toBe(232000);
    expect(provisionMatrix(eur, { edges: EDGES, asOf: AS_OF, months: 4 }).provisionCents).toBe(96923);
  });

  test("a row with nothing open and no paid date is left out; a part payment on or before as-of stays open", () => {
    const mapping: LedgerMapping = { ...MAPPING, openAmount: 7 };
    // Row 0: 500.00 invoiced, open 0, no paid date → settled at an unknown date: out.
    // Row 1: 900.00, open 400.00, paid 45700 (before as-of) → a part payment: open, paid NaN.
    // Row 2: 300.00, open 300.00, paid 45800 (after as-of) → open, paid 45800 kept.
    const rows = [
      ["Acme", "P1", 500, 45600, 45630, "", "USD", 0],
      ["Acme", "P2", 900, 45600, 45630, 45700, "USD", 400],
      ["Acme", "P3", 300, 45600, 45630, 45800, "USD", 300],
    ];
    const analysis = analyzeLedger(rows, { mapping, asOf: AS_OF, dateSystem: 1900 });
    if (isFailure(analysis)) throw new Error(analysis.message);
    const [usd] = historyLedgersFromScan({ rows, mapping, analysis, asOf: AS_OF, dateSystem: 1900 });
    expect(Array.from(usd.rowIndexes)).toEqual([1, 2]);
    expect(Array.from(usd.ledger.amountCents)).toEqual([90000, 30000]);
    expect(Array.from(usd.ledger.paidSerial)).toEqual([Number.NaN, 45800]);
  });
});
