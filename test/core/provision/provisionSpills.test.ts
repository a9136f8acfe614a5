import { rollRates } from "../../../src/core/history/rollRates";
import { lossRatesSpill, oldestLabelAfter, rollRatesSpill } from "../../../src/core/provision/provisionSpills";
import { EDGES, ledgerOf, USD_ROWS } from "../history/sharedExample";

describe("rollRatesSpill", () => {
  test("Jan→Feb of the shared example: 61-90 held nothing, so its rate is an empty cell and its balance 0", () => {
    const rolls = rollRates(ledgerOf(USD_ROWS), [45688, 45716], EDGES);
    expect(rollRatesSpill(rolls, ["Current", "1-30", "31-60", "61-90", "91+"])).toEqual([
      ["Bucket", "Roll rate", "Balance"],
      ["Current", 500 / 1500, 1500],
      ["1-30", 1, 2000],
      ["31-60", 0, 1500],
      ["61-90", "", 0],
    ]);
  });
});

describe("lossRatesSpill and oldestLabelAfter", () => {
  test("a header and one row per bucket, blank rates as empty cells", () => {
    expect(lossRatesSpill(["31-60", "61-90", "91+"], [null, 1, 1])).toEqual([
      ["Bucket", "Loss rate"],
      ["31-60", ""],
      ["61-90", 1],
      ["91+", 1],
    ]);
  });

  test("61-90 → 91+, 91-120 → 121+; a label without a range → the position", () => {
    expect(oldestLabelAfter("61-90", 5)).toBe("91+");
    expect(oldestLabelAfter("91-120", 6)).toBe("121+");
    expect(oldestLabelAfter("Current", 2)).toBe("2");
    expect(oldestLabelAfter(undefined, 1)).toBe("1");
  });
});
