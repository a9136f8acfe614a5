import { ArSheet, useArFunctions } from "../support/arSheet";
import { sampleBacktestLedger } from "../core/forecast/distribution/sampleBacktestLedger";

/* AR.CASHFORECAST with bands and AR.FORECASTBACKTEST typed into a real spreadsheet engine (HyperFormula
   through the test bridge, as the preview computes them), on the core's hand-worked case and on the
   project's sample ledger (test/fixtures/sampleWorkbook.ts, the preview's demo workbook, as of 2025-06-30). */

const AS_OF = 45838; // 2025-06-30

let sheet: ArSheet;
const block = (from: string, to: string) => sheet.block(from, to);
const put = (cell: string, formula: string) => sheet.put(cell, formula);

useArFunctions();

afterEach(() => sheet.destroy());

test("AR.CASHFORECAST spills seven columns with bands TRUE, five without", () => {
  // X paid 1,000.00 10 days late and 1,000.00 30 days late (same due); 500.00 open due AS_OF + 3: 250.00 in
  // period 1 (due + 10 = AS_OF + 13) and period 4 (due + 30 = AS_OF + 33), each with the band [0, 500.00]
  // (μ = 250, σ = 250: μ − 1.2816σ < 0; μ + 1.2816σ = 570.39 > 500.00 → 500.00).
  sheet = new ArSheet([
    ["X", 1000, 45700, 45710],
    ["X", 1000, 45700, 45730],
    ["X", 500, AS_OF + 3, null],
  ]);
  put("F1", `=AR.CASHFORECAST(A1:A3,B1:B3,C1:C3,D1:D3,${AS_OF},,,,,,TRUE())`); // HyperFormula spells TRUE as TRUE()
  expect(block("F1", "L1")).toEqual([["Period start", "Period end", "Expected", "Cumulative", "Invoices", "P10", "P90"]]);
  expect(block("F3", "L3")).toEqual([[AS_OF + 7, AS_OF + 13, 250, 250, 1, 0, 500]]);
  expect(block("F6", "L6")).toEqual([[AS_OF + 28, AS_OF + 34, 250, 500, 1, 0, 500]]);
  expect(block("F18", "L18")).toEqual([["Total open", "", 500, 500, 1, "", ""]]);
  put("N1", `=AR.CASHFORECAST(A1:A3,B1:B3,C1:C3,D1:D3,${AS_OF},,,,,"point")`);
  // Point: average 20 days late → AS_OF + 23, period 3 (AS_OF + 21 … + 27), five columns.
  expect(block("N5", "R5")).toEqual([[AS_OF + 21, AS_OF + 27, 500, 500, 1]]);
  expect(sheet.value("S1")).toBeNull();
});

describe("AR.FORECASTBACKTEST on the sample ledger, per currency", () => {
  test.each(["USD", "EUR"])(
    "%s: the distribution's WAPE is below the due date's and the average days late's; coverage within 10 points of 80%%",
    (currency) => {
      const ledger = sampleBacktestLedger("en", AS_OF, currency);
      const rows = ledger.customers.map((customer, i) => [
        customer,
        ledger.amountsCents[i] / 100,
        ledger.dueSerials[i],
        ledger.paidSerials[i],
        ledger.invoiceSerials[i],
        ledger.statuses?.[i] ?? null,
      ]);
      const n = rows.length;
      sheet = new ArSheet(rows);
      put("H1", `=AR.FORECASTBACKTEST(A1:A${n},B1:B${n},C1:C${n},D1:D${n},E1:E${n},DATE(2025,6,30),,,,F1:F${n})`);
      // Header, weeks 1 … 13, All weeks on row 15: Week, Weeks scored, Collected, WAPE ×3, Bias ×3, coverage.
      const [all] = block("H15", "Q15") as (string | number)[][];
      expect(all[0]).toBe("All weeks");
      expect(all[1]).toBe(12 * 13); // 12 month-ends × 13 weeks, all behind as-of
      const [, , collected, distribution, dueDate, averageLate, , , , coverage] = all as number[];
      expect(collected).toBeGreaterThan(0);
      expect(distribution).toBeLessThan(dueDate);
      expect(distribution).toBeLessThan(averageLate);
      expect(Math.abs(coverage - 0.8)).toBeLessThanOrEqual(0.1);
    },
  );
});
