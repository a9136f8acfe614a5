import { riskGrade, riskScore } from "../../src/functions/risk";
import { errorOf } from "../support/excelValues";

/* AR.RISKSCORE and AR.RISKGRADE as Excel calls them (scalar arguments). Points by hand from the
   spec's segments: days late 0→0 … 60→40; overdue share 0→0 … 0.5→30; credit use 0.5→0 … 1→20;
   trend 0→0 … 15→10. */

describe("AR.RISKSCORE", () => {
  test("30 days, 25% overdue, 75% used, 7.5-day trend: 20 + 15 + 10 + 5 = 50", () => {
    expect(riskScore(30, 0.25, 0.75, 7.5)).toBe(50);
    expect(riskScore([[30]], "25%", "75%", "7.5")).toBe(50);
  });

  test("at or past every cap: 40 + 30 + 20 + 10 = 100; all low: 0; trend omitted is 0", () => {
    expect(riskScore(90, 0.8, 1.4, 20)).toBe(100);
    expect(riskScore(0, 0, 0.5, null)).toBe(0);
  });

  test("rounded half away from zero: 9 days → 6 points, 0.1 share → 6, use 0.5 → 0: 12; share 0.1125 gives 6.75 → 12.75 → 13", () => {
    expect(riskScore(9, 0.1, 0.5)).toBe(12);
    expect(riskScore(9, 0.1125, 0.5)).toBe(13);
  });

  test("blank is #N/A; text #VALUE!", () => {
    expect(errorOf(riskScore(null, 0.1, 0.5))).toEqual({ code: "#N/A", message: "avg_days_late is blank" });
    expect(errorOf(riskScore(10, "high", 0.5)).code).toBe("#VALUE!");
  });
});

describe("AR.RISKGRADE", () => {
  test("bands A 0–19, B 20–39, C 40–59, D 60–79, E 80–100", () => {
    expect([0, 19.5, 20, 47, 60, 79, 80, 100].map((s) => riskGrade(s))).toEqual(["A", "A", "B", "C", "D", "D", "E", "E"]);
  });

  test("outside 0–100 is #VALUE!", () => {
    expect(errorOf(riskGrade(101)).code).toBe("#VALUE!");
    expect(errorOf(riskGrade(-1)).code).toBe("#VALUE!");
  });
});
