import { isFailure } from "../../src/core/failure";
import { parseLadderAddress } from "../../src/excel/ladderRange";
import { englishLedger } from "./ledgerFixtures";
import { locateAndScan } from "./scanHelpers";

/* Issue #17 item 5: a whole-sheet ladder range (Ladder!A1:XFD1048576) threw, Ladder!A:B was "not
   found". Ladder ranges are now read over their used part, whole columns and rows are accepted,
   and every bad ladder has a message naming the range. Excel's grid: 1,048,576 rows, 16,384
   columns (A…XFD); blocks are 0-based and inclusive. */

describe("parseLadderAddress", () => {
  test("a block, whole columns, whole rows, the whole sheet; $ signs and quoted sheet names", () => {
    expect(parseLadderAddress("Ladder!A1:B6", "Sheet1")).toEqual({ sheet: "Ladder", r0: 0, c0: 0, r1: 5, c1: 1 });
    expect(parseLadderAddress("Ladder!A:B", "Sheet1")).toEqual({ sheet: "Ladder", r0: 0, c0: 0, r1: 1048575, c1: 1 });
    expect(parseLadderAddress("Ladder!$B:$D", "Sheet1")).toEqual({ sheet: "Ladder", r0: 0, c0: 1, r1: 1048575, c1: 3 });
    expect(parseLadderAddress("Ladder!3:9", "Sheet1")).toEqual({ sheet: "Ladder", r0: 2, c0: 0, r1: 8, c1: 16383 });
    expect(parseLadderAddress("'My ladder'!$A$1:$XFD$1048576", "Sheet1")).toEqual({
      sheet: "My ladder",
      r0: 0,
      c0: 0,
      r1: 1048575,
      c1: 16383,
    });
    // No sheet named: the ledger's sheet. Reversed corners are the same block.
    expect(parseLadderAddress("B6:A1", "Sheet1")).toEqual({ sheet: "Sheet1", r0: 0, c0: 0, r1: 5, c1: 1 });
    // One cell: a preset name typed in a cell.
    expect(parseLadderAddress("Ladder!A1", "Sheet1")).toEqual({ sheet: "Ladder", r0: 0, c0: 0, r1: 0, c1: 0 });
  });

  test.each([
    ["Ladder!", "no range"],
    ["Ladder!A1:C", "a cell with a column"],
    ["Ladder!B", "a column alone"],
    ["Ladder!7", "a row alone"],
    ["Ladder!A1:B2:C3", "three corners"],
    ["Ladder!XFE1:XFF2", "past column XFD"],
    ["Ladder!A0:B3", "row 0"],
    ["Ladder!A1:B1048577", "past row 1,048,576"],
    ["!A1:B2", "an empty sheet name"],
  ])("%s (%s) is not an address, said so", (address) => {
    const block = parseLadderAddress(address, "Sheet1");
    if (!isFailure(block)) throw new Error(`read ${JSON.stringify(block)}`);
    expect(block.message).toBe(
      `cannot read the ladder range '${address}'; give a range such as Ladder!A1:B6, or whole columns such as Ladder!A:B`,
    );
  });

  test("one column is refused: the action must stand beside the days", () => {
    const block = parseLadderAddress("Ladder!A:A", "Sheet1");
    if (!isFailure(block)) throw new Error("read a one-column ladder");
    expect(block.message).toContain("the ladder range 'Ladder!A:A' is one column wide");
  });
});

describe("a scan with a ladder range", () => {
  /* englishLedger as of 2025-06-30: Acme (sheet row 2) is 47 days overdue, Delta (row 5) 100, the
     invoice in row 9 is 15 days. The ladder below starts at sheet row 3 under two empty rows:
     1 Email, 30 Call, 60 Letter → row 9 (15 days) Email, Acme (47) Call, Delta (100) Letter.
     The next action is the result block's third column, J (0-based 9). */
  const LADDER = [
    ["Days from due", "Action"],
    [1, "Email"],
    [30, "Call"],
    [60, "Letter"],
  ];

  async function scanWithLadder(address: string, rows: unknown[][] = LADDER, at = "A3") {
    const model = englishLedger();
    model.addSheet("Ladder");
    model.setRows("Ladder", at, rows);
    const before = model.snapshot();
    const { host, outcome } = await locateAndScan(model, { ladder: { kind: "range", address } });
    return { host, outcome, before, model };
  }

  test.each(["Ladder!A:B", "Ladder!A1:XFD1048576", "Ladder!A3:B6", "Ladder!1:20"])(
    "%s reads the ladder (header under empty rows, rungs below)",
    async (address) => {
      const { host, outcome } = await scanWithLadder(address);
      expect(outcome.kind).toBe("done");
      const sheet = host.model.sheet("Sheet1")!;
      expect(sheet.value(8, 9)).toBe("Email");
      expect(sheet.value(1, 9)).toBe("Call");
      expect(sheet.value(4, 9)).toBe("Letter");
    },
  );

  test("a whole-sheet range loads its used part only: as many bytes as the block A3:B6 itself", async () => {
    // Rows 3–6, columns A–B hold the ladder; a whole-sheet load would be 17 billion cells.
    const bytes = async (address: string) => {
      const { host, outcome } = await scanWithLadder(address);
      expect(outcome.kind).toBe("done");
      return host.stats.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    };
    expect(await bytes("Ladder!A1:XFD1048576")).toBe(await bytes("Ladder!A3:B6"));
  });

  test.each([
    ["Nope!A:B", "the ladder range 'Nope!A:B' is on sheet 'Nope', which this workbook does not have"],
    ["Ladder!D:E", "the ladder range 'Ladder!D:E' is empty; fill in rows of days from due | action"],
    ["Ladder!A:A", "the ladder range 'Ladder!A:A' is one column wide"],
    ["Ladder!A:", "cannot read the ladder range 'Ladder!A:'"],
  ])("%s is refused with its own message and nothing written", async (address, message) => {
    const { outcome, before, model } = await scanWithLadder(address);
    expect(outcome.kind).toBe("invalid");
    expect(outcome.kind === "invalid" ? outcome.message : "").toContain(message);
    expect(model.snapshot()).toBe(before);
  });

  test("a bad rung names the range and the sheet row", async () => {
    // Sheet row 5 (the third row from A3) has days 30 and no action.
    const rows = [
      ["Days from due", "Action"],
      [1, "Email"],
      [30, ""],
      [60, "Letter"],
    ];
    const { outcome } = await scanWithLadder("Ladder!A:B", rows);
    expect(outcome).toMatchObject({
      kind: "invalid",
      message: "in the ladder range 'Ladder!A:B': ladder row 5: the action for day 30 is blank",
    });
  });

  test("a ladder one column right of the range's first is read in place: its days column is empty", async () => {
    // Range A:C, ladder typed in B3:C6: column A (days) is empty on sheet row 3, the header row.
    const { outcome } = await scanWithLadder("Ladder!A:C", LADDER, "B3");
    expect(outcome).toMatchObject({
      kind: "invalid",
      message: "in the ladder range 'Ladder!A:C': ladder row 3: cannot read '' as days from due (e.g. -3, 1, 30)",
    });
  });
});
