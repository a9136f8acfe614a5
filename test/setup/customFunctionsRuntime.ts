/**
 * Jest runs outside Excel, where the `CustomFunctions` global of the custom-functions runtime does
 * not exist. This stand-in mirrors the runtime's shape (office-js dist/custom-functions-runtime.js):
 * `ErrorCode` values are the error strings, `Error` extends Error and carries `code`; the runtime
 * keeps the message only for #VALUE! and #N/A, as here.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionError extends Error {
  readonly type = "Error";
  readonly code: string;
  constructor(code?: string, message?: string) {
    super(message ?? "");
    this.code = code || ErrorCode.invalidValue;
  }
}

const runtime = {
  ErrorCode,
  Error: CustomFunctionError,
  associate: () => undefined,
};

(globalThis as unknown as { CustomFunctions: typeof runtime }).CustomFunctions = runtime;
