import { DetailedCellError, HyperFormula, type ConfigParams } from "hyperformula";
import { isFailure } from "../../src/core/failure";
import {
  financingChoices,
  type FinancingChoice,
  type FinancingInput,
  type FinancingTable,
} from "../../src/core/financing/financingChoices";
import { registerArFunctions } from "../support/hyperformulaAr";
import { loadArFunctions } from "../support/loadArFunctions";

/* Each formula the Financing table shows, typed into a cell of a real spreadsheet engine with the
   AR functions registered, must give the figure the table shows. The figures themselves are checked
   against hand calculations in test/core/financing/financingChoices.test.ts; here the hand figures
   are repeated for the fixture so a formula and its figure cannot drift together:
   factoring advance 9,876.48, fee 370.37, rebate 2,098.75, APR 13.6875 / 43; discount cost 246.91,
   cash 12,098.69, APR 0.365 / 0.98; insurance premium 1,250.00, claim 10,211.04; waiting 12,345.60;
   expected 2025-08-12 = 45881, discount window end 2025-07-05 = 45843. */

const INPUT: FinancingInput = {
  amountCents: 1234560,
  asOf: 45838,
  dueSerial: 45863,
  habitDays: 17.5,
  factoring: { advanceRate: 0.8, feeRate: 0.015, periodDays: 30 },
  discountTerms: "2/10 net 30",
  insurance: { premiumRate: 0.0025, insuredTurnoverCents: 50000000, indemnityRate: 0.9, deductibleCents: 100000 },
};

beforeAll(async () => {
  registerArFunctions(await loadArFunctions());
}, 60_000);

function table(input: FinancingInput): FinancingTable {
  const result = financingChoices(input);
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

/** Evaluates formulas in a fresh sheet, one per cell of column A. */
function evaluate(formulas: string[], config: Partial<ConfigParams> = {}): unknown[] {
  const hf = HyperFormula.buildFromArray(
    formulas.map((formula) => [formula]),
    { licenseKey: "gpl-v3", ...config },
  );
  try {
    return formulas.map((_, row) => hf.getCellValue({ sheet: 0, row, col: 0 }));
  } finally {
    hf.destroy();
  }
}

/** Every figure of a row with the formula that should reproduce it (money in currency units). */
function figures(choice: FinancingChoice): [string, string, number | null][] {
  const list: [string, string, number | null][] = [
    ["cashNow", choice.formulas.cashNow, choice.cashNowCents / 100],
    ["cost", choice.formulas.cost, choice.costCents / 100],
    ["expectedDate", choice.formulas.expectedDate, choice.expectedDateSerial],
  ];
  if (choice.formulas.apr !== null) list.push(["apr", choice.formulas.apr, choice.apr]);
  if (choice.formulas.ear !== undefined) list.push(["ear", choice.formulas.ear, choice.ear ?? null]);
  if (choice.formulas.rebate !== undefined) list.push(["rebate", choice.formulas.rebate, (choice.rebateCents as number) / 100]);
  return list;
}

function expectFormulasReproduce(t: FinancingTable, config: Partial<ConfigParams> = {}): void {
  for (const choice of t.choices) {
    const list = figures(choice);
    const values = evaluate(
      list.map(([, formula]) => formula),
      config,
    );
    list.forEach(([name, formula, figure], i) => {
      // HyperFormula shows results rounded to its precision (about 14 significant digits)
      expect({ choice: choice.choice, name, formula, value: values[i] }).toEqual({
        choice: choice.choice,
        name,
        formula,
        value: expect.closeTo(figure as number, 9),
      });
    });
  }
}

test("the fixture's figures are the hand-computed ones", () => {
  const t = table(INPUT);
  const by = (c: string) => t.choices.find((x) => x.choice === c)!;
  expect([by("factoring").cashNowCents, by("factoring").costCents, by("factoring").rebateCents]).toEqual([987648, 37037, 209875]);
  expect(by("factoring").apr).toBeCloseTo(13.6875 / 43, 14);
  expect([by("discount").cashNowCents, by("discount").costCents, by("discount").expectedDateSerial]).toEqual([
    1209869, 24691, 45843,
  ]);
  expect(by("discount").apr).toBeCloseTo(0.365 / 0.98, 14);
  expect([by("insurance").cashNowCents, by("insurance").costCents]).toEqual([1021104, 125000]);
  expect([by("wait").cashNowCents, by("wait").expectedDateSerial]).toEqual([1234560, 45881]);
});

test("each shown formula, evaluated in a spreadsheet, gives the figure shown", () => {
  const t = table(INPUT);
  expectFormulasReproduce(t);
  // and the figures are the hand ones, through the formulas alone
  const factoring = t.choices[0];
  expect(evaluate([factoring.formulas.cashNow, factoring.formulas.cost, factoring.formulas.rebate as string])).toEqual([
    9876.48, 370.37, 2098.75,
  ]);
  expect(evaluate([t.choices[1].formulas.ear as string])[0]).toBeCloseTo(Math.pow(1 / 0.98, 18.25) - 1, 9);
  expect(evaluate([t.choices[2].formulas.cashNow, t.choices[2].formulas.cost])).toEqual([10211.04, 1250]);
  expect(evaluate([t.choices[3].formulas.expectedDate])).toEqual([45881]);
});

test("formulas reproduce other selections: default insurance, early payer, odd cents", () => {
  expectFormulasReproduce(table({ ...INPUT, insurance: { premiumRate: 0.003 } }));
  expectFormulasReproduce(table({ ...INPUT, amountCents: 123425, habitDays: -2.5 })); // discount 24.685 → 24.69
  expectFormulasReproduce(
    table({ ...INPUT, amountCents: 1, dueSerial: 45900, factoring: { advanceRate: 0.85, feeRate: 0.0125, periodDays: 15 } }),
  );
  expectFormulasReproduce(
    table({ ...INPUT, discountTerms: "1.5/15 net 45", factoring: { advanceRate: 0.7, feeRate: 0.03, periodDays: 7 } }),
  );
});

test("collected today: the APR formula shows #DIV/0!, as the table shows no APR", () => {
  const early = table({ ...INPUT, dueSerial: 45848, habitDays: -30 });
  const factoring = early.choices[0];
  expect(factoring.apr).toBeNull();
  const [apr] = evaluate([factoring.formulas.apr as string]);
  expect(apr).toBeInstanceOf(DetailedCellError);
  expect((apr as DetailedCellError).value).toBe("#DIV/0!");
  // the rest still reproduces: one fee period of 1.5% = 185.184 → 185.18
  expect(evaluate([factoring.formulas.cost])).toEqual([185.18]);
});

test("dates in the formulas follow a 1904 workbook", () => {
  // 1904 serials: 2025-06-30 = 44376, 2025-07-25 = 44401, expected 44401 + 18 = 44419
  const t = table({ ...INPUT, asOf: 44376, dueSerial: 44401, dateSystem: 1904 });
  expectFormulasReproduce(t, { nullDate: { year: 1904, month: 1, day: 1 } });
  expect(evaluate([t.choices[3].formulas.expectedDate], { nullDate: { year: 1904, month: 1, day: 1 } })).toEqual([44419]);
});
