import { windowTotals } from "../../../src/core/dashboard/windowTotals";
import { AS_OF, FIXTURE, scanFixture } from "./dashboardFixture";

test("S and B per currency in cents, issue rows left out (hand sums in dashboardFigures.test.ts)", () => {
  const { rows, analysis, mapping } = scanFixture();
  const sums = windowTotals(rows, analysis, mapping, AS_OF - 90, AS_OF);
  // USD S = 7300 over rows 1,3,5,6,8,13,15 (row 11's 999 has no customer: an issue row)
  expect(sums.get("USD")).toEqual({ invoicedCents: 730000, openAtStartCents: 280000, invoicedCount: 7 });
  expect(sums.get("EUR")).toEqual({ invoicedCents: 90000, openAtStartCents: 40000, invoicedCount: 1 });
});

test("rows invoiced after as-of are in neither; no invoice column gives nothing", () => {
  // as of 45830, window (45800, 45830]: USD rows invoiced in it are 3 (45820, 3000) and 6 (45810, −200)
  // = 2800; row 1 (45800) is on the start, row 15 (45838) after as-of.
  const { rows, analysis, mapping } = scanFixture(FIXTURE, 45830);
  const usd = windowTotals(rows, analysis, mapping, 45800, 45830).get("USD")!;
  expect(usd.invoicedCents).toBe(280000);
  expect(windowTotals(rows, analysis, { ...mapping, invoiceDate: undefined }, 45800, 45830).size).toBe(0);
});
