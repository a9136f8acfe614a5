import { riskGrade, riskScore } from "../../src/functions/risk";
import { errorOf } from "../support/excelValues";

/* AR.RISKSCORE and AR.RISKGRADE as Excel calls them (scalar arguments). Points by hand from the
   segments (src/core/risk/riskScore.ts): oldest overdue days 0→0 … 90→35; days late 0→0 … 60→25
   (never paid: the oldest overdue days); overdue share 0→0 … 0.5→20; credit use 0.5→0 … 1→15;
   trend 0→0 … 15→5. */

describe("AR.RISKSCORE", () => {
  test("30 days, 25% overdue, 75% used, 7.5-day trend: 12.5 + 10 + 7.5 + 2.5 = 32.5 → 33", () => {
    expect(riskScore(30, 0.25, 0.75, 7.5)).toBe(33);
    expect(riskScore([[30]], "25%", "75%", "7.5")).toBe(33);
  });

  test("the age of unpaid debt and never paid: 180 days, all overdue, no limit, never paid → 35 + 25 + 20 = 80", () => {
    expect(riskScore(0, 1, 0, null, 180, true)).toBe(80);
    expect(riskScore(0, "100%", 0, 0, "180", "TRUE")).toBe(80);
    // The same customer with a payment on record (on time): 35 + 0 + 20 = 55.
    expect(riskScore(0, 1, 0, null, 180, false)).toBe(55);
    // never_paid omitted is FALSE; oldest_days_overdue omitted is 0: 20 alone.
    expect(riskScore(0, 1, 0)).toBe(20);
  });

  test("at or past every cap: 25 + 20 + 15 + 5 + 35 = 100; all low: 0; trend omitted is 0", () => {
    expect(riskScore(90, 0.8, 1.4, 20, 120)).toBe(100);
    expect(riskScore(0, 0, 0.5, null)).toBe(0);
  });

  test("rounded half away from zero: 9 days → 3.75, 0.1 share → 4, use 0.5 → 0: 7.75 → 8; 6 days → 2.5 + 4 = 6.5 → 7", () => {
    expect(riskScore(9, 0.1, 0.5)).toBe(8);
    expect(riskScore(6, 0.1, 0.5)).toBe(7);
  });

  test("blank is #N/A; text #VALUE!", () => {
    expect(errorOf(riskScore(null, 0.1, 0.5))).toEqual({ code: "#N/A", message: "avg_days_late is blank" });
    expect(errorOf(riskScore(10, "high", 0.5)).code).toBe("#VALUE!");
    expect(errorOf(riskScore(10, 0.1, 0.5, 0, 0, "perhaps")).code).toBe("#VALUE!");
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
