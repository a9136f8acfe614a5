import { DunningStatus, dunningStatus } from "../../../src/core/dunning/dunningStatus";
import { DISPUTED_STATUS_WORDS, ledgerFormulas, PAID_STATUS_WORDS } from "../../../src/core/report/ledgerFormulas";

test("the paid and disputed words are exactly those the scan reads so, padded or not", () => {
  for (const word of PAID_STATUS_WORDS) expect(dunningStatus(` ${word.toUpperCase()} `)).toBe(DunningStatus.paid);
  for (const word of DISPUTED_STATUS_WORDS) expect(dunningStatus(word)).toBe(DunningStatus.disputed);
  expect(["promised", ""].map(dunningStatus)).not.toContain(DunningStatus.paid);
});

/* Every formula text below is written out by hand. Whole columns; the as-of cell $B$2, the window start $B$4. */
const L = "'Ledger'!";
const [CUST, AMT, DUE, CUR, STAT, PAID, OPEN] = ["A", "B", "C", "D", "E", "F", "G"].map((c) => `${L}$${c}:$${c}`);
const multi = ledgerFormulas(
  {
    sheetName: "Ledger",
    customer: "$A:$A",
    amount: "$B:$B",
    dueDate: "$C:$C",
    currency: "'Ledger'!$D:$D", // a range that already names its sheet is kept as is
    status: "$E:$E",
    paidDate: "$F:$F",
    openAmount: "$G:$G",
  },
  "$B$2",
  "$B$4",
);
const COUNTS = `(TRIM(${CUST})<>"")*ISNUMBER(${DUE})*((ISNUMBER(${AMT})+ISNUMBER(${OPEN}))>0)`;
const PAID_WORDS = `ISNUMBER(MATCH(TRIM(${STAT}),{"paid","已付","已付款"},0))`;
const DISPUTED_WORDS = `ISNUMBER(MATCH(TRIM(${STAT}),{"disputed","dispute","in dispute","争议","有争议"},0))`;
// the open amount: the Open amount cell when a number, else the amount unless paid by as-of or by status
const OPEN_AT_AS_OF = `IF(ISNUMBER(${OPEN}),${OPEN},IF((ISNUMBER(${PAID})*(${PAID}<=$B$2)+${PAID_WORDS})>0,0,${AMT}))`;

test("open: every counted row's open amount in the currency read from a cell, trimmed", () => {
  expect(multi.open({ currency: "$B$7" })).toBe(`=IFERROR(SUM(FILTER(${OPEN_AT_AS_OF},${COUNTS}*(TRIM(${CUR})=$B$7))),0)`);
});

test("overdue: undisputed rows with something open past due; a customer's is read from its own cell", () => {
  const mask = `${COUNTS}*(TRIM(${CUR})=$B$41)*(TRIM(${CUST})=TRIM($A$41))*(${OPEN_AT_AS_OF}>0)*(1-${DISPUTED_WORDS})*(${DUE}<$B$2)`;
  expect(multi.overdue({ customer: "$A$41", currency: "$B$41" })).toBe(`=IFERROR(SUM(FILTER(${OPEN_AT_AS_OF},${mask})),0)`);
});

test("disputed and credit notes apart; the blank-currency group compares with empty text", () => {
  const group = `${COUNTS}*(TRIM(${CUR})="")`;
  expect(multi.disputed({ currency: '""' })).toBe(
    `=IFERROR(SUM(FILTER(${OPEN_AT_AS_OF},${group}*(${OPEN_AT_AS_OF}>0)*${DISPUTED_WORDS})),0)`,
  );
  expect(multi.credits({ currency: '""' })).toBe(`=IFERROR(SUM(FILTER(${OPEN_AT_AS_OF},${group}*(${OPEN_AT_AS_OF}<0))),0)`);
});

test("without invoice dates the window formulas are not offered", () => {
  expect([multi.hasInvoiceDates, multi.hasPaidDates, multi.hasStatus]).toEqual([false, true, true]);
});

test("the aging and the concentration FILTER the same rows: current and overdue ones for the aging", () => {
  const group = `${COUNTS}*(TRIM(${CUR})=$C$7)`;
  const invoices = `${group}*(${OPEN_AT_AS_OF}>0)*(1-${DISPUTED_WORDS})`;
  expect(multi.aging({ currency: "$C$7" }, [30, 60, 90, 120], "zh")).toBe(
    `=AR.AGING(FILTER(${OPEN_AT_AS_OF},${invoices}),FILTER(${DUE},${invoices}),$B$2,{30,60,90,120},,"zh")`,
  );
  expect(multi.aging({ currency: "$C$7" }, [30, 60], "en")).toMatch(/,\$B\$2,\{30,60\}\)$/);
  expect(multi.concentration({ currency: "$C$7" })).toBe(
    `=AR.CONCENTRATION(FILTER(${CUST},${group}),FILTER(${OPEN_AT_AS_OF},${group}))`,
  );
});

test("with the scan's Days overdue column: its numbers count, an empty cell counts when the typed cells pass", () => {
  const scanned = ledgerFormulas(
    {
      sheetName: "Ledger",
      customer: "$A:$A",
      amount: "$B:$B",
      dueDate: "$C:$C",
      invoiceDate: "$D:$D",
      invoiceNo: "$E:$E",
      daysOverdue: "$G:$G",
      resultsHeader: "$G$1",
      repeatedInvoices: ["INV-2", "x".repeat(256)],
      numberColumns: ["$H:$H"],
    },
    "$B$2",
    "$B$4",
  );
  const [INV, NO, DAYS, LIMIT] = ["D", "E", "G", "H"].map((c) => `${L}$${c}:$${c}`);
  // an unseen row: invoiced on or before its due date, a blank or numeric credit limit, not a repeated number
  // (a number over 255 characters cannot be a formula constant and is not listed)
  const fresh =
    `(${DAYS}="")*((${INV}="")+ISNUMBER(${INV})*(${DUE}>=${INV})>0)*((${LIMIT}="")+ISNUMBER(${LIMIT})>0)` +
    `*ISNA(MATCH(TRIM(${NO}),{"INV-2"},0))`;
  const counts = `(TRIM(${CUST})<>"")*ISNUMBER(${DUE})*ISNUMBER(${AMT})*((ISNUMBER(${DAYS})+${fresh})>0)`;
  expect(scanned.open({})).toBe(`=IFERROR(SUM(FILTER(${AMT},${counts})),0)`);
  expect(scanned.invoiced({})).toBe(
    `=IFERROR(SUM(FILTER(${AMT},${counts}*ISNUMBER(${AMT})*ISNUMBER(${INV})*(${INV}>$B$4)*(${INV}<=$B$2))),0)`,
  );
  expect(scanned.openAtStart({})).toBe(
    `=IFERROR(SUM(FILTER(${AMT},${counts}*ISNUMBER(${AMT})*ISNUMBER(${INV})*(${INV}<=$B$4))),0)`,
  );
  expect(scanned.resultsFound(true)).toBe(`AND(TRIM(${L}$G$1)<>"",COUNT(${DAYS})>0)`);
  expect(scanned.resultsFound(false)).toBe(`TRIM(${L}$G$1)<>""`);
  expect(multi.resultsFound(true)).toBeNull();
  expect(multi.pastRows()).toBeNull();
  const past = ledgerFormulas(
    {
      sheetName: "Ledger",
      customer: "$A$2:$A$1011",
      amount: "$B$2:$B$1011",
      dueDate: "$C$2:$C$1011",
      pastRows: { whole: "$A:$A", covered: "$A$1:$A$1011", lastRow: 1011 },
    },
    "$B$2",
    "$B$4",
  );
  expect(past.pastRows()).toBe(`COUNTA(${L}$A:$A)>COUNTA(${L}$A$1:$A$1011)`);
});
