import { registerArFunctions } from "../support/hyperformulaAr";
import { loadArFunctions } from "../support/loadArFunctions";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { sampleWorkbook } from "../fixtures/sampleWorkbook";
import { locateAndScan } from "../excel/scanHelpers";
import { HIGHLIGHT_FILLS } from "../../src/excel/scanHighlights";
import { createWorkbookHost, type HostRequestContext } from "../support/workbookHost/createWorkbookHost";
import { attachEngine } from "./previewEngine";
import { shiftFormula } from "./shiftFormula";

jest.setTimeout(60_000);

describe("shiftFormula", () => {
  test("moves relative parts only and leaves string literals alone", () => {
    expect(shiftFormula('=AND($I2>=91,$J2<>"A1",K$3)', 3, 1)).toBe('=AND($I5>=91,$J5<>"A1",L$3)');
    expect(shiftFormula("=LOG10(A1)+AR.DSO(B2:B3)", 1, 0)).toBe("=LOG10(A2)+AR.DSO(B3:B4)");
  });
});

describe("attachEngine", () => {
  test("computes formulas and spills into the model's values", () => {
    const model = new WorkbookModel(["Sheet1"]);
    attachEngine(model);
    model.setRows("Sheet1", "A1", [[2, "=A1*3", "=SEQUENCE(2)"]]);
    model.ensureCalculated();
    const sheet = model.sheet("Sheet1")!;
    expect(sheet.value(0, 1)).toBe(6); // 2 × 3
    expect([sheet.value(0, 2), sheet.value(1, 2)]).toEqual([1, 2]);
    expect(sheet.formula(0, 1)).toBe("=A1*3");
  });

  test("through the host, a formula written in a batch reads back computed after sync", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    attachEngine(model);
    const host = createWorkbookHost(model);
    const value = await host.run(async (context: HostRequestContext) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [[4, "=A1+0.5"]];
      await context.sync();
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(value).toEqual([[4, 4.5]]); // 4 + 0.5
  });

  test("AR.* formulas compute once registered", async () => {
    registerArFunctions(await loadArFunctions());
    const model = new WorkbookModel(["Sheet1"]);
    attachEngine(model);
    // AR.DAYSOVERDUE(due, asOf): 2025-06-30 (45838) − 2025-05-14 (45791) = 47 days.
    model.setRows("Sheet1", "A1", [[45791, "=AR.DAYSOVERDUE(A1,45838)"]]);
    model.ensureCalculated();
    expect(model.sheet("Sheet1")!.value(0, 1)).toBe(47);
  });

  test("paints a scan's highlights: a 91+ row red, a paid row not at all", async () => {
    const model = sampleWorkbook("en", 45838);
    const engine = attachEngine(model, { eager: false });
    await locateAndScan(model);
    expect(engine.stale).toBe(true);
    engine.recalculate();
    const sheet = model.sheet("Ledger")!;
    let red = 0;
    for (let r = 1; r < 342; r++) {
      const days = sheet.value(r, 11);
      const fill = engine.fillAt(sheet, r, 0);
      const status = sheet.value(r, 7);
      if (
        typeof days === "number" &&
        days >= 91 &&
        status === "" &&
        sheet.value(r, 12) !== "Paid" &&
        Number(sheet.value(r, 4)) > 0
      ) {
        expect(fill).toBe(HIGHLIGHT_FILLS.days91);
        red++;
      }
      if (sheet.value(r, 12) === "Paid") expect(fill).toBeUndefined();
    }
    expect(red).toBeGreaterThan(0);
  });
});
