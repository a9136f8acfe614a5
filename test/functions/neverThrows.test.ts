import fc from "fast-check";
import type { ArFunction } from "../support/hyperformulaAr";
import { loadArFunctions } from "../support/loadArFunctions";

/* Every AR.* function, whatever Excel hands it (blanks, text, booleans, error cells, odd shapes,
   huge or fractional numbers), answers with a value or an error value: nothing is thrown, and an
   error is never the *string* "#VALUE!" but a CustomFunctions.Error. */

let functions: ArFunction[];

beforeAll(async () => {
  functions = await loadArFunctions();
}, 60_000);

const cell = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant("#N/A"),
  fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)),
  fc.boolean(),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom("2025-06-30", "Net 30", "12%", "(1,234.50)", "standard", "zh", "disputed", "abc", "03/04/2025"),
);
const argument = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));

function problems(result: unknown): string[] {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  return cells.flatMap((v): string[] => {
    if (typeof v === "string" && /^#[A-Z/0!?]+$/.test(v)) return [`string error ${v}`];
    if (typeof v === "number" && !Number.isFinite(v)) return [`non-finite ${v}`];
    if (typeof v === "object" && v !== null && !(v instanceof CustomFunctions.Error)) return [`object ${JSON.stringify(v)}`];
    // the converter's last-resort catch: a bug in our code, not a message for the analyst
    if (v instanceof CustomFunctions.Error && (v.message ?? "").startsWith("unexpected error")) return [v.message ?? ""];
    if (v === null || v === undefined) return ["null/undefined (shows as 0)"];
    return [];
  });
}

test("no AR function throws or answers with an error string, a non-finite number or null", () => {
  for (const fn of functions) {
    fc.assert(
      fc.property(fc.array(argument, { minLength: fn.parameters.length, maxLength: fn.parameters.length }), (args) => {
        let result: unknown;
        expect(() => (result = fn.implementation(...args))).not.toThrow();
        expect({ id: fn.id, problems: problems(result) }).toEqual({ id: fn.id, problems: [] });
      }),
      { numRuns: 150, seed: 20251123 },
    );
  }
});
