import { setDateSystem } from "../../src/functions/convert";
import { amountCases } from "./corpus/amountCases";
import { AR, type Case, type ErrorExpect } from "./corpus/corpusTypes";
import { dateCases } from "./corpus/dateCases";
import { dunningCases } from "./corpus/dunningCases";
import { metricCases } from "./corpus/metricCases";
import { scalarCases } from "./corpus/scalarCases";
import { scheduleCases } from "./corpus/scheduleCases";

/* Runs the hostile corpus: every case's answer must be what the spec says (value, or Excel error
   value with its message), and no call may throw. */

const corpus: Case[] = [...dateCases, ...amountCases, ...metricCases, ...scalarCases, ...scheduleCases, ...dunningCases];

function isErrorExpect(x: unknown): x is ErrorExpect {
  return typeof x === "object" && x !== null && "error" in x;
}

/** Compares one answer cell with what the case expects. */
function expectCell(actual: unknown, expected: unknown, where: string): void {
  if (isErrorExpect(expected)) {
    expect({ where, isError: actual instanceof CustomFunctions.Error }).toEqual({ where, isError: true });
    const error = actual as CustomFunctions.Error;
    expect({ where, code: error.code }).toEqual({ where, code: expected.error });
    if (expected.message) expect(error.message).toMatch(expected.message);
  } else if (typeof expected === "number") {
    expect({ where, type: typeof actual }).toEqual({ where, type: "number" });
    expect(actual as number).toBeCloseTo(expected, 9);
  } else {
    expect({ where, value: actual }).toEqual({ where, value: expected });
  }
}

afterEach(() => setDateSystem(1900));

test("the corpus holds at least 200 cases over all 32 functions", () => {
  expect(corpus.length).toBeGreaterThanOrEqual(200);
  expect(new Set(corpus.map((c) => c.fn))).toEqual(new Set(Object.keys(AR)));
});

test.each(corpus.map((c, i) => [`${i + 1} AR.${c.fn}: ${c.why}`, c] as const))("%s", (_name, c) => {
  if (c.system) setDateSystem(c.system);
  const fn = AR[c.fn];
  expect(fn).toBeDefined();
  let result: unknown;
  expect(() => (result = fn(...c.args))).not.toThrow();
  if ("spill" in c.expect) {
    const spill = c.expect.spill;
    expect(Array.isArray(result)).toBe(true);
    const rows = result as unknown[][];
    expect(rows.map((r) => r.length)).toEqual(spill.map((r) => r.length));
    spill.forEach((row, r) => row.forEach((cell, k) => expectCell(rows[r][k], cell, `[${r},${k}]`)));
    return;
  }
  let cell = result;
  if (c.at) {
    expect(Array.isArray(result)).toBe(true);
    cell = (result as unknown[][])[c.at[0]]?.[c.at[1]];
  }
  expectCell(cell, "value" in c.expect ? c.expect.value : c.expect, "answer");
});
