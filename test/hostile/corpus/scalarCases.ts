import { type Case, LONG, e, errCell } from "./corpusTypes";

/* Single-value and spilled functions: financing, interest, payment plans, risk, dunning and the
   cash forecast, fed text, booleans, blanks, error cells, zero and negative values, out-of-range
   rates and hostile text. Spec: rates outside their range are #VALUE! with a hint; blank required
   → #N/A naming it; zero denominators #DIV/0!; money rounded half away from zero at the end. */

// 2/10 net 30: d/(1−d) × 365/(N−D) = (0.02/0.98) × 365/20; compound (1 + 0.02/0.98)^(365/20) − 1.
const SIMPLE_210 = (0.02 / 0.98) * (365 / 20);
const COMPOUND_210 = Math.pow(1 + 0.02 / 0.98, 365 / 20) - 1;

export const scalarCases: Case[] = [
  { why: "FACTORADVANCE 80%", fn: "FACTORADVANCE", args: [10000, 0.8], expect: { value: 8000 } },
  { why: "FACTORADVANCE rate as % text", fn: "FACTORADVANCE", args: [10000, "80%"], expect: { value: 8000 } },
  { why: "FACTORADVANCE amount text", fn: "FACTORADVANCE", args: ["$10,000.00", 0.8], expect: { value: 8000 } },
  {
    why: "FACTORADVANCE rate 80 gets the hint",
    fn: "FACTORADVANCE",
    args: [10000, 80],
    expect: e("#VALUE!", /advance_rate must be between 0 and 1 \(e\.g\. 80% or 0\.8\); got 80/),
  },
  { why: "FACTORADVANCE rate 0 outside (0,1]", fn: "FACTORADVANCE", args: [10000, 0], expect: e("#VALUE!", /advance_rate/) },
  { why: "FACTORADVANCE rate 1 allowed", fn: "FACTORADVANCE", args: [10000, 1], expect: { value: 10000 } },
  { why: "FACTORADVANCE 0.005 rounds away from zero", fn: "FACTORADVANCE", args: [0.01, 0.5], expect: { value: 0.01 } },
  { why: "FACTORADVANCE −0.005 rounds away from zero", fn: "FACTORADVANCE", args: [-0.01, 0.5], expect: { value: -0.01 } },
  { why: "FACTORADVANCE amount word", fn: "FACTORADVANCE", args: ["ten thousand", 0.8], expect: e("#VALUE!", /'ten thousand'/) },
  { why: "FACTORADVANCE amount boolean", fn: "FACTORADVANCE", args: [true, 0.8], expect: e("#VALUE!") },
  { why: "FACTORADVANCE amount blank", fn: "FACTORADVANCE", args: [null, 0.8], expect: e("#N/A", /amount/) },
  { why: "FACTORADVANCE amount empty text", fn: "FACTORADVANCE", args: ["", 0.8], expect: e("#N/A", /amount/) },
  { why: "FACTORADVANCE rate error cell", fn: "FACTORADVANCE", args: [10000, errCell("#N/A")], expect: e("#N/A") },
  { why: "FACTORADVANCE 10,000-char amount", fn: "FACTORADVANCE", args: [LONG, 0.8], expect: e("#VALUE!", /^.{0,200}$/s) },
  // Fee: ceil(45/30) = 2 periods × 2% × 10000 = 400; 0 days → at least 1 period = 200.
  { why: "FACTORFEE 45 days", fn: "FACTORFEE", args: [10000, 0.02, 45, null], expect: { value: 400 } },
  { why: "FACTORFEE 30 days exactly one period", fn: "FACTORFEE", args: [10000, 0.02, 30, null], expect: { value: 200 } },
  { why: "FACTORFEE 31 days two periods", fn: "FACTORFEE", args: [10000, 0.02, 31, null], expect: { value: 400 } },
  { why: "FACTORFEE 0 days at least one period", fn: "FACTORFEE", args: [10000, 0.02, 0, null], expect: { value: 200 } },
  // period_days divides days: a zero denominator is #DIV/0! (spec: Errors).
  { why: "FACTORFEE period_days 0", fn: "FACTORFEE", args: [10000, 0.02, 45, 0], expect: e("#DIV/0!") },
  { why: "FACTORFEE days word", fn: "FACTORFEE", args: [10000, 0.02, "soon", null], expect: e("#VALUE!", /days/) },
  { why: "FACTORREBATE 10000 − 8000 − 400", fn: "FACTORREBATE", args: [10000, 0.8, 0.02, 45, null], expect: { value: 1600 } },
  { why: "FACTORREBATE blank fee rate", fn: "FACTORREBATE", args: [10000, 0.8, null, 45, null], expect: e("#N/A", /fee_rate/) },
  // APR: (0.02 × 2 / 0.8) × 365/60.
  { why: "FACTORAPR", fn: "FACTORAPR", args: [0.8, 0.02, 60, null], expect: { value: ((0.02 * 2) / 0.8) * (365 / 60) } },
  { why: "FACTORAPR 0 days", fn: "FACTORAPR", args: [0.8, 0.02, 0, null], expect: e("#DIV/0!") },
  { why: "FACTORAPR rate 1.5", fn: "FACTORAPR", args: [1.5, 0.02, 60, null], expect: e("#VALUE!", /advance_rate/) },
  { why: "DISCOUNTAPR terms text", fn: "DISCOUNTAPR", args: ["2/10 net 30", null, null, null], expect: { value: SIMPLE_210 } },
  {
    why: "DISCOUNTAPR terms compound",
    fn: "DISCOUNTAPR",
    args: ["2/10 net 30", null, null, true],
    expect: { value: COMPOUND_210 },
  },
  { why: "DISCOUNTAPR fraction and days", fn: "DISCOUNTAPR", args: [0.02, 10, 30, null], expect: { value: SIMPLE_210 } },
  { why: "DISCOUNTAPR % text and text days", fn: "DISCOUNTAPR", args: ["2%", "10", "30", false], expect: { value: SIMPLE_210 } },
  { why: "DISCOUNTAPR compound 'TRUE' text", fn: "DISCOUNTAPR", args: [0.02, 10, 30, "TRUE"], expect: { value: COMPOUND_210 } },
  { why: "DISCOUNTAPR compound word", fn: "DISCOUNTAPR", args: [0.02, 10, 30, "yes"], expect: e("#VALUE!", /compound/) },
  { why: "DISCOUNTAPR net = discount days", fn: "DISCOUNTAPR", args: [0.02, 30, 30, null], expect: e("#DIV/0!") },
  { why: "DISCOUNTAPR nonsense terms", fn: "DISCOUNTAPR", args: ["banana", null, null, null], expect: e("#VALUE!", /banana/) },
  {
    why: "DISCOUNTAPR fraction without days",
    fn: "DISCOUNTAPR",
    args: [0.02, null, null, null],
    expect: e("#N/A", /discount_days/),
  },
  { why: "DISCOUNTAPR blank", fn: "DISCOUNTAPR", args: [null, null, null, null], expect: e("#N/A", /discount_or_terms/) },
  // Claim: max(0, loss − deductible) × rate.
  { why: "INSURANCECLAIM default 90%", fn: "INSURANCECLAIM", args: [50000, null, null], expect: { value: 45000 } },
  { why: "INSURANCECLAIM deductible", fn: "INSURANCECLAIM", args: [50000, 0.9, 5000], expect: { value: 40500 } },
  { why: "INSURANCECLAIM loss under deductible", fn: "INSURANCECLAIM", args: [3000, 0.9, 5000], expect: { value: 0 } },
  { why: "INSURANCECLAIM negative loss", fn: "INSURANCECLAIM", args: [-100, null, null], expect: { value: 0 } },
  { why: "INSURANCECLAIM rate 1.2", fn: "INSURANCECLAIM", args: [50000, 1.2, null], expect: e("#VALUE!", /indemnity_rate/) },
  { why: "INSURANCECLAIM loss word", fn: "INSURANCECLAIM", args: ["big", null, null], expect: e("#VALUE!", /'big'/) },
];
