import { parseOwnedReports } from "../../src/excel/ownedReports";
import { reportLedgerRanges } from "../../src/excel/reportLedgerRanges";

const ledger = (mapping: Record<string, number>, rows = 3, firstDataRow = 4, firstColumn = 1) => ({
  sheet: "应收账款",
  firstDataRow,
  firstColumn,
  mapping,
  rows: Array.from({ length: rows }, () => []),
});

test("absolute ranges of the data rows, offset by the ledger's first column", () => {
  // data rows 5..7 (0-based 4..6); ledger starts in column B, so ledger column 0 is B
  expect(reportLedgerRanges(ledger({ customer: 0, dueDate: 3, amount: 4, currency: 26 }))).toEqual({
    sheetName: "应收账款",
    customer: "$B$5:$B$7",
    dueDate: "$E$5:$E$7",
    amount: "$F$5:$F$7",
    currency: "$AB$5:$AB$7",
  });
});

test("the scan's Days overdue result column becomes daysOverdue over the same data rows", () => {
  // result column 0-based 9 = J; data rows 5..7 as above
  expect(reportLedgerRanges({ ...ledger({ customer: 0, dueDate: 3, amount: 4 }), resultColumn: 9 })).toEqual({
    sheetName: "应收账款",
    customer: "$B$5:$B$7",
    dueDate: "$E$5:$E$7",
    amount: "$F$5:$F$7",
    daysOverdue: "$J$5:$J$7",
  });
});

test("an open-amount column stands in for a missing amount column", () => {
  expect(reportLedgerRanges(ledger({ customer: 0, dueDate: 1, openAmount: 2 }, 1, 1, 0))).toMatchObject({ amount: "$C$2:$C$2" });
});

test("what a formula cannot do without is refused with a message", () => {
  expect(reportLedgerRanges(ledger({ customer: 0, amount: 1, dueDate: 2 }, 0))).toMatchObject({
    message: "the ledger has no data rows to report on",
  });
  expect(reportLedgerRanges(ledger({ amount: 1, dueDate: 2 }))).toMatchObject({ message: "the report needs a customer column" });
  expect(reportLedgerRanges(ledger({ customer: 0, dueDate: 2 }))).toMatchObject({ message: "the report needs an amount column" });
  expect(reportLedgerRanges(ledger({ customer: 0, amount: 1, invoiceDate: 2, terms: 3 }))).toMatchObject({
    message: expect.stringMatching(/needs a due-date column/),
  });
});

test("owned-report records: damaged settings count as none", () => {
  expect(parseOwnedReports(undefined)).toEqual([]);
  expect(parseOwnedReports("{not json")).toEqual([]);
  expect(
    parseOwnedReports(
      '[{"sheet":"AR Summary","ranges":["A1:B5"],"charts":["c"]},{"sheet":1},{"sheet":"X","ranges":[1],"charts":[]}]',
    ),
  ).toEqual([{ sheet: "AR Summary", ranges: ["A1:B5"], charts: ["c"] }]);
});
