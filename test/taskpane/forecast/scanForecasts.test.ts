import { isFailure } from "../../../src/core/failure";
import { scanForecasts } from "../../../src/taskpane/forecast/scanForecasts";
import { bandScan } from "./bandLedgerFixture";

describe("scanForecasts", () => {
  test("computes once per scan: the same scan gives the same results, a new scan new ones", () => {
    const scan = bandScan();
    const first = scanForecasts(scan);
    expect(scanForecasts(scan)).toBe(first);
    const again = scanForecasts(bandScan());
    expect(again).not.toBe(first);
    // Same rows, same figures (GBP's hand-worked week: 500.00 in period 1, see ForecastBands.test.tsx).
    for (const result of [first, again]) {
      if (isFailure(result.distribution)) throw new Error(result.distribution.message);
      expect(result.distribution.get("GBP")?.periods[1].expectedCents).toBe(50000);
    }
  });
});
