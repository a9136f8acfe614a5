import { parseOwnedReports } from "../../src/excel/ownedReports";
import { reportLedgerRanges } from "../../src/excel/reportLedgerRanges";

const ledger = (mapping: Record<string, number>, rows = 3, firstDataRow = 4, firstColumn = 1) => ({
  sheet: "应收账款",
  firstDataRow,
  firstColumn,
  mapping,
  rows: Array.from({ length: rows }, () => []),
});

test("from the first data row to 1,000 rows past the ledger, offset by its first column, so rows typed below count", () => {
  // ledger starts in column B, so ledger column 0 is B; data rows 5..7 (0-based 4..6), read to row 7 + 1,000
  const past = { whole: "$B:$B", covered: "$B$1:$B$1007", lastRow: 1007 };
  expect(reportLedgerRanges(ledger({ customer: 0, dueDate: 3, amount: 4, currency: 26 }))).toEqual({
    sheetName: "应收账款",
    customer: "$B$5:$B$1007",
    dueDate: "$E$5:$E$1007",
    amount: "$F$5:$F$1007",
    currency: "$AB$5:$AB$1007",
    pastRows: past,
  });
  // a 3,000-row ledger gets as many rows again: rows 2..3001, read to row 6001
  expect(reportLedgerRanges(ledger({ customer: 0, dueDate: 1, amount: 2 }, 3000, 1, 0))).toMatchObject({
    customer: "$A$2:$A$6001",
    pastRows: { lastRow: 6001 },
  });
});

test("the scan's Days overdue result column and its header cell (on the ledger's header row, above the data)", () => {
  // result column 0-based 9 = J; first data row 0-based 4 → header on sheet row 4
  expect(reportLedgerRanges({ ...ledger({ customer: 0, dueDate: 3, amount: 4 }), resultColumn: 9 })).toMatchObject({
    customer: "$B$5:$B$1007",
    daysOverdue: "$J$5:$J$1007",
    resultsHeader: "$J$4",
  });
});

test("amount and open amount both, when mapped; an open-amount column alone will do", () => {
  expect(reportLedgerRanges(ledger({ customer: 0, dueDate: 1, openAmount: 2 }, 1, 1, 0))).toMatchObject({
    openAmount: "$C$2:$C$1002",
  });
  expect(reportLedgerRanges(ledger({ customer: 0, dueDate: 1, amount: 2, openAmount: 3 }, 1, 1, 0))).toMatchObject({
    amount: "$C$2:$C$1002",
    openAmount: "$D$2:$D$1002",
  });
});

test("the invoice numbers the scan found repeated, and the number columns an unseen row must hold numbers in", () => {
  // rows: INV-1, INV-1 again (the scan's duplicateInvoice issue on row index 1), credit limit in column 3
  const rows = [
    ["Acme", "INV-1"],
    ["Acme", " INV-1 "],
  ];
  const analysis = { issues: [{ code: "duplicateInvoice", rowIndex: 1, field: "invoiceNo", reason: "" }] };
  const ranges = reportLedgerRanges({
    ...ledger({ customer: 0, invoiceNo: 1, dueDate: 2, amount: 3, creditLimit: 4 }, 0, 1, 0),
    rows,
    analysis: analysis as never,
  });
  expect(ranges).toMatchObject({ invoiceNo: "$B$2:$B$1003", repeatedInvoices: ["INV-1"], numberColumns: ["$E$2:$E$1003"] });
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
