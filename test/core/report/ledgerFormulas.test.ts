import { DunningStatus, dunningStatus } from "../../../src/core/dunning/dunningStatus";
import { ledgerFormulas, PAID_STATUS_WORDS } from "../../../src/core/report/ledgerFormulas";

test("the paid words are exactly those the scan reads as paid", () => {
  for (const word of PAID_STATUS_WORDS) expect(dunningStatus(word)).toBe(DunningStatus.paid);
  expect(["Disputed", "promised", ""].map(dunningStatus)).not.toContain(DunningStatus.paid);
});

const L = "'Ledger'!";
const multi = ledgerFormulas(
  {
    sheetName: "Ledger",
    customer: "$A$2:$A$9",
    amount: "$B$2:$B$9",
    dueDate: "$C$2:$C$9",
    currency: "'Ledger'!$D$2:$D$9", // a range that already names its sheet is kept as is
    status: "$E$2:$E$9",
    paidDate: "$F$2:$F$9",
  },
  "$B$2",
  "$B$4",
);
// criteria every multi-currency SUMIFS for customer Ac*me in USD carries
const BASE =
  `${L}$A$2:$A$9,"=Ac~*me",${L}$C$2:$C$9,">=0",${L}$D$2:$D$9,"=USD",` +
  `${L}$E$2:$E$9,"<>paid",${L}$E$2:$E$9,"<>已付",${L}$E$2:$E$9,"<>已付款"`;
const PAID_BY_AS_OF = `${L}$F$2:$F$9,"<="&$B$2`;

test("a customer's overdue nets open credit notes, per currency, paid status excluded", () => {
  const pos = `${BASE},${L}$B$2:$B$9,">0",${L}$C$2:$C$9,"<"&$B$2`;
  const neg = `${BASE},${L}$B$2:$B$9,"<0"`;
  expect(multi.customerOverdue({ customer: "Ac*me", currency: "USD" })).toBe(
    `=MAX(0,SUMIFS(${L}$B$2:$B$9,${pos})-SUMIFS(${L}$B$2:$B$9,${pos},${PAID_BY_AS_OF})` +
      `+SUMIFS(${L}$B$2:$B$9,${neg})-SUMIFS(${L}$B$2:$B$9,${neg},${PAID_BY_AS_OF}))`,
  );
});

test("without invoice dates the window formulas are not offered", () => {
  expect(multi.hasInvoiceDates).toBe(false);
  expect(multi.hasPaidDates).toBe(true);
});

test("the FILTER mask of a currency: customer, numeric amount and due, currency, not paid status, open at as-of", () => {
  const mask =
    `(${L}$A$2:$A$9<>"")*ISNUMBER(${L}$B$2:$B$9)*ISNUMBER(${L}$C$2:$C$9)*(${L}$D$2:$D$9="EUR")` +
    `*ISNA(MATCH(${L}$E$2:$E$9,{"paid","已付","已付款"},0))*(1-ISNUMBER(${L}$F$2:$F$9)*(${L}$F$2:$F$9<=$B$2))`;
  expect(multi.concentration("EUR")).toBe(`=AR.CONCENTRATION(FILTER(${L}$A$2:$A$9,${mask}),FILTER(${L}$B$2:$B$9,${mask}))`);
  expect(multi.aging("EUR", [30, 60, 90, 120], "zh")).toBe(
    `=AR.AGING(FILTER(${L}$B$2:$B$9,${mask}),FILTER(${L}$C$2:$C$9,${mask}),$B$2,{30,60,90,120},,"zh")`,
  );
  expect(multi.aging("EUR", [30, 60], "en")).toMatch(/,\$B\$2,\{30,60\}\)$/);
});

test("with the scan's Days overdue column every SUMIFS adds its >=0 criterion and every FILTER mask its ISNUMBER", () => {
  // rows listed in Issues hold "" in Days overdue (column G here), accepted rows a number >= 0
  const scanned = ledgerFormulas(
    { sheetName: "Ledger", customer: "$A$2:$A$9", amount: "$B$2:$B$9", dueDate: "$C$2:$C$9", daysOverdue: "$G$2:$G$9" },
    "$B$2",
    "$B$4",
  );
  expect(scanned.open({})).toBe(`=SUMIFS(${L}$B$2:$B$9,${L}$A$2:$A$9,"<>",${L}$C$2:$C$9,">=0",${L}$G$2:$G$9,">=0")`);
  expect(scanned.overdue({ customer: "Acme" })).toBe(
    `=SUMIFS(${L}$B$2:$B$9,${L}$A$2:$A$9,"=Acme",${L}$C$2:$C$9,">=0",${L}$G$2:$G$9,">=0",${L}$C$2:$C$9,"<"&$B$2)`,
  );
  const mask = `(${L}$A$2:$A$9<>"")*ISNUMBER(${L}$B$2:$B$9)*ISNUMBER(${L}$C$2:$C$9)*ISNUMBER(${L}$G$2:$G$9)`;
  expect(scanned.aging(undefined, null, "en")).toBe(
    `=AR.AGING(FILTER(${L}$B$2:$B$9,${mask}),FILTER(${L}$C$2:$C$9,${mask}),$B$2)`,
  );
  expect(scanned.concentration()).toBe(`=AR.CONCENTRATION(FILTER(${L}$A$2:$A$9,${mask}),FILTER(${L}$B$2:$B$9,${mask}))`);
});
