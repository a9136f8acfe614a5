import { type Case, col, e, errCell, m } from "./corpusTypes";

/* Late interest, payment plans and risk scores, fed text, booleans,
   blanks, error cells and out-of-range values. Spec: functions.md. */

// 2025-01-31 = 45688; 2025-03-02 = 45718 (30 days later).
const JAN31 = 45688;
const MAR2 = 45718;

export const scheduleCases: Case[] = [
  // Interest 10000 × 0.1215 × 30/365 = 99.863… → 99.86; /360 → 101.25; daily 0.0005 × 30 → 150.
  {
    why: "LATEINTEREST annual",
    fn: "LATEINTEREST",
    args: [m(10000), m(JAN31), m(MAR2), m(0.1215), null, null, null],
    at: [0, 0],
    expect: { value: 99.86 },
  },
  {
    why: "LATEINTEREST 360",
    fn: "LATEINTEREST",
    args: [m(10000), m(JAN31), m(MAR2), m(0.1215), "annual", 360, null],
    at: [0, 0],
    expect: { value: 101.25 },
  },
  {
    why: "LATEINTEREST daily",
    fn: "LATEINTEREST",
    args: [m(10000), m(JAN31), m(MAR2), m(0.0005), "daily", null, null],
    at: [0, 0],
    expect: { value: 150 },
  },
  {
    why: "LATEINTEREST fixed fee",
    fn: "LATEINTEREST",
    args: [m(10000), m(JAN31), m(MAR2), m(0.1215), null, null, 40],
    at: [0, 0],
    expect: { value: 139.86 },
  },
  {
    why: "LATEINTEREST not late: no fee",
    fn: "LATEINTEREST",
    args: [m(10000), m(MAR2), m(JAN31), m(0.1215), null, null, 40],
    at: [0, 0],
    expect: { value: 0 },
  },
  {
    why: "LATEINTEREST day_count 366",
    fn: "LATEINTEREST",
    args: [m(10000), m(JAN31), m(MAR2), m(0.1215), null, 366, null],
    at: [0, 0],
    expect: e("#VALUE!", /day_count/),
  },
  {
    why: "LATEINTEREST basis monthly",
    fn: "LATEINTEREST",
    args: [m(10000), m(JAN31), m(MAR2), m(0.1215), "monthly", null, null],
    at: [0, 0],
    expect: e("#VALUE!", /rate_basis/),
  },
  {
    why: "LATEINTEREST blank amount row",
    fn: "LATEINTEREST",
    args: [m(null), m(JAN31), m(MAR2), m(0.1215), null, null, null],
    at: [0, 0],
    expect: { value: "" },
  },
  {
    why: "LATEINTEREST rate word",
    fn: "LATEINTEREST",
    args: [m(10000), m(JAN31), m(MAR2), m("high"), null, null, null],
    at: [0, 0],
    expect: e("#VALUE!"),
  },
  {
    why: "LATEINTEREST ambiguous due",
    fn: "LATEINTEREST",
    args: [m(10000), m("01/02/2025"), m(MAR2), m(0.1215), null, null, null],
    at: [0, 0],
    expect: e("#VALUE!", /01\/02\/2025/),
  },
  {
    why: "LATEINTEREST shapes",
    fn: "LATEINTEREST",
    args: [col(1, 2), col(JAN31, JAN31, JAN31), m(MAR2), m(0.1), null, null, null],
    at: [0, 0],
    expect: e("#VALUE!", /same shape/),
  },
  // Plan: 100 in 3 → 33.33, 33.33, 33.34; Jan 31 → Feb 28 (45716) → Mar 31 (45747).
  {
    why: "PAYMENTPLAN last payment absorbs rounding; month-end clamp",
    fn: "PAYMENTPLAN",
    args: [100, 3, JAN31, null, null],
    expect: {
      spill: [
        ["No", "Due date", "Payment", "Interest", "Principal", "Balance"],
        [1, JAN31, 33.33, 0, 33.33, 66.67],
        [2, 45716, 33.33, 0, 33.33, 33.34],
        [3, 45747, 33.34, 0, 33.34, 0],
      ],
    },
  },
  {
    why: "PAYMENTPLAN 0 installments",
    fn: "PAYMENTPLAN",
    args: [100, 0, JAN31, null, null],
    at: [0, 0],
    expect: e("#VALUE!", /installments/),
  },
  {
    why: "PAYMENTPLAN 1201 installments",
    fn: "PAYMENTPLAN",
    args: [100, 1201, JAN31, null, null],
    at: [0, 0],
    expect: e("#VALUE!", /installments/),
  },
  {
    why: "PAYMENTPLAN 2.5 installments",
    fn: "PAYMENTPLAN",
    args: [100, 2.5, JAN31, null, null],
    at: [0, 0],
    expect: e("#VALUE!", /installments/),
  },
  {
    why: "PAYMENTPLAN first_date ambiguous",
    fn: "PAYMENTPLAN",
    args: [100, 3, "03/04/2025", null, null],
    at: [0, 0],
    expect: e("#VALUE!", /03\/04\/2025/),
  },
  {
    why: "PAYMENTPLAN first_date blank",
    fn: "PAYMENTPLAN",
    args: [100, 3, null, null, null],
    at: [0, 0],
    expect: e("#N/A", /first_date/),
  },
  {
    why: "PAYMENTPLAN 1900-02-29 start",
    fn: "PAYMENTPLAN",
    args: [100, 1, "1900-02-29", null, null],
    at: [1, 1],
    expect: { value: 60 },
  },
  // Risk: 30 days → 20 pts; 0.25 → 15; 0.75 → 10; 7.5 → 5: 50.
  { why: "RISKSCORE midpoints", fn: "RISKSCORE", args: [30, 0.25, 0.75, 7.5], expect: { value: 33 } }, // 12.5 + 10 + 7.5 + 2.5 = 32.5
  { why: "RISKSCORE zero", fn: "RISKSCORE", args: [0, 0, 0, null], expect: { value: 0 } },
  { why: "RISKSCORE caps at 100", fn: "RISKSCORE", args: [120, 1, 2, 30, 365], expect: { value: 100 } }, // 25 + 20 + 15 + 5 + 35
  { why: "RISKSCORE negative days late", fn: "RISKSCORE", args: [-5, 0, 0, null], expect: { value: 0 } },
  { why: "RISKSCORE share as % text", fn: "RISKSCORE", args: [0, "25%", 0, null], expect: { value: 10 } }, // 0.25 × 40
  { why: "RISKSCORE blank", fn: "RISKSCORE", args: [null, 0, 0, null], expect: e("#N/A", /avg_days_late/) },
  { why: "RISKSCORE boolean", fn: "RISKSCORE", args: [true, 0, 0, null], expect: e("#VALUE!") },
  { why: "RISKGRADE 0", fn: "RISKGRADE", args: [0], expect: { value: "A" } },
  { why: "RISKGRADE 19", fn: "RISKGRADE", args: [19], expect: { value: "A" } },
  { why: "RISKGRADE 20", fn: "RISKGRADE", args: [20], expect: { value: "B" } },
  { why: "RISKGRADE 59", fn: "RISKGRADE", args: [59], expect: { value: "C" } },
  { why: "RISKGRADE 60", fn: "RISKGRADE", args: [60], expect: { value: "D" } },
  { why: "RISKGRADE 100", fn: "RISKGRADE", args: [100], expect: { value: "E" } },
  { why: "RISKGRADE 101", fn: "RISKGRADE", args: [101], expect: e("#VALUE!", /score/) },
  { why: "RISKGRADE −1", fn: "RISKGRADE", args: [-1], expect: e("#VALUE!", /score/) },
  { why: "RISKGRADE text", fn: "RISKGRADE", args: ["high"], expect: e("#VALUE!") },
  { why: "RISKGRADE blank", fn: "RISKGRADE", args: [null], expect: e("#N/A", /score/) },
  { why: "RISKGRADE error cell", fn: "RISKGRADE", args: [errCell("#DIV/0!")], expect: e("#DIV/0!") },
];
