import { createWorkbookHost, type HostRequestContext } from "./createWorkbookHost";
import { parseAddress, rectAddress } from "./a1";
import { adjustFormula, mapSpan, translateFormula, type StructuralEdit } from "./structuralEdit";
import { nameFormula, WorkbookModel } from "./workbookModel";

const insertRow = (at: number, count = 1): StructuralEdit => ({ kind: "insert", axis: "rows", at: at - 1, count });
const deleteRow = (at: number, count = 1): StructuralEdit => ({ kind: "delete", axis: "rows", at: at - 1, count });
const insertColumn = (at: number, count = 1): StructuralEdit => ({ kind: "insert", axis: "columns", at, count });
const deleteColumn = (at: number, count = 1): StructuralEdit => ({ kind: "delete", axis: "columns", at, count });

/** A ledger-like sheet: headers in row 1, values in A2:H20, with a note, a CF, a table, a formula and a name. */
function ledger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1", "Other"]);
  const rows: unknown[][] = [["Customer", "Invoice", "Date", "Due", "Amount", "Paid", "Open", "Days"]];
  for (let i = 2; i <= 20; i++) rows.push([`C${i}`, `INV-${i}`, 45000 + i, 45030 + i, i * 100, 0, i * 100, i]);
  model.setRows("Sheet1", "A1", rows);
  model.sheet("Sheet1")!.setNumberFormat({ r0: 1, c0: 2, r1: 19, c1: 3 }, "yyyy-mm-dd");
  model.sheet("Sheet1")!.notes.set("B2", "typed by the user");
  model.sheet("Sheet1")!.conditionalFormats.push({
    id: "{CF-1",
    rect: { r0: 1, c0: 0, r1: 9, c1: 7 },
    type: "Custom",
    formula: "=$H2>=91",
    fill: "#FFC7CE",
    fontColor: null,
    priority: 0,
    stopIfTrue: false,
  });
  model.addTable("Sheet1", "A1:H20", "Ledger");
  model.setRows("Sheet1", "J1", [["=SUM(B2:B5)", "=$E$2*2", '="A1"&A1', "=SUM(E:E)", "=SUM(2:3)"]]);
  model.setRows("Other", "A1", [["=Sheet1!E2", "='Sheet1'!E2:E20", "=E2"]]);
  model.addName("Marks", "Sheet1!I1:L20");
  return model;
}

function cells(model: WorkbookModel, sheet: string, address: string): unknown[] {
  const s = model.sheet(sheet)!;
  const rect = parseAddress(address)!.rect;
  const out: unknown[] = [];
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) out.push(s.formula(r, c) ?? s.value(r, c));
  return out;
}

describe("reference shifting, as Excel adjusts references on structural edits", () => {
  test("inserting rows moves references at or after them, grows ranges they fall inside, absolute or not", () => {
    const edit = insertRow(4);
    expect(adjustFormula("=SUM(B2:B5)", "S", "S", edit)).toBe("=SUM(B2:B6)");
    expect(adjustFormula("=SUM(B4:B5)+$A$4+A3+A$9", "S", "S", edit)).toBe("=SUM(B5:B6)+$A$5+A3+A$10");
    expect(adjustFormula("=SUM(E:E)+SUM(2:5)+SUM($4:$4)", "S", "S", edit)).toBe("=SUM(E:E)+SUM(2:6)+SUM($5:$5)");
  });

  test("deleting rows shrinks ranges; references to deleted cells become #REF!", () => {
    const edit = deleteRow(3, 2); // rows 3:4
    expect(adjustFormula("=SUM(B2:B5)", "S", "S", edit)).toBe("=SUM(B2:B3)");
    expect(adjustFormula("=SUM(B3:B4)+B5+B2", "S", "S", edit)).toBe("=SUM(#REF!)+B3+B2");
    expect(adjustFormula("=S!B3+'My S'!B3", "Other", "S", edit)).toBe("=S!#REF!+'My S'!B3");
    expect(adjustFormula("=SUM(B3:B9)", "S", "S", edit)).toBe("=SUM(B3:B7)");
    expect(adjustFormula("=SUM(A1:C1)+B2+$D$2+SUM(B:B)", "S", "S", deleteColumn(1))).toBe("=SUM(A1:B1)+#REF!+$C$2+SUM(#REF!)");
  });

  test("only references into the edited sheet move; string literals, names and functions stay", () => {
    const edit = insertColumn(0);
    expect(adjustFormula('=IF(A1="A1",LOG10(A2),Rate)+AR.DSO(B2:B3)', "S", "S", edit)).toBe(
      '=IF(B1="A1",LOG10(B2),Rate)+AR.DSO(C2:C3)',
    );
    expect(adjustFormula("=A1+Other!A1+'S'!A1", "S", "S", edit)).toBe("=B1+Other!A1+'S'!B1");
    expect(adjustFormula("=A1", "Other", "S", edit)).toBe("=A1");
    expect(adjustFormula("=SUM(A:B)+SUM(1:1)", "S", "S", edit)).toBe("=SUM(B:C)+SUM(1:1)");
  });

  test("a span wholly in a moved block moves with it; any other span sees the block leave and arrive", () => {
    const move: StructuralEdit = { kind: "move", axis: "columns", from: 0, count: 1, to: 3 }; // A before D: B, C, A, D
    expect(mapSpan(move, 0, 0)).toEqual([2, 2]);
    expect(mapSpan(move, 1, 2)).toEqual([0, 1]);
    expect(mapSpan(move, 0, 4)).toEqual([0, 4]);
    expect(mapSpan(move, 3, 5)).toEqual([3, 5]);
    const back: StructuralEdit = { kind: "move", axis: "columns", from: 3, count: 2, to: 1 }; // D:E before B
    expect([0, 1, 2, 3, 4, 5].map((c) => mapSpan(back, c, c)![0])).toEqual([0, 3, 4, 1, 2, 5]);
  });

  test("translateFormula moves relative parts only", () => {
    expect(translateFormula('=AND($H2>=91,H$2<>"A1",Sheet2!B2)', 3, 1)).toBe('=AND($H5>=91,I$2<>"A1",Sheet2!C5)');
  });
});

describe("model structural edits: everything on the sheet shifts", () => {
  test("insert 1 column at A: I1:L20 → J1:M20, note B2 → C2, CF A2:H10 → B2:I10, table A1:H20 → B1:I20", () => {
    const model = ledger();
    model.insertColumns("Sheet1", "A");
    const sheet = model.sheet("Sheet1")!;
    expect(nameFormula(model.name("marks")!)).toBe("=Sheet1!$J$1:$M$20");
    expect([...sheet.notes]).toEqual([["C2", "typed by the user"]]);
    expect(rectAddress(sheet.conditionalFormats[0].rect)).toBe("B2:I10");
    expect(sheet.conditionalFormats[0].formula).toBe("=$I2>=91");
    expect(rectAddress(model.tables[0].rect)).toBe("B1:I20");
    expect(cells(model, "Sheet1", "A1:C1")).toEqual(["", "Customer", "Invoice"]);
    expect(sheet.numberFormat(1, 3)).toBe("yyyy-mm-dd"); // the date column moved from C to D
    expect(sheet.numberFormat(1, 0)).toBe("General"); // nothing on the left to copy a format from
    expect(cells(model, "Sheet1", "K1:O1")).toEqual(["=SUM(C2:C5)", "=$F$2*2", '="A1"&B1', "=SUM(F:F)", "=SUM(2:3)"]);
    expect(cells(model, "Other", "A1:C1")).toEqual(["=Sheet1!F2", "='Sheet1'!F2:F20", "=E2"]);
  });

  test("…then inserting a row at 4: =SUM(B2:B5) (now C2:C5) becomes =SUM(C2:C6)", () => {
    const model = ledger();
    model.insertColumns("Sheet1", "A");
    model.insertRows("Sheet1", 4);
    const sheet = model.sheet("Sheet1")!;
    expect(cells(model, "Sheet1", "K1")).toEqual(["=SUM(C2:C6)"]);
    expect(cells(model, "Sheet1", "N1:O1")).toEqual(["=SUM(F:F)", "=SUM(2:3)"]);
    expect(cells(model, "Sheet1", "B3:B5")).toEqual(["C3", "", "C4"]);
    expect(rectAddress(model.tables[0].rect)).toBe("B1:I21");
    expect(rectAddress(sheet.conditionalFormats[0].rect)).toBe("B2:I11");
    expect(nameFormula(model.name("Marks")!)).toBe("=Sheet1!$J$1:$M$21");
    // The inserted row takes the formats of the row above (Format Same As Above).
    expect(sheet.numberFormat(3, 3)).toBe("yyyy-mm-dd");
    expect(cells(model, "Other", "A1:B1")).toEqual(["=Sheet1!F2", "='Sheet1'!F2:F21"]);
  });

  test("deleting rows inside a named range shrinks it; deleting all its rows makes it #REF!", () => {
    const model = ledger();
    model.addName("Top", "Sheet1!A2:H3");
    model.deleteRows("Sheet1", 5, 3);
    expect(nameFormula(model.name("Marks")!)).toBe("=Sheet1!$I$1:$L$17");
    model.deleteRows("Sheet1", 2, 2);
    expect(nameFormula(model.name("Top")!)).toBe("=Sheet1!#REF!");
    expect(model.name("Top")!.target).toMatchObject({ kind: "range", rect: null });
    expect(model.snapshot()).toContain('"formula":"=Sheet1!#REF!"');
  });

  test("deleting rows: values move up, notes and CFs on deleted cells go, formulas to them are #REF!", () => {
    const model = ledger();
    const sheet = model.sheet("Sheet1")!;
    sheet.notes.set("A4", "gone with row 4");
    sheet.conditionalFormats.push({
      ...sheet.conditionalFormats[0],
      id: "{CF-2",
      rect: { r0: 3, c0: 0, r1: 3, c1: 1 },
      priority: 1,
    });
    model.hideRows("Sheet1", "A6");
    model.deleteRows("Sheet1", 2, 3); // rows 2:4
    expect(cells(model, "Sheet1", "A2:B2")).toEqual(["C5", "INV-5"]);
    expect([...sheet.notes.keys()]).toEqual([]); // B2 and A4 were deleted
    expect(sheet.conditionalFormats.map((cf) => rectAddress(cf.rect))).toEqual(["A2:H7"]);
    // The CF's first row (2) was deleted: its formula is re-based on the row that is now first (old 5).
    expect(sheet.conditionalFormats[0].formula).toBe("=$H2>=91");
    expect(cells(model, "Sheet1", "J1:K1")).toEqual(["=SUM(B2:B2)", "=#REF!*2"]);
    expect([...sheet.hiddenRows.keys()]).toEqual([2]);
    expect(rectAddress(model.tables[0].rect)).toBe("A1:H17");
  });

  test("deleting a table's column removes it from the table; deleting all its columns removes the table", () => {
    const model = ledger();
    model.deleteColumns("Sheet1", "B");
    expect(rectAddress(model.tables[0].rect)).toBe("A1:G20");
    expect(cells(model, "Sheet1", "A1:C1")).toEqual(["Customer", "Date", "Due"]);
    expect(cells(model, "Sheet1", "I1")).toEqual(["=SUM(#REF!)"]);
    model.deleteColumns("Sheet1", 1, 7);
    expect(model.tables).toEqual([]);
    expect(model.sheet("Sheet1")!.conditionalFormats).toEqual([]);
  });

  test("inserting a column inside a table grows it and names the new column as Excel does", () => {
    const model = ledger();
    model.insertColumns("Sheet1", "C", 2);
    expect(rectAddress(model.tables[0].rect)).toBe("A1:J20");
    expect(cells(model, "Sheet1", "B1:E1")).toEqual(["Invoice", "Column1", "Column2", "Date"]);
    // Inserted columns take the formats of the column to their left (Format Same As Left): B is General.
    expect(model.sheet("Sheet1")!.numberFormat(1, 2)).toBe("General");
    expect(model.sheet("Sheet1")!.numberFormat(1, 4)).toBe("yyyy-mm-dd");
  });

  test("moveColumns keeps each column's values, formats, notes and references together", () => {
    const model = ledger();
    const before = cells(model, "Sheet1", "A1:H20");
    model.hideColumns("Sheet1", "C1");
    model.moveColumns("Sheet1", "C", 2, "B"); // Date and Due dragged before Invoice
    const sheet = model.sheet("Sheet1")!;
    expect(cells(model, "Sheet1", "A1:E1")).toEqual(["Customer", "Date", "Due", "Invoice", "Amount"]);
    expect(cells(model, "Sheet1", "A7:D7")).toEqual(["C7", 45007, 45037, "INV-7"]);
    expect([sheet.numberFormat(1, 1), sheet.numberFormat(1, 2), sheet.numberFormat(1, 3)]).toEqual([
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "General",
    ]);
    expect([...sheet.hiddenColumns]).toEqual([1]);
    expect([...sheet.notes.keys()]).toEqual(["D2"]);
    expect(cells(model, "Sheet1", "J1:K1")).toEqual(["=SUM(D2:D5)", "=$E$2*2"]);
    expect(rectAddress(model.tables[0].rect)).toBe("A1:H20");
    expect(sheet.conditionalFormats[0].formula).toBe("=$H2>=91");
    // Moving them back restores the sheet's cells exactly.
    model.moveColumns("Sheet1", "B", 2, "E");
    expect(cells(model, "Sheet1", "A1:H20")).toEqual(before);
    expect(cells(model, "Sheet1", "J1")).toEqual(["=SUM(B2:B5)"]);
  });

  test("the selection follows its cells; inserting that would push data off the sheet is refused", () => {
    const model = ledger();
    model.select("Sheet1", "C5:D6");
    model.insertRows("Sheet1", 1, 2);
    model.deleteColumns("Sheet1", "A");
    expect(rectAddress(model.selection.rect)).toBe("B7:C8");
    model.setRows("Sheet1", "A1048576", [["last"]]);
    expect(() => model.insertRows("Sheet1", 3)).toThrow(/shift nonblank cells off/);
  });

  test("charts float with their cells and their source follows its cells", () => {
    const model = ledger();
    const sheet = model.sheet("Sheet1")!;
    sheet.charts.push({
      id: "chart1",
      name: "Aging",
      type: "ColumnClustered",
      source: "A22:B27",
      seriesBy: "Columns",
      title: "",
      legendVisible: true,
      position: "F21:K35",
    });
    model.insertRows("Sheet1", 1, 2);
    model.deleteColumns("Sheet1", "A");
    expect([sheet.charts[0].source, sheet.charts[0].position]).toEqual(["A24:A29", "E23:J37"]);
    model.deleteRows("Sheet1", 20, 20);
    expect([sheet.charts[0].source, sheet.charts[0].position]).toEqual(["#REF!", "E20:J20"]);
  });

  test("whole rows and columns read and print as Excel writes them", () => {
    const model = new WorkbookModel(["Sheet1"]);
    expect(rectAddress(parseAddress("$3:$5")!.rect)).toBe("3:5");
    expect(rectAddress(parseAddress("Sheet1!B:A")!.rect)).toBe("A:B");
    expect(rectAddress({ r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 })).toBe("1:1048576");
    model.addName("Cols", "Sheet1!C:D");
    expect(nameFormula(model.name("Cols")!)).toBe("=Sheet1!$C:$D");
    model.deleteColumns("Sheet1", "A");
    expect(nameFormula(model.name("Cols")!)).toBe("=Sheet1!$B:$C");
  });

  test("a snapshot shows names only when the workbook has some", () => {
    const model = new WorkbookModel(["Sheet1"]);
    expect(model.snapshot()).not.toContain("names");
    model.addName("Cell", "Sheet1!B2");
    expect(model.snapshot()).toContain('"names":[{"name":"Cell","formula":"=Sheet1!$B$2"');
  });
});

describe("office.js structural edits and names on the host", () => {
  test("Range.insert / delete on whole rows and columns, counted as requests", async () => {
    const model = ledger();
    const host = createWorkbookHost(model);
    const inserted = await host.run(async (context: HostRequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const rows = sheet.getRange("3:4").insert("Down").load("address");
      sheet.getRange("B7").getEntireColumn().insert("Right");
      sheet.getRange("A:A").delete("Left");
      sheet.getRange("C30").getEntireRow().delete("Up");
      await context.sync();
      return rows.address;
    });
    expect(inserted).toBe("Sheet1!3:4");
    expect(host.stats.syncs[0].ops).toBe(5);
    expect(host.stats.syncs[0].requestBytes).toBeGreaterThan(4 * 32);
    // B was inserted inside the table (its header is named Column1), then A was deleted.
    expect(cells(model, "Sheet1", "A1:C1")).toEqual(["Column1", "Invoice", "Date"]);
    expect(cells(model, "Sheet1", "A2:B5")).toEqual(["", "INV-2", "", "", "", "", "", "INV-3"]);
    expect(rectAddress(model.tables[0].rect)).toBe("A1:H22");
  });

  test("shifting cells: only the range's columns (rows) move, and only references inside them follow", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    model.setRows("Sheet1", "A1", [
      ["a1", "b1", "c1", "d1"],
      ["a2", "b2", "c2", "d2"],
      ["a3", "b3", "c3", "d3"],
      ["a4", "b4", "c4", "d4"],
    ]);
    model.setRows("Sheet1", "F1", [["=SUM(B2:B5)", "=SUM(A2:C5)", "=C3", "=A3"]]);
    model.sheet("Sheet1")!.notes.set("B2", "moves").set("A2", "stays");
    const host = createWorkbookHost(model);
    await host.run(async (context: HostRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").insert("Down");
      await context.sync();
    });
    expect(cells(model, "Sheet1", "A2:D6")).toEqual([
      ...["a2", "", "", "d2"],
      ...["a3", "", "", "d3"],
      ...["a4", "b2", "c2", "d4"],
      ...["", "b3", "c3", ""],
      ...["", "b4", "c4", ""],
    ]);
    expect(cells(model, "Sheet1", "F1:I1")).toEqual(["=SUM(B4:B7)", "=SUM(A2:C5)", "=C5", "=A3"]);
    expect([...model.sheet("Sheet1")!.notes].sort()).toEqual([
      ["A2", "stays"],
      ["B4", "moves"],
    ]);
    await host.run(async (context: HostRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:A3").delete("Left");
      await context.sync();
    });
    expect(cells(model, "Sheet1", "A1:D3")).toEqual([...["a1", "b1", "c1", "d1"], ...["", "", "d2", ""], ...["", "", "d3", ""]]);
    expect(cells(model, "Sheet1", "F1:I1")).toEqual(["=SUM(B4:B7)", "=SUM(A2:C5)", "=C5", "=#REF!"]);
  });

  test("shifting part of a table is refused as Excel does; wrong shifts are refused too", async () => {
    const host = createWorkbookHost(ledger());
    const before = host.model.snapshot();
    for (const [address, kind, shift, code] of [
      ["B2:C3", "insert", "Down", "InsertDeleteConflict"],
      ["3:4", "insert", "Right", "NotImplemented"],
      ["A:A", "delete", "Up", "NotImplemented"],
      ["B2", "insert", "Up", "InvalidArgument"],
    ] as const) {
      await expect(
        host.run(async (context: HostRequestContext) => {
          const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
          if (kind === "insert") range.insert(shift);
          else range.delete(shift);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code });
    }
    expect(host.model.snapshot()).toBe(before);
    // Cells right of the table shift freely, and the table stays.
    await host.run(async (context: HostRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("J1:J3").insert("Down");
      await context.sync();
    });
    expect(cells(host.model, "Sheet1", "J4:K4")).toEqual(["=SUM(B2:B5)", ""]);
    expect(cells(host.model, "Sheet1", "K1")).toEqual(["=$E$2*2"]);
    expect(rectAddress(host.model.tables[0].rect)).toBe("A1:H20");
  });

  test("shifting cells through part of a conditional format's range is refused as not modelled", () => {
    const model = ledger();
    model.tables.length = 0;
    expect(() => model.edit("Sheet1", { kind: "delete", axis: "rows", at: 2, count: 1, band: { lo: 0, hi: 1 } })).toThrow(
      /conditional format/,
    );
  });

  test("names: add from a Range or a reference, duplicates refused in any case, items, getRange", async () => {
    const host = createWorkbookHost(ledger());
    await host.run(async (context: HostRequestContext) => {
      const names = context.workbook.names;
      names.add("Amounts", context.workbook.worksheets.getItem("Sheet1").getRange("E2:E20"), "the amounts");
      names.add("Rate", "=0.05");
      await context.sync();
      names.add("amounts", "=Sheet1!A1");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      names.add("A1", "=Sheet1!A1");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });

      names.load("items/name");
      const amounts = names.getItem("AMOUNTS").load("name, type, formula, value, visible, comment");
      const range = names.getItem("Amounts").getRange().load("address");
      const missing = names.getItemOrNullObject("nope");
      await context.sync();
      expect(names.items.map((n) => n.name)).toEqual(["Marks", "Amounts", "Rate"]);
      expect([amounts.name, amounts.type, amounts.formula, amounts.value, amounts.visible, amounts.comment]).toEqual([
        "Amounts",
        "Range",
        "=Sheet1!$E$2:$E$20",
        "Sheet1!$E$2:$E$20",
        true,
        "the amounts",
      ]);
      expect(range.address).toBe("Sheet1!E2:E20");
      expect(missing.isNullObject).toBe(true);
      expect(names.items[2].formula).toBe("=0.05");
    });
  });

  test("a name whose rows are all deleted reads =Sheet1!#REF!, and getRangeOrNullObject gives a null object", async () => {
    const model = ledger();
    const host = createWorkbookHost(model);
    await host.run(async (context: HostRequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("Block", sheet.getRange("B3:C4"));
      context.workbook.names.add("Kept", sheet.getRange("B3:C9"));
      sheet.getRange("3:4").delete("Up");
      const block = context.workbook.names.getItem("Block").load("type, formula, value");
      const kept = context.workbook.names.getItem("Kept").getRangeOrNullObject().load("address");
      const gone = context.workbook.names.getItem("Block").getRangeOrNullObject();
      await context.sync();
      expect([block.type, block.formula, block.value]).toEqual(["Error", "=Sheet1!#REF!", "#REF!"]);
      expect(kept.address).toBe("Sheet1!B3:C7");
      expect(gone.isNullObject).toBe(true);
      context.workbook.names.getItem("Block").getRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidReference" });
    });
    await host.run(async (context: HostRequestContext) => {
      context.workbook.names.getItem("block").delete();
      await context.sync();
    });
    expect(model.names.map((n) => n.name)).toEqual(["Marks", "Kept"]);
  });
});
