import { HyperFormula, type RawCellContent } from "hyperformula";
import { registerArFunctions } from "./hyperformulaAr";
import { loadArFunctions } from "./loadArFunctions";

/**
 * A one-sheet HyperFormula workbook with the AR.* functions registered (through the test bridge, as
 * the preview computes them), for tests that type formulas into cells and read what they spill.
 * Call `useArFunctions()` once in a test file (a beforeAll), then `new ArSheet(rows)` per test and
 * `destroy()` it after.
 */
export class ArSheet {
  readonly hf: HyperFormula;

  constructor(rows: RawCellContent[][]) {
    this.hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
  }

  /** The address of an A1 cell on the sheet. */
  at(cell: string) {
    return this.hf.simpleCellAddressFromString(cell, 0)!;
  }

  /** The computed values of a block, e.g. block("F1", "H5"). */
  block(from: string, to: string) {
    return this.hf.getRangeValues(this.hf.simpleCellRangeFromString(`${from}:${to}`, 0)!);
  }

  /** Types a formula (or value) into a cell. */
  put(cell: string, formula: string): void {
    this.hf.setCellContents(this.at(cell), [[formula]]);
  }

  /** The computed value of one cell. */
  value(cell: string) {
    return this.hf.getCellValue(this.at(cell));
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** Registers the AR.* functions with HyperFormula once for the test file. */
export function useArFunctions(): void {
  beforeAll(async () => {
    registerArFunctions(await loadArFunctions());
  }, 60_000);
}
