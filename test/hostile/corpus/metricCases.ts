import { type Case, LONG, col, e, errCell, m } from "./corpusTypes";

/* Receivables metrics fed hostile ranges: text amounts, credit notes, zero denominators, shapes,
   hostile customer names. Spec: functions.md (Receivables metrics, Errors). */

export const metricCases: Case[] = [
  // DSO = Σreceivables / Σsales × days: 120000 / 730000 × 365 = 60.
  { why: "DSO numbers", fn: "DSO", args: [m(120000), m(730000), null], expect: { value: 60 } },
  { why: "DSO text amounts", fn: "DSO", args: [m("120,000"), m("$730,000.00"), null], expect: { value: 60 } },
  {
    why: "DSO ranges summed with a blank",
    fn: "DSO",
    args: [col(100000, null, 20000), col(730000), null],
    expect: { value: 60 },
  },
  { why: "DSO text days", fn: "DSO", args: [m(120000), m(730000), "365"], expect: { value: 60 } },
  { why: "DSO quarter", fn: "DSO", args: [m(30000), m(180000), 90], expect: { value: 15 } },
  { why: "DSO zero sales", fn: "DSO", args: [m(120000), m(0), null], expect: e("#DIV/0!") },
  { why: "DSO sales that sum to 0 with a credit note", fn: "DSO", args: [m(120000), col(500, -500), null], expect: e("#DIV/0!") },
  { why: "DSO negative receivables (net credit)", fn: "DSO", args: [m(-120000), m(730000), null], expect: { value: -60 } },
  { why: "DSO TRUE receivables", fn: "DSO", args: [m(true), m(730000), null], expect: e("#VALUE!") },
  { why: "DSO word receivables", fn: "DSO", args: [m("lots"), m(730000), null], expect: e("#VALUE!", /'lots'/) },
  { why: "DSO #DIV/0! in the sales range", fn: "DSO", args: [m(1), col(5, errCell("#DIV/0!")), null], expect: e("#DIV/0!") },
  { why: "DSO days word", fn: "DSO", args: [m(1), m(2), "year"], expect: e("#VALUE!", /days/) },
  { why: "DSO days as a range", fn: "DSO", args: [m(1), m(2), [[365, 360]]], expect: e("#VALUE!", /days/) },
  // Countback: 450 against sales 300,300,300 (30 days each): 30 + 150/300 × 30 = 45.
  { why: "DSOCOUNTBACK partial period", fn: "DSOCOUNTBACK", args: [m(450), col(300, 300, 300), null], expect: { value: 45 } },
  // 400 against 100,200,300 with {31,28,31}: last 300 → 31 days, 100 left of 200 → 14 days: 45.
  {
    why: "DSOCOUNTBACK period_days range",
    fn: "DSOCOUNTBACK",
    args: [m(400), col(100, 200, 300), [[31, 28, 31]]],
    expect: { value: 45 },
  },
  {
    why: "DSOCOUNTBACK balance over history",
    fn: "DSOCOUNTBACK",
    args: [m(1000), col(300, 300, 300), null],
    expect: e("#N/A", /exceed the sales history/),
  },
  {
    why: "DSOCOUNTBACK period_days shape",
    fn: "DSOCOUNTBACK",
    args: [m(400), col(100, 200, 300), [[31, 28]]],
    expect: e("#VALUE!"),
  },
  {
    why: "DSOCOUNTBACK text in sales",
    fn: "DSOCOUNTBACK",
    args: [m(400), col(100, "n/a", 300), null],
    expect: e("#VALUE!", /'n\/a'/),
  },
  // BPDSO 80000/730000×365 = 40; ADD = 60 − 40 = 20.
  { why: "BPDSO", fn: "BPDSO", args: [m(80000), m(730000), null], expect: { value: 40 } },
  { why: "BPDSO zero sales", fn: "BPDSO", args: [m(80000), m(0), null], expect: e("#DIV/0!") },
  { why: "ADD", fn: "ADD", args: [m(120000), m(80000), m(730000), null], expect: { value: 20 } },
  { why: "ADD zero sales", fn: "ADD", args: [m(120000), m(80000), m(null), null], expect: e("#DIV/0!") },
  // CEI (B+S−E)/(B+S−Ec) = 550000/700000; with 3 periods S = 200000: 150000/300000 = 0.5.
  { why: "CEI", fn: "CEI", args: [m(500000), m(600000), m(550000), m(400000), null], expect: { value: 550000 / 700000 } },
  { why: "CEI with periods", fn: "CEI", args: [m(500000), m(600000), m(550000), m(400000), 3], expect: { value: 0.5 } },
  { why: "CEI zero denominator", fn: "CEI", args: [m(0), m(0), m(0), m(0), null], expect: e("#DIV/0!") },
  { why: "CEI text word", fn: "CEI", args: [m("begin"), m(0), m(0), m(0), null], expect: e("#VALUE!") },
  // TURNOVER 720000 / 120000 = 6.
  { why: "TURNOVER", fn: "TURNOVER", args: [m(720000), m(120000)], expect: { value: 6 } },
  { why: "TURNOVER zero receivables", fn: "TURNOVER", args: [m(720000), m(0)], expect: e("#DIV/0!") },
  // DAYSTOPAY: only rows with both dates; 45688 − 45658 = 30. Weighted: (30×100 + 60×300)/400 = 52.5.
  { why: "DAYSTOPAY skips unpaid", fn: "DAYSTOPAY", args: [col(45658, 45700), col(45688, null), null], expect: { value: 30 } },
  {
    why: "DAYSTOPAY weighted",
    fn: "DAYSTOPAY",
    args: [col(45658, 45658), col(45688, 45718), col(100, 300)],
    expect: { value: 52.5 },
  },
  {
    why: "DAYSTOPAY no paid row (average of nothing)",
    fn: "DAYSTOPAY",
    args: [col(45658), col(null), null],
    expect: e("#DIV/0!"),
  },
  { why: "DAYSTOPAY shape", fn: "DAYSTOPAY", args: [col(45658, 45659), col(45688), null], expect: e("#VALUE!", /same shape/) },
  {
    why: "DAYSTOPAY ambiguous paid date",
    fn: "DAYSTOPAY",
    args: [col(45658), col("03/04/2025"), null],
    expect: e("#VALUE!", /03\/04\/2025/),
  },
  // AVGDAYSLATE: max(0, 45648 − 45658) = 0 and 30: mean 15.
  {
    why: "AVGDAYSLATE early counts 0",
    fn: "AVGDAYSLATE",
    args: [col(45658, 45658), col(45648, 45688), null],
    expect: { value: 15 },
  },
  {
    why: "AVGDAYSLATE amount text",
    fn: "AVGDAYSLATE",
    args: [col(45658), col(45688), col("lots")],
    expect: e("#VALUE!", /'lots'/),
  },
  // WCR 120000 + 80000 − 90000 = 110000.
  { why: "WCR", fn: "WCR", args: [m(120000), m(80000), m(90000)], expect: { value: 110000 } },
  { why: "WCR currency text", fn: "WCR", args: [m("¥120,000"), m("80,000"), m("(90,000)")], expect: { value: 290000 } },
  { why: "WCR boolean", fn: "WCR", args: [m(120000), m(false), m(90000)], expect: e("#VALUE!") },
  { why: "CASHRATIO", fn: "CASHRATIO", args: [m(50000), m(10000), m(120000)], expect: { value: 0.5 } },
  { why: "CASHRATIO zero liabilities", fn: "CASHRATIO", args: [m(50000), m(10000), m(0)], expect: e("#DIV/0!") },
  // Names trimmed, case-insensitive: Acme 300 of 400.
  {
    why: "CONCENTRATION groups acme/Acme ",
    fn: "CONCENTRATION",
    args: [col("Acme", "acme ", "Beta"), col(100, 200, 100), null],
    expect: { value: 0.75 },
  },
  {
    why: "CONCENTRATION emoji and RTL names",
    fn: "CONCENTRATION",
    args: [col("😀 Ltd", "😀 Ltd", "شركة الأمل"), col(100, 150, 200), null],
    expect: { value: 250 / 450 },
  },
  {
    why: "CONCENTRATION 10,000-char names",
    fn: "CONCENTRATION",
    args: [col(LONG, LONG, "B"), col(1, 1, 2), null],
    expect: { value: 0.5 },
  },
  { why: "CONCENTRATION top 2", fn: "CONCENTRATION", args: [col("A", "B", "C"), col(50, 30, 20), 2], expect: { value: 0.8 } },
  {
    why: "CONCENTRATION top_n above customers",
    fn: "CONCENTRATION",
    args: [col("A", "B"), col(50, 50), 5],
    expect: { value: 1 },
  },
  { why: "CONCENTRATION top_n 0", fn: "CONCENTRATION", args: [col("A"), col(50), 0], expect: e("#VALUE!", /top_n/) },
  { why: "CONCENTRATION top_n word", fn: "CONCENTRATION", args: [col("A"), col(50), "five"], expect: e("#VALUE!", /top_n/) },
  {
    why: "CONCENTRATION blank amount skips row",
    fn: "CONCENTRATION",
    args: [col("A", "B"), col(50, null), null],
    expect: { value: 1 },
  },
  { why: "CONCENTRATION shape", fn: "CONCENTRATION", args: [col("A", "B"), col(50), null], expect: e("#VALUE!", /same shape/) },
  { why: "CONCENTRATION all zero", fn: "CONCENTRATION", args: [col("A"), col(0), null], expect: e("#DIV/0!") },
  { why: "CREDITUSE", fn: "CREDITUSE", args: [m(62500), m(50000)], expect: { value: 1.25 } },
  { why: "CREDITUSE zero limit", fn: "CREDITUSE", args: [m(62500), m(0)], expect: e("#DIV/0!") },
  { why: "CREDITUSE blank limit", fn: "CREDITUSE", args: [m(62500), m(null)], expect: e("#N/A", /credit_limit/) },
  // 10% of 50000 is 5000: at it → TRUE; a cent under → FALSE.
  { why: "REVIEWFLAG at threshold", fn: "REVIEWFLAG", args: [m(5000), m(50000), null], expect: { value: true } },
  { why: "REVIEWFLAG a cent under", fn: "REVIEWFLAG", args: [m(4999.99), m(50000), null], expect: { value: false } },
  { why: "REVIEWFLAG threshold % text", fn: "REVIEWFLAG", args: [m(5000), m(50000), "10%"], expect: { value: true } },
  {
    why: "REVIEWFLAG blank limit is unknown, not 0",
    fn: "REVIEWFLAG",
    args: [m(5000), m(null), null],
    expect: e("#N/A", /credit_limit is blank/),
  },
  { why: "REVIEWFLAG threshold word", fn: "REVIEWFLAG", args: [m(5000), m(50000), "ten"], expect: e("#VALUE!", /threshold/) },
];
