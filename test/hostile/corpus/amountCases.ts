import { type Case, AS_OF, LONG, ago, col, e, errCell, m } from "./corpusTypes";

/* Amounts and ledger columns: text in number cells, every accepted amount form, credit notes,
   blanks in each column, error cells, shapes, whole columns, duplicates and hostile names.
   Spec: amounts are numbers or 1,234.50 / $1,234.50 / ¥1,234.50 / USD 1,234.50 / (1,234.50), also
   1 234.50, 1,234.50- (trailing minus) and - (zero), as the ledger reads them; other text and
   booleans are #VALUE! quoting the text; text naming two ISO currencies in one call is #VALUE!;
   aggregates skip rows with a blank amount; a kept row with an unreadable date is an error; ranges
   of different shapes are #VALUE!. */

// AGING spill rows: 0 header, 1 Current, 2 1-30, 3 31-60, 4 61-90, 5 91+, 6 Total; columns
// Bucket, Amount, Count, Share.
const TOTAL: [number, number] = [6, 1];
const agingTotal = (why: string, amounts: unknown[], expected: number): Case => ({
  why,
  fn: "AGING",
  args: [col(...amounts), col(...amounts.map(() => ago(10))), AS_OF],
  at: TOTAL,
  expect: { value: expected },
});
const agingRefuses = (text: unknown): Case => ({
  why: `AGING refuses amount ${JSON.stringify(typeof text === "string" ? text.slice(0, 20) : text)}`,
  fn: "AGING",
  args: [col(100, text), col(ago(1), ago(2)), AS_OF],
  at: [0, 0],
  expect: e("#VALUE!", typeof text === "string" ? /cannot read '.{0,40}' as an amount/ : /amounts/),
});

// A whole-column reference (A:A) arrives as 1,048,576 rows; three filled, the rest blank.
const WHOLE = 1_048_576;
function wholeColumn(top: unknown[]): unknown[][] {
  const column: unknown[][] = new Array(WHOLE);
  for (let r = 0; r < WHOLE; r++) column[r] = [r < top.length ? top[r] : null];
  return column;
}

export const amountCases: Case[] = [
  {
    why: "credit note counts in its bucket; spill layout",
    fn: "AGING",
    // 100 current, −40 in 1-30 (10 days), 250 in 91+ (100 days): total 310.
    args: [col(100, -40, 250), col(AS_OF, ago(10), ago(100)), AS_OF],
    expect: {
      spill: [
        ["Bucket", "Amount", "Count", "Share"],
        ["Current", 100, 1, 100 / 310],
        ["1-30", -40, 1, -40 / 310],
        ["31-60", 0, 0, 0],
        ["61-90", 0, 0, 0],
        ["91+", 250, 1, 250 / 310],
        ["Total", 310, 3, 1],
      ],
    },
  },
  agingTotal("plain numbers", [100, 200.5], 300.5),
  agingTotal("text with thousands separator", ["1,234.50", 1], 1235.5),
  agingTotal("dollar sign", ["$1,234.50"], 1234.5),
  agingTotal("yen sign", ["¥1,234.50"], 1234.5),
  agingTotal("ISO code before", ["USD 1,234.50"], 1234.5),
  agingTotal("accounting negative", ["(1,234.50)", 2000], 765.5),
  agingTotal("minus text", ["-1,234.50", 2000], 765.5),
  agingTotal("spaces around", ["  1,234.50  "], 1234.5),
  agingTotal("cents exact: 0.1 + 0.2 is 0.3", [0.1, 0.2], 0.3),
  agingTotal("zero amounts count", [0, 0], 0),
  agingTotal("only credit notes", [-10, -20.25], -30.25),
  agingTotal("text and numbers mixed", [100, "200", "$300"], 600),
  agingTotal("trailing minus", ["1,234.50-", 2000], 765.5),
  agingTotal("dash is zero", ["-", 100], 100),
  agingTotal("space as thousands separator", ["1 234.50"], 1234.5),
  agingTotal("one ISO currency, numbers and a bare ¥ beside it", ["USD 100", 200, "¥300"], 600),
  {
    why: "AGING refuses USD 100 + EUR 200 + ¥300 (once summed into 600)",
    fn: "AGING",
    args: [col("USD 100", "EUR 200", "¥300"), col(ago(1), ago(2), ago(3)), AS_OF],
    at: [0, 0],
    expect: e("#VALUE!", /^amounts mix currencies \(EUR, USD\): filter to one currency first/),
  },
  agingRefuses("1.234,50"),
  agingRefuses("12abc"),
  agingRefuses("one hundred"),
  agingRefuses("--100"),
  agingRefuses("$"),
  agingRefuses("1,23,4"),
  agingRefuses("=SUM(A1:A9)"),
  agingRefuses("100 😀"),
  agingRefuses("١٠٠"),
  agingRefuses(LONG),
  agingRefuses(true),
  {
    why: "AGING amount holds #N/A",
    fn: "AGING",
    args: [col(100, errCell("#N/A")), col(ago(1), ago(2)), AS_OF],
    at: [0, 0],
    expect: e("#N/A"),
  },
  {
    why: "AGING due date holds #REF! on a kept row",
    fn: "AGING",
    args: [col(100, 5), col(ago(1), errCell("#REF!")), AS_OF],
    at: [0, 0],
    expect: e("#REF!"),
  },
  {
    why: "AGING skips a blank-amount row even if its date is junk (as SUMIF)",
    fn: "AGING",
    args: [col(100, null, ""), col(ago(1), "note", "03/04/2025"), AS_OF],
    at: TOTAL,
    expect: { value: 100 },
  },
  {
    why: "AGING kept row with an ambiguous date is #VALUE!",
    fn: "AGING",
    args: [col(100, 5), col(ago(1), "03/04/2025"), AS_OF],
    at: [0, 0],
    expect: e("#VALUE!", /03\/04\/2025/),
  },
  {
    why: "AGING kept row with a blank due date is #N/A",
    fn: "AGING",
    args: [col(100, 5), col(ago(1), null), AS_OF],
    at: [0, 0],
    expect: e("#N/A", /due_dates/),
  },
  {
    why: "AGING ledger of blanks only: zeros, share 0",
    fn: "AGING",
    args: [col(null, null), col(null, null), AS_OF],
    at: [6, 3],
    expect: { value: 0 },
  },
  {
    why: "AGING header-only selection: header text is not an amount",
    fn: "AGING",
    args: [col("Amount"), col("Due date"), AS_OF],
    at: [0, 0],
    expect: e("#VALUE!", /'Amount'/),
  },
  {
    why: "AGING amounts 3×1 against due_dates 2×1",
    fn: "AGING",
    args: [col(1, 2, 3), col(ago(1), ago(2)), AS_OF],
    at: [0, 0],
    expect: e("#VALUE!", /amounts and due_dates must have the same shape/),
  },
  {
    why: "AGING as_of given as a 2-cell range",
    fn: "AGING",
    args: [col(1), col(ago(1)), col(AS_OF, AS_OF)],
    at: [0, 0],
    expect: e("#VALUE!", /as_of/),
  },
  { why: "AGING as_of blank", fn: "AGING", args: [col(1), col(ago(1)), null], at: [0, 0], expect: e("#N/A", /as_of/) },
  {
    why: "AGING paid rows left out",
    fn: "AGING",
    args: [col(100, 50), col(ago(10), ago(10)), AS_OF, null, col(ago(1), null)],
    at: TOTAL,
    expect: { value: 50 },
  },
  {
    why: "AGING a row range works like a column",
    fn: "AGING",
    args: [[[100, 200]], [[ago(1), ago(40)]], AS_OF],
    at: TOTAL,
    expect: { value: 300 },
  },
  {
    why: "AGING duplicate invoice rows both count (no dedup in a function)",
    fn: "AGING",
    args: [col(100, 100), col(ago(5), ago(5)), AS_OF],
    at: [6, 2],
    expect: { value: 2 },
  },
  {
    why: "AGING bad language",
    fn: "AGING",
    args: [col(1), col(ago(1)), AS_OF, null, null, "fr"],
    at: [0, 0],
    expect: e("#VALUE!", /"en" or "zh"/),
  },
  {
    why: "AGING zh header label",
    fn: "AGING",
    args: [col(1), col(AS_OF), AS_OF, null, null, "zh"],
    at: [1, 0],
    expect: { value: "未到期" },
  },
  {
    why: "AGING whole columns (1,048,576 rows), three filled",
    fn: "AGING",
    args: [wholeColumn([100, "(25.50)", 10]), wholeColumn([ago(1), ago(45), ago(200)]), AS_OF],
    at: TOTAL,
    expect: { value: 84.5 },
  },
  // ECL: 1000 Current × 0.01 + 1000 in 1-30 × 0.02 + max(0, −500) in 91+ = 10 + 20 + 0 = 30.
  {
    why: "ECL credit note bucket floors at 0",
    fn: "ECL",
    args: [col(1000, 1000, -500), col(AS_OF, ago(10), ago(100)), AS_OF, [[0.01, 0.02, 0.05, 0.1, 0.25]]],
    expect: { value: 30 },
  },
  {
    why: "ECL loss rates as % text",
    fn: "ECL",
    args: [col(1000), col(AS_OF), AS_OF, [["1%", "2%", "5%", "10%", "25%"]]],
    expect: { value: 10 },
  },
  {
    why: "ECL four rates for five buckets",
    fn: "ECL",
    args: [col(1000), col(AS_OF), AS_OF, [[0.01, 0.02, 0.05, 0.1]]],
    expect: e("#VALUE!"),
  },
  {
    why: "ECL rate above 1",
    fn: "ECL",
    args: [col(1000), col(AS_OF), AS_OF, [[1.5, 0.02, 0.05, 0.1, 0.25]]],
    expect: e("#VALUE!"),
  },
  {
    why: "ECL negative rate",
    fn: "ECL",
    args: [col(1000), col(AS_OF), AS_OF, [[-0.01, 0.02, 0.05, 0.1, 0.25]]],
    expect: e("#VALUE!"),
  },
  {
    why: "ECL rate text word",
    fn: "ECL",
    args: [col(1000), col(AS_OF), AS_OF, [["low", 0.02, 0.05, 0.1, 0.25]]],
    expect: e("#VALUE!"),
  },
  // loss_rates is read as a table (it also takes the AR.LOSSRATES spill, issue #19): a range left
  // blank is a blank required argument, #N/A naming it, as for any other table argument.
  {
    why: "ECL loss_rates range blank",
    fn: "ECL",
    args: [col(1000), col(AS_OF), AS_OF, [[null]]],
    expect: e("#N/A", /loss_rates is blank/),
  },
  // AGEBUCKET: default edges {30,60,90}; days = as_of − due.
  { why: "AGEBUCKET 38 days", fn: "AGEBUCKET", args: [m(ago(38)), m(AS_OF)], at: [0, 0], expect: { value: "31-60" } },
  { why: "AGEBUCKET due today", fn: "AGEBUCKET", args: [m(AS_OF), m(AS_OF)], at: [0, 0], expect: { value: "Current" } },
  { why: "AGEBUCKET 91 days", fn: "AGEBUCKET", args: [m(ago(91)), m(AS_OF)], at: [0, 0], expect: { value: "91+" } },
  {
    why: "AGEBUCKET {30,60,90,120} at 100",
    fn: "AGEBUCKET",
    args: [m(ago(100)), m(AS_OF), [[30, 60, 90, 120]]],
    at: [0, 0],
    expect: { value: "91-120" },
  },
  {
    why: "AGEBUCKET edges descending",
    fn: "AGEBUCKET",
    args: [m(ago(5)), m(AS_OF), [[60, 30]]],
    at: [0, 0],
    expect: e("#VALUE!", /edges/),
  },
  { why: "AGEBUCKET edge 0", fn: "AGEBUCKET", args: [m(ago(5)), m(AS_OF), [[0, 30]]], at: [0, 0], expect: e("#VALUE!", /edges/) },
  {
    why: "AGEBUCKET fractional edge",
    fn: "AGEBUCKET",
    args: [m(ago(5)), m(AS_OF), [[30.5]]],
    at: [0, 0],
    expect: e("#VALUE!", /edges/),
  },
  {
    why: "AGEBUCKET negative edge",
    fn: "AGEBUCKET",
    args: [m(ago(5)), m(AS_OF), [[-30, 30]]],
    at: [0, 0],
    expect: e("#VALUE!", /edges/),
  },
  {
    why: "AGEBUCKET edge word",
    fn: "AGEBUCKET",
    args: [m(ago(5)), m(AS_OF), [["thirty"]]],
    at: [0, 0],
    expect: e("#VALUE!", /edges/),
  },
  {
    why: "AGEBUCKET blank between edges",
    fn: "AGEBUCKET",
    args: [m(ago(5)), m(AS_OF), [[30, null, 90]]],
    at: [0, 0],
    expect: e("#N/A", /edges/),
  },
  {
    why: "AGEBUCKET paid before as_of",
    fn: "AGEBUCKET",
    args: [m(ago(40)), m(AS_OF), null, m(ago(1))],
    at: [0, 0],
    expect: { value: "Paid" },
  },
  {
    why: "AGEBUCKET zh current",
    fn: "AGEBUCKET",
    args: [m(AS_OF), m(AS_OF), null, null, "zh"],
    at: [0, 0],
    expect: { value: "未到期" },
  },
  {
    why: "AGEBUCKET zh paid",
    fn: "AGEBUCKET",
    args: [m(ago(40)), m(AS_OF), null, m(ago(1)), "zh"],
    at: [0, 0],
    expect: { value: "已付" },
  },
  {
    why: "AGEBUCKET language boolean",
    fn: "AGEBUCKET",
    args: [m(AS_OF), m(AS_OF), null, null, true],
    at: [0, 0],
    expect: e("#VALUE!", /language/),
  },
  {
    why: "AGEBUCKET ambiguous due",
    fn: "AGEBUCKET",
    args: [m("03/04/2025"), m(AS_OF)],
    at: [0, 0],
    expect: e("#VALUE!", /03\/04\/2025/),
  },
  {
    why: "AGEBUCKET whole column: 1,048,576 rows spill, blanks stay blank",
    fn: "AGEBUCKET",
    args: [wholeColumn([ago(1), ago(61)]), m(AS_OF)],
    at: [1, 0],
    expect: { value: "61-90" },
  },
];
