import { dashboardScope, ledgerDateRange } from "../../../src/core/dashboard/dashboardScope";
import { AS_OF, FIXTURE, scanFixture } from "./dashboardFixture";

test("the dashboard's as-of date, the rows it counts and the rows in Issues it leaves out", () => {
  const { analysis } = scanFixture();
  // 15 data rows: row 11 (no customer) and row 12 (amount "n/a") are in Issues; the other 13 count.
  expect(dashboardScope(analysis, AS_OF + 0.75)).toEqual({ asOf: 45838, rowsCounted: 13, rowsLeftOut: 2 });
});

test("the ledger's first and latest invoice date, from the rows the scan accepted", () => {
  const { rows, mapping, analysis } = scanFixture();
  // invoice dates of accepted rows: earliest row 7 (Delta, 45600), latest row 15 (Beta, 45838)
  expect(ledgerDateRange({ rows, mapping, analysis, dateSystem: 1900 })).toEqual({ first: 45600, latest: 45838 });
  // Without an invoice-date column the due dates stand in: earliest row 7 (45630), latest row 15 (45868)
  const noInvoice = scanFixture(FIXTURE.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6]]));
  expect(ledgerDateRange({ ...noInvoice, dateSystem: 1900 })).toEqual({ first: 45630, latest: 45868 });
  // Nothing accepted: no range
  const none = scanFixture([FIXTURE[0], FIXTURE[11]]);
  expect(ledgerDateRange({ ...none, dateSystem: 1900 })).toBeNull();
});
