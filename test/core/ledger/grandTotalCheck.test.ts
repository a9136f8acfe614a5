import { grandTotalCheck } from "../../../src/core/ledger/grandTotalCheck";
import type { CurrencyTotals } from "../../../src/core/ledger/ledgerAnalysisTypes";

const usd = (openCents: number) => [{ currency: "USD", openCents } as CurrencyTotals];

describe("grandTotalCheck", () => {
  test("equal totals are confirmed", () => {
    // QuickBooks' TOTAL row of the fixture: 11,115.75 open = 1,111,575 cents.
    expect(grandTotalCheck("11,115.75", usd(1_111_575)).map((m) => m.en)).toEqual([
      "the export's grand total 11,115.75 equals the scan's open total",
    ]);
  });

  test("a difference is stated with both totals: 2,000.00 − 1,950.00 = 50.00", () => {
    expect(grandTotalCheck(2000, usd(195_000))[0].en).toBe(
      "the export's grand total 2,000.00 differs from the scan's open total 1,950.00 by 50.00; check the rows listed in Issues",
    );
  });

  test("SAP's decimal-comma total 51.040,90 reads as 5,104,090 cents", () => {
    expect(grandTotalCheck("51.040,90", usd(5_104_090))[0].key).toBe("grandTotalAgrees");
  });

  test("no check over two currencies, or without a readable total", () => {
    expect(grandTotalCheck("100", [...usd(1), { currency: "EUR", openCents: 2 } as CurrencyTotals])).toEqual([]);
    expect(grandTotalCheck("", usd(1))).toEqual([]);
    expect(grandTotalCheck(undefined, usd(1))).toEqual([]);
  });
});
