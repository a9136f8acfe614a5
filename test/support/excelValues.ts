/** Helpers for tests that look at what an AR.* function hands back to Excel. */

export interface ErrorCell {
  code: string;
  message: string;
}

export function isErrorCell(value: unknown): value is ErrorCell {
  return typeof value === "object" && value !== null && "code" in value;
}

/** The code and message of an error value (a CustomFunctions.Error), failing the test if it is not one. */
export function errorOf(value: unknown): ErrorCell {
  if (!isErrorCell(value)) throw new Error(`expected an error value, got ${JSON.stringify(value)}`);
  return { code: value.code, message: value.message };
}

/** The error of a spilled call that failed as a whole: a 1×1 range holding one error value. */
export function spillErrorOf(value: unknown): ErrorCell {
  if (!Array.isArray(value) || value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) {
    throw new Error(`expected a 1×1 error range, got ${JSON.stringify(value)}`);
  }
  return errorOf(value[0][0]);
}
