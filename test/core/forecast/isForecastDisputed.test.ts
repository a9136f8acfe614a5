import { isForecastDisputed } from "../../../src/core/forecast/isForecastDisputed";

describe("isForecastDisputed", () => {
  it("reads the spec's dispute words, trimmed and in any case", () => {
    for (const status of ["disputed", " Dispute ", "DISPUTED", "争议", " 有争议"]) expect(isForecastDisputed(status)).toBe(true);
  });

  it("leaves other statuses, blanks and missing cells in the forecast", () => {
    // "in dispute" is a dunningStatus variant the forecast's documented behaviour does not include.
    for (const status of ["promised", "paid", "", "   ", "in dispute", "undisputed", null, undefined]) {
      expect(isForecastDisputed(status)).toBe(false);
    }
  });
});
