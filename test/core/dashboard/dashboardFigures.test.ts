import { dashboardFigures } from "../../../src/core/dashboard/dashboardFigures";
import type { CurrencyDashboard } from "../../../src/core/dashboard/dashboardTypes";
import { isFailure } from "../../../src/core/failure";
import { AS_OF, FIXTURE, scanFixture } from "./dashboardFixture";

/* Hand calculation for the fixture (see dashboardFixture.ts for the rows).
 USD
  open at as-of E  = rows 1,3,4,6,8,13,15 = 1000+3000+500−200+700+1200+100 = 6300
    (row 4 paid after as-of is open; row 7 has a paid status; rows 11, 12 are issues)
  (balances.ts) overdue = undisputed invoices past due = rows 1,4,13 = 1000+500+1200 = 2700 → 2700/6300
  disputed = row 8 (Delta, 18 days) = 700 (1), apart; credit notes = row 6 (Gamma) = −200 (1), apart
  current for the ratios (due ≥ as-of, everything open) = rows 3,6,15 = 3000−200+100 = 2900
  aging (invoices, disputed and credits apart): Current 3000+100 = 3100 (2) · 1-30 1000 (1) ·
        31-60 1200 (1) · 61-90 0 · 91+ 500 (1); 3100+1000+1200+500 + 700 − 200 = 6300 = open
  S (invoiced in (45748, 45838]) = rows 1,3,5,6,8,13,15 = 1000+3000+1500−200+700+1200+100 = 7300
  B (invoiced ≤ 45748, open at 45748) = rows 2 (paid 45790), 4 (paid 45840), 14 (paid 45760) = 2000+500+300 = 2800
  DSO   = 6300/7300 × 90 = 5670/73 = 77.67123…
  BPDSO = 2900/7300 × 90 = 2610/73 = 35.75342…
  ADD   = (6300−2900)/7300 × 90 = 3060/73 = 41.91780…
  CEI   = (2800+7300−6300)/(2800+7300−2900) = 3800/7200 = 0.52777…
          (check: collected in the window = rows 2, 5, 14 = 2000+1500+300 = 3800)
  customers (open / overdue / limit); risk points (src/core/risk/riskScore.ts): debt age = oldest
  overdue days × 35/90 (cap 35), days late × 25/60 (cap 25; never paid: oldest overdue days instead),
  share × 40 (cap 20), (use − 0.5) × 30 (0…15), trend / 3 (cap 5):
   Acme 1000/1000/5000: use 0.2; review 1000 ≥ 500; days late (20×2000 + 0×300)/2300 = 17.3913;
        oldest overdue 8 days (row 1); points debt age 8 × 35/90 = 3.11 → 3, days late 17.3913 × 25/60
        = 7.25 → 7, share 1 → 20, use 0, trend 0 (both payments recent); score 30.36 → 30 B
   Beta 3600/500/3000: use 1.2 (over limit); review 500 ≥ 300; no payment by as-of (row 4 paid after
        it): never paid; oldest overdue 108 days (row 4); debt age 35, never paid 25 (108 ≥ 60),
        share 500/3600 = 0.1389 → 5.56 → 6, use → 15; score 80.56 → 81 E
   Gamma −200/0/none: days late 10 → 4.17 → 4; nothing overdue; score 4 A
   Delta 700/0/500 (700 disputed): use 1.4 (over limit); no review (overdue 0 < 50); nothing paid
        but nothing overdue either (disputed is apart): share 0, use → 15; score 15 A
   Epsilon 1200/1200/none: never paid, 58 days overdue: debt age 58 × 35/90 = 22.56, never paid
        58 × 25/60 = 24.17, share 1 → 20; score 66.72 → 67 D
  concentration: positive balances 1000+3600+700+1200 = 6500 (Gamma's credit left out); Beta 3600/6500 = 0.553846 > 0.2
 EUR
  E = 900 (row 9), overdue 0, current 900, S = 900 (row 9), B = 400 (row 10, paid 45760 > 45748)
  DSO = BPDSO = 900/900 × 90 = 90, ADD = 0, CEI = (400+900−900)/(400+900−900) = 1
  Euro GmbH: days late 30 → 12.5 points, nothing overdue; score 12.5 → 13 A; concentration 1 (flagged)
*/

function figures(options: Partial<Parameters<typeof dashboardFigures>[3]> = {}): CurrencyDashboard[] {
  const { rows, analysis, mapping } = scanFixture();
  const result = dashboardFigures(rows, analysis, mapping, { asOf: AS_OF, ...options });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

const usd = () => figures().find((f) => f.currency === "USD")!;
const eur = () => figures().find((f) => f.currency === "EUR")!;

test("per-currency totals and aging match the hand figures", () => {
  const f = usd();
  expect([f.open, f.overdue]).toEqual([6300, 2700]);
  expect([f.disputed, f.disputedCount, f.credits, f.creditNoteCount]).toEqual([700, 1, -200, 1]);
  expect(f.overduePct).toBeCloseTo(2700 / 6300, 12);
  expect(f.buckets.map((b) => [b.label, b.amount, b.count])).toEqual([
    ["Current", 3100, 2],
    ["1-30", 1000, 1],
    ["31-60", 1200, 1],
    ["61-90", 0, 0],
    ["91+", 500, 1],
  ]);
  expect(figures().map((c) => c.currency)).toEqual(["USD", "EUR"]);
});

test("the trailing window: S, B, E, E current and DSO/BPDSO/ADD/CEI", () => {
  const f = usd();
  expect(f.window).toEqual({ start: 45748, end: 45838, days: 90, openAtStart: 2800, invoiced: 7300, open: 6300, current: 2900 });
  expect(f.dso).toBeCloseTo(5670 / 73, 10);
  expect(f.bpdso).toBeCloseTo(2610 / 73, 10);
  expect(f.add).toBeCloseTo(3060 / 73, 10);
  expect(f.cei).toBeCloseTo(3800 / 7200, 12);
  const e = eur();
  expect(e.window).toMatchObject({ openAtStart: 400, invoiced: 900, open: 900, current: 900 });
  expect([e.dso, e.bpdso, e.add, e.cei]).toEqual([90, 90, 0, 1]);
});

test("a 30-day window moves rows out of S and into B", () => {
  // start 45808: S = rows 3 (45820), 6 (45810), 15 (45838) = 3000−200+100 = 2900.
  // B = invoiced ≤ 45808 and open at 45808: rows 1 (1000), 4 (500), 8 (700), 13 (1200) = 3400
  //     (rows 2 paid 45790, 5 paid 45800, 14 paid 45760 are settled by then; 7 has a paid status)
  // DSO = 6300/2900 × 30 = 65.17…; CEI = (3400+2900−6300)/(3400+2900−2900) = 0
  const f = figures({ trailingDays: 30 }).find((c) => c.currency === "USD")!;
  expect(f.window).toMatchObject({ start: 45808, invoiced: 2900, openAtStart: 3400 });
  expect(f.dso).toBeCloseTo((6300 / 2900) * 30, 10);
  expect(f.cei).toBe(0);
});

test("top overdue, concentration, over limit and review flags", () => {
  const f = usd();
  expect(f.topOverdue.map((c) => [c.customer, c.overdue])).toEqual([
    ["Epsilon", 1200],
    ["Acme", 1000],
    ["Beta", 500],
  ]);
  expect(figures({ topN: 2 })[0].topOverdue.map((c) => c.customer)).toEqual(["Epsilon", "Acme"]);
  expect(f.concentration.customer).toBe("Beta");
  expect(f.concentration.share).toBeCloseTo(3600 / 6500, 12);
  expect(f.concentration.flagged).toBe(true);
  expect(figures({ concentrationFlag: 0.6 })[0].concentration.flagged).toBe(false);
  expect(eur().concentration).toEqual({ share: 1, customer: "Euro GmbH", flagged: true });
  expect(f.overLimit.map((c) => [c.customer, c.creditUse])).toEqual([
    ["Delta", 1.4],
    ["Beta", 1.2],
  ]);
  // Delta's 700 is disputed: not overdue, so not reviewed on it.
  expect(f.reviewFlagged.map((c) => c.customer)).toEqual(["Acme", "Beta"]);
});

test("risk grades with the factors and points behind each", () => {
  const f = usd();
  expect(f.riskGrades.counts).toEqual({ A: 2, B: 1, C: 0, D: 1, E: 1 });
  const byName = new Map(f.riskGrades.customers.map((c) => [c.customer, c]));
  const acme = byName.get("Acme")!;
  expect(acme).toMatchObject({ grade: "B", score: 30, overdueShare: 1, creditUse: 0.2, trend: 0, oldestDaysOverdue: 8 });
  expect(acme.avgDaysLate).toBeCloseTo(40000 / 2300, 10);
  expect(acme.points).toEqual({ debtAge: 3, daysLate: 7, neverPaid: 0, overdueShare: 20, creditUse: 0, trend: 0 });
  expect(byName.get("Beta")).toMatchObject({
    grade: "E",
    score: 81,
    neverPaid: true,
    oldestDaysOverdue: 108,
    points: { debtAge: 35, daysLate: 0, neverPaid: 25, overdueShare: 6, creditUse: 15, trend: 0 },
  });
  expect(byName.get("Beta")!.overdueShare).toBeCloseTo(500 / 3600, 12);
  expect(byName.get("Gamma")).toMatchObject({ grade: "A", score: 4, overdueShare: 0, creditUse: null, points: { daysLate: 4 } });
  expect(byName.get("Delta")).toMatchObject({ grade: "A", score: 15, points: { overdueShare: 0, creditUse: 15, neverPaid: 0 } });
  expect(byName.get("Epsilon")).toMatchObject({
    grade: "D",
    score: 67,
    points: { debtAge: 23, neverPaid: 24, overdueShare: 20 },
  });
  // riskiest first
  expect(f.riskGrades.customers.map((c) => c.customer)).toEqual(["Beta", "Epsilon", "Acme", "Delta", "Gamma"]);
  expect(eur().riskGrades.customers[0]).toMatchObject({ customer: "Euro GmbH", grade: "A", score: 13, avgDaysLate: 30 });
});

test("without invoice dates there is no window; without paid dates no CEI", () => {
  const noInvoice = FIXTURE.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6]]);
  const a = scanFixture(noInvoice);
  const withoutInvoice = dashboardFigures(a.rows, a.analysis, a.mapping, { asOf: AS_OF }) as CurrencyDashboard[];
  expect(withoutInvoice[0]).toMatchObject({ window: null, dso: null, bpdso: null, add: null, cei: null, open: 6300 });

  // Without paid dates every row without a paid status is open: USD E = 6300 + 2000 + 1500 + 300 = 10100
  const noPaid = FIXTURE.map((row) => [row[0], row[1], row[2], row[3], row[4], row[6]]);
  const b = scanFixture(noPaid);
  const withoutPaid = dashboardFigures(b.rows, b.analysis, b.mapping, { asOf: AS_OF }) as CurrencyDashboard[];
  expect(withoutPaid[0]).toMatchObject({ open: 10100, cei: null });
  expect(withoutPaid[0].dso).toBeCloseTo((10100 / 7300) * 90, 10);
});

test("nothing invoiced in the window leaves the ratios null, not an error", () => {
  // as of 2026-06-30 (46203) nothing was invoiced in the 90 days before
  const { rows, analysis, mapping } = scanFixture(FIXTURE, 46203);
  const later = dashboardFigures(rows, analysis, mapping, { asOf: 46203 }) as CurrencyDashboard[];
  expect(later[0].window).toMatchObject({ invoiced: 0 });
  expect([later[0].dso, later[0].bpdso, later[0].add]).toEqual([null, null, null]);
});

test("bad options are failures", () => {
  const { rows, analysis, mapping } = scanFixture();
  expect(dashboardFigures(rows, analysis, mapping, { asOf: AS_OF, trailingDays: 0 })).toMatchObject({ code: "divideByZero" });
  expect(dashboardFigures(rows, analysis, mapping, { asOf: AS_OF, trailingDays: 7.5 })).toMatchObject({ code: "outOfRange" });
  expect(dashboardFigures(rows, analysis, mapping, { asOf: AS_OF, concentrationFlag: 1.5 })).toMatchObject({
    code: "outOfRange",
  });
  expect(dashboardFigures(rows, analysis, mapping, { asOf: AS_OF, topN: -1 })).toMatchObject({ code: "outOfRange" });
});
