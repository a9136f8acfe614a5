import { fail, isFailure, type Failure, type Result } from "../failure";
import { wholeHabitDays } from "../forecast/paymentHabits";
import { centsToMoney, roundMoney, toCents } from "../money/money";
import { parsePaymentTerms } from "../terms/parsePaymentTerms";
import { checkRate } from "./checkRate";
import { discountApr } from "./discountApr";
import { factorAdvance } from "./factorAdvance";
import { factorApr } from "./factorApr";
import { factorFee } from "./factorFee";
import { factorRebate } from "./factorRebate";
import { financingChoicesFormula as f } from "./financingChoicesFormula";
import type { FactoringTerms, FinancingChoice, FinancingInput, FinancingTable, InsuranceTerms } from "./financingChoicesTypes";
import { insuranceClaim } from "./insuranceClaim";
import { FINANCING_MESSAGES as M } from "../messages/financingMessages";

export type * from "./financingChoicesTypes";

/** What every choice needs: the selection and when its customer is expected to pay. */
interface Selection {
  readonly input: FinancingInput;
  readonly amount: string; // the amount as a formula literal
  readonly habit: number; // whole days
  readonly expected: number;
  readonly days: number;
  readonly expectedFormula: string;
}

/**
 * The Financing table: for a selection of open invoices (one currency), cash now and its cost under
 * factoring, an early-payment discount, credit insurance and waiting, side by side. Every figure is
 * computed by the core of the AR.* function an analyst would type, and each row carries that
 * formula with literal arguments (dates as DATE(y,m,d) in the workbook's date system), so the pane
 * can show it and a cell reproduces it. The customer is expected to pay on max(as-of, due + habit);
 * the days until then are the days a factor waits.
 * - factoring: cash = AR.FACTORADVANCE on as-of, cost = AR.FACTORFEE, APR = AR.FACTORAPR, plus the
 *   rebate (AR.FACTORREBATE) when the customer pays; APR is null when the customer pays today.
 * - discount (terms such as 2/10 net 30): cost = amount × d to the cent, cash = amount − cost by the
 *   end of the discount window, max(as-of, due − (net − discount days)); APR and EAR = AR.DISCOUNTAPR.
 * - insurance: cost = premium on the insured turnover to the cent, cash = AR.INSURANCECLAIM on the
 *   at-risk amount (what the policy pays if it is lost), no APR; paid on the claim date, max(as-of,
 *   due + waiting period) when the terms give a waiting period, else when the customer is expected.
 * - waiting: cash = the amount on the expected date, no cost, no APR.
 *
 * @example
 * // 10,000.00 due as-of + 30, customer 15 days late, factoring at 80% and 2% per 30 days
 * financingChoices({ amountCents: 1000000, asOf, dueSerial: asOf + 30, habitDays: 15, factoring: { advanceRate: 0.8, feeRate: 0.02 } }).choices[0]
 * //=> { choice: "factoring", cashNowCents: 800000, costCents: 40000, rebateCents: 160000, apr: 0.4055…, … }
 */
export function financingChoices(input: FinancingInput): Result<FinancingTable> {
  const { amountCents, asOf, dueSerial } = input;
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    return fail("outOfRange", M.financeAmount({ value: centsToMoney(amountCents).toFixed() }));
  if (!Number.isInteger(asOf) || !Number.isInteger(dueSerial)) return fail("unreadable", M.datesNotWhole());
  if (!Number.isFinite(input.habitDays)) return fail("unreadable", M.habitNotFinite());
  const system = input.dateSystem ?? 1900;
  const habit = wholeHabitDays(input.habitDays);
  const expected = Math.max(asOf, dueSerial + habit);
  const selection: Selection = {
    input,
    amount: f.cents(amountCents),
    habit,
    expected,
    days: expected - asOf,
    expectedFormula: `=MAX(${f.date(asOf, system)},${f.date(dueSerial, system)}${f.plusDays(habit)})`,
  };

  const choices: FinancingChoice[] = [];
  const offered = [
    input.factoring && factoringChoice(selection, input.factoring),
    input.discountTerms !== undefined ? discountChoice(selection, input.discountTerms) : undefined,
    input.insurance && insuranceChoice(selection, input.insurance),
  ];
  for (const choice of offered) {
    if (isFailure(choice)) return choice;
    if (choice) choices.push(choice);
  }
  choices.push({
    choice: "wait",
    cashNowCents: amountCents,
    costCents: 0,
    apr: null,
    expectedDateSerial: expected,
    formulas: { cashNow: `=${selection.amount}`, cost: "=0", apr: null, expectedDate: selection.expectedFormula },
  });
  return { amountCents, habitWholeDays: habit, expectedSerial: expected, daysToCollect: selection.days, choices };
}

/** A money result of a core function (a number already rounded to the cent) as integer cents. */
function cents(value: Result<number>): Result<number> {
  return isFailure(value) ? value : toCents(value);
}

function factoringChoice(s: Selection, terms: FactoringTerms): Result<FinancingChoice> {
  const amount = centsToMoney(s.input.amountCents);
  const periodDays = terms.periodDays ?? 30;
  const advance = cents(factorAdvance(amount, terms.advanceRate));
  if (isFailure(advance)) return advance;
  const fee = cents(factorFee(amount, terms.feeRate, s.days, periodDays));
  if (isFailure(fee)) return fee;
  const rebate = cents(factorRebate(amount, terms.advanceRate, terms.feeRate, s.days, periodDays));
  if (isFailure(rebate)) return rebate;
  const apr = factorApr(terms.advanceRate, terms.feeRate, s.days, periodDays);
  // Collected today: a fee for no days has no annual rate (AR.FACTORAPR shows #DIV/0!).
  if (isFailure(apr) && !(apr.code === "divideByZero" && s.days === 0)) return apr;
  const [ar, fr] = [f.number(terms.advanceRate), f.number(terms.feeRate)];
  const tail = `${s.days},${f.number(periodDays)})`;
  return {
    choice: "factoring",
    cashNowCents: advance,
    costCents: fee,
    apr: isFailure(apr) ? null : apr,
    expectedDateSerial: s.input.asOf,
    rebateCents: rebate,
    formulas: {
      cashNow: `=AR.FACTORADVANCE(${s.amount},${ar})`,
      cost: `=AR.FACTORFEE(${s.amount},${fr},${tail}`,
      apr: `=AR.FACTORAPR(${ar},${fr},${tail}`,
      rebate: `=AR.FACTORREBATE(${s.amount},${ar},${fr},${tail}`,
      expectedDate: `=${f.date(s.input.asOf, s.input.dateSystem ?? 1900)}`,
    },
  };
}

function discountChoice(s: Selection, text: string): Result<FinancingChoice> {
  const terms = parsePaymentTerms(text);
  if (isFailure(terms)) return terms;
  if (terms.discount === undefined) return fail("unreadable", M.termsNoDiscount({ text }));
  const { rate, days } = terms.discount;
  const apr = discountApr(rate, days, terms.netDays);
  if (isFailure(apr)) return apr;
  const ear = discountApr(rate, days, terms.netDays, true) as number; // same inputs as apr, so no failure
  // The discount is what moves; the cash is the rest, so cash + cost is the amount to the cent.
  const cost = toCents(roundMoney(centsToMoney(s.input.amountCents).times(rate)).toNumber());
  const system = s.input.dateSystem ?? 1900;
  const window = terms.netDays - days;
  const d = f.number(rate);
  return {
    choice: "discount",
    cashNowCents: s.input.amountCents - cost,
    costCents: cost,
    apr,
    ear,
    expectedDateSerial: Math.max(s.input.asOf, s.input.dueSerial - window),
    formulas: {
      cashNow: `=${s.amount}-ROUND(${s.amount}*${d},2)`,
      cost: `=ROUND(${s.amount}*${d},2)`,
      apr: `=AR.DISCOUNTAPR(${f.text(text)})`,
      // TRUE() rather than TRUE: Excel reads both; spreadsheet engines such as the preview's read only the function.
      ear: `=AR.DISCOUNTAPR(${f.text(text)},,,TRUE())`,
      expectedDate: `=MAX(${f.date(s.input.asOf, system)},${f.date(s.input.dueSerial, system)}${f.plusDays(-window)})`,
    },
  };
}

function insuranceChoice(s: Selection, terms: InsuranceTerms): Result<FinancingChoice> {
  const premiumRate = checkRate(terms.premiumRate, { name: "premium_rate", example: "0.003" });
  if (isFailure(premiumRate)) return premiumRate;
  if (terms.waitingDays !== undefined && !(Number.isSafeInteger(terms.waitingDays) && terms.waitingDays >= 0))
    return fail("outOfRange", M.waitingDays({ value: String(terms.waitingDays) }));
  const turnover = terms.insuredTurnoverCents ?? s.input.amountCents;
  const atRisk = terms.atRiskCents ?? s.input.amountCents;
  const deductible = terms.deductibleCents ?? 0;
  const bad = checkCents([turnover, "insured turnover"], [atRisk, "at-risk amount"], [deductible, "deductible"]);
  if (bad) return bad;
  const indemnityRate = terms.indemnityRate ?? 0.9;
  const recovery = cents(insuranceClaim(centsToMoney(atRisk), indemnityRate, centsToMoney(deductible)));
  if (isFailure(recovery)) return recovery;
  const premium = toCents(roundMoney(centsToMoney(turnover).times(premiumRate)).toNumber());
  // With a waiting period the policy pays on the claim date, due + waiting period (never before as-of).
  const waiting = terms.waitingDays;
  const system = s.input.dateSystem ?? 1900;
  const claim =
    waiting === undefined
      ? { serial: s.expected, formula: s.expectedFormula }
      : {
          serial: Math.max(s.input.asOf, s.input.dueSerial + waiting),
          formula: `=MAX(${f.date(s.input.asOf, system)},${f.date(s.input.dueSerial, system)}${f.plusDays(waiting)})`,
        };
  return {
    choice: "insurance",
    cashNowCents: recovery,
    costCents: premium,
    apr: null,
    expectedDateSerial: claim.serial,
    formulas: {
      cashNow: `=AR.INSURANCECLAIM(${f.cents(atRisk)},${f.number(indemnityRate)},${f.cents(deductible)})`,
      cost: `=ROUND(${f.cents(turnover)}*${f.number(premiumRate)},2)`,
      apr: null,
      expectedDate: claim.formula,
    },
  };
}

function checkCents(...amounts: [number, "insured turnover" | "at-risk amount" | "deductible"][]): Failure | undefined {
  for (const [value, name] of amounts) {
    if (!Number.isSafeInteger(value) || value < 0)
      return fail("outOfRange", M.centsNegative({ which: name, value: String(value) }));
  }
  return undefined;
}
