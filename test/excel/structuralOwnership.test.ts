import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import type { LedgerWorkbook } from "../../src/excel/ledgerWorkbook";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { englishLedger } from "./ledgerFixtures";
import { cells, scanWith } from "./scanHelpers";

/* Issue #16: what a scan wrote moves with the cells. Each case scans the English ledger, makes an
   ordinary edit the way Excel does it (the test host shifts values, formats, notes, conditional
   formats, tables and workbook names), then clears: the workbook must equal the untouched ledger
   with the same edit made — every user cell as it was — and a rescan after the edit must write
   beside the ledger's own last column, never over it. */

type Edit = (model: WorkbookModel) => void;

const EDITS: readonly [string, Edit][] = [
  ["a column inserted at A", (m) => m.insertColumns("Sheet1", "A")],
  ["a row inserted above the ledger", (m) => m.insertRows("Sheet1", 1)],
  ["a row inserted inside the ledger", (m) => m.insertRows("Sheet1", 4)],
  ["a column inserted inside the ledger", (m) => m.insertColumns("Sheet1", "C")],
  ["a ledger row deleted", (m) => m.deleteRows("Sheet1", 3)],
  ["a ledger column moved", (m) => m.moveColumns("Sheet1", "B", 1, "E")],
];

function open(model: WorkbookModel): LedgerWorkbook {
  return createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model, { apiVersion: "1.20" })));
}

function expectedAfter(edit: Edit): string {
  const pristine = englishLedger();
  edit(pristine);
  return pristine.snapshot();
}

describe.each(EDITS)("scan, then %s", (_, edit) => {
  test("Clear leaves every user cell as it was", async () => {
    const model = englishLedger();
    const workbook = open(model);
    expect((await scanWith(workbook)).kind).toBe("done");
    edit(model);
    await workbook.clear();
    expect(model.snapshot()).toBe(expectedAfter(edit));
  });

  test("a rescan writes beside the ledger, and Clear after it still gives the workbook back", async () => {
    const model = englishLedger();
    const workbook = open(model);
    expect((await scanWith(workbook)).kind).toBe("done");
    edit(model);
    const rescan = await scanWith(workbook);
    if (rescan.kind !== "done") throw new Error(rescan.kind === "invalid" ? rescan.message : rescan.kind);
    // The ledger's header still holds all of its own columns, the results start right after them.
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    expect(found.location.headers).toEqual(expect.arrayContaining(["Customer", "Due date", "Amount", "Paid date"]));
    expect(rescan.ledger.resultColumn).toBe(found.location.firstColumn + found.location.columnCount);
    // Fox paid INV-6 before the as-of date: settled whatever moved (0 open), as in the first scan.
    const fox = rescan.customers.find((c) => c.customer === "Fox");
    expect(fox?.openCents ?? 0).toBe(0);
    await workbook.clear();
    expect(model.snapshot()).toBe(expectedAfter(edit));
  });
});

test("a column the user inserts among the result columns is not ours: Clear leaves it", async () => {
  const model = englishLedger();
  const workbook = open(model);
  expect((await scanWith(workbook)).kind).toBe("done");
  // The results are H:K; a column inserted at J splits them, and the user types a note there.
  model.insertColumns("Sheet1", "J");
  model.setRows("Sheet1", "J1", [["My notes"], ["call Monday"]]);
  await workbook.clear();
  expect(cells(model, "Sheet1", 0, 9, 1, 9)).toEqual([["My notes"], ["call Monday"]]);
  // The scan's own four columns are empty again.
  expect(
    cells(model, "Sheet1", 0, 7, 1, 8)
      .flat()
      .concat(cells(model, "Sheet1", 0, 10, 1, 11).flat()),
  ).toEqual(Array(8).fill(""));
});

test("result columns the user deleted, and a column typed in their place, are not ours any more", async () => {
  const model = englishLedger();
  const workbook = open(model);
  expect((await scanWith(workbook)).kind).toBe("done");
  model.deleteColumns("Sheet1", "H", 4);
  model.setRows("Sheet1", "H1", [["Follow-up"], ["email sent"]]);
  expect(await workbook.clear()).toEqual({ removed: [] });
  expect(cells(model, "Sheet1", 0, 7, 1, 7)).toEqual([["Follow-up"], ["email sent"]]);
  // Find ledger takes the user's new column as part of the ledger, not as ours.
  const found = await workbook.locateLedger();
  expect(found.kind === "found" && found.location.headers).toContain("Follow-up");
});

test("a table ledger with its own Aging column keeps it through scan and Clear (issue #16)", async () => {
  const model = englishLedger();
  // The user's table has an "Aging" column of its own (their note of how old each invoice is).
  model.setRows("Sheet1", "H1", [["Aging"], ["old"], ["new"], ["new"], ["old"], ["old"], ["new"], ["old"], ["new"]]);
  model.addTable("Sheet1", "A1:H9", "Receivables");
  const before = model.snapshot();
  const workbook = open(model);
  const outcome = await scanWith(workbook);
  expect(outcome.kind).toBe("done");
  // Ours are added beside it under names the user's table does not have.
  expect(cells(model, "Sheet1", 0, 7, 0, 11)).toEqual([["Aging", "Days overdue", "Aging (AR 2)", "Next action", "Why"]]);
  expect(cells(model, "Sheet1", 1, 7, 1, 7)).toEqual([["old"]]);
  await workbook.clear();
  expect(model.snapshot()).toBe(before);
});

describe("cell by cell: Clear takes a result cell only while it holds what the scan wrote", () => {
  test("a note a collector typed over a Next action cell stays, and Clear says where", async () => {
    const model = englishLedger();
    const workbook = open(model);
    expect((await scanWith(workbook)).kind).toBe("done");
    // Results are H:K; J3 is Beta's Next action.
    model.setRows("Sheet1", "J3", [["spoke to AP, paying Friday"]]);
    const outcome = await workbook.clear();
    expect(outcome).toEqual({ removed: ["Sheet1!H1:K9"], kept: ["Sheet1!J3"] });
    expect(cells(model, "Sheet1", 2, 9, 2, 9)).toEqual([["spoke to AP, paying Friday"]]);
    // Everything else the scan wrote is gone.
    const left = cells(model, "Sheet1", 0, 7, 8, 10)
      .flat()
      .filter((v) => v !== "");
    expect(left).toEqual(["spoke to AP, paying Friday"]);
  });

  test("in a row inserted inside the ledger, what the user typed in our columns stays; the rest goes", async () => {
    const model = englishLedger();
    const workbook = open(model);
    expect((await scanWith(workbook)).kind).toBe("done");
    model.insertRows("Sheet1", 4);
    model.setRows("Sheet1", "A4", [["Hotel", "INV-9", 45800, 45830, 50, "", ""]]);
    model.setRows("Sheet1", "J4", [["new customer: send welcome pack"]]);
    const outcome = await workbook.clear();
    expect(outcome.kept).toEqual(["Sheet1!J4"]);
    const left = cells(model, "Sheet1", 0, 7, 9, 10)
      .flat()
      .filter((v) => v !== "");
    expect(left).toEqual(["new customer: send welcome pack"]);
  });
});

test("formats the user set on the empty cells the results took come back with Clear (issue #16)", async () => {
  const model = englishLedger();
  const sheet = model.sheet("Sheet1")!;
  // The user had formatted H and J before any scan: a currency format and a date format.
  sheet.setNumberFormat({ r0: 0, c0: 7, r1: 8, c1: 7 }, "#,##0.00");
  sheet.setNumberFormat({ r0: 3, c0: 9, r1: 5, c1: 9 }, "yyyy-mm-dd");
  const before = model.snapshot();
  const workbook = open(model);
  expect((await scanWith(workbook)).kind).toBe("done");
  expect(sheet.numberFormat(1, 7)).toBe("0"); // the scan's own format while its results are there
  // A rescan in the same place keeps the formats from before the first scan on record.
  expect((await scanWith(workbook)).kind).toBe("done");
  await workbook.clear();
  expect(model.snapshot()).toBe(before);
});
