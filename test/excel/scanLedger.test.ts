import { HIGHLIGHT_FILLS } from "../../src/excel/scanHighlights";
import { cells, locateAndScan, scanWith } from "./scanHelpers";
import { AS_OF, chineseLedger, englishLedger } from "./ledgerFixtures";

// Hand-computed for as-of 45838 (2025-06-30), standard ladder rungs −3, 1, 8, 15, 30, 45, 60, 90:
// Acme due 45791: 47 days → 31-60, rung 45; Beta 10 days → 1-30, rung 8; Gamma due in 5 days →
// Current, below the first rung (−3); Delta 100 days → 91+, rung 90; Echo 70 days, disputed;
// Fox paid 45820 on/before as-of, 12 days after its due 45808 → Paid; Golf's due date is
// unreadable → an issue, nothing written; the formula-like customer: 15 days → 1-30, rung 15.
const EXPECTED_EN = [
  ["Days overdue", "Aging", "Next action", "Why"],
  [47, "31-60", "Final notice before third-party referral", "47 days overdue · rung 45 of ladder standard"],
  [10, "1-30", "Phone call from the account manager", "10 days overdue · rung 8 of ladder standard"],
  [0, "Current", "", "due in 5 days · before the first rung (-3) of ladder standard"],
  [100, "91+", "Legal action review", "100 days overdue · rung 90 of ladder standard"],
  [70, "61-90", "Resolve the dispute; ask for payment of the undisputed part", "70 days overdue · disputed"],
  [12, "Paid", "", "paid"],
  ["", "", "", ""],
  [15, "1-30", "Second written reminder", "15 days overdue · rung 15 of ladder standard"],
];

describe("scan", () => {
  test("writes the four result columns right of an English ledger, with hand-computed values", async () => {
    const { host, outcome } = await locateAndScan(englishLedger());
    expect(outcome).toMatchObject({ kind: "done", resultAddress: "Sheet1!H1:K9", rowsWritten: 8 });
    expect(cells(host.model, "Sheet1", 0, 7, 8, 10)).toEqual(EXPECTED_EN);
    const sheet = host.model.sheet("Sheet1")!;
    // Formats set at range level: a whole number for days, text for the rest (header included).
    expect(sheet.numberFormat(1, 7)).toBe("0");
    expect([8, 9, 10].map((c) => sheet.numberFormat(4, c))).toEqual(["@", "@", "@"]);
    expect(sheet.notes.get("H1")).toBe("AR Credit Desk: as of 2025-06-30");
  });

  test("adds five conditional formats keyed to Days overdue, disputed on top, over the ledger rows", async () => {
    const { host } = await locateAndScan(englishLedger());
    const formats = [...host.model.sheet("Sheet1")!.conditionalFormats].sort((a, b) => a.priority - b.priority);
    // Every band skips settled rows (Aging "Paid") and credit notes (their Next action).
    expect(formats.map((f) => [f.formula, f.fill])).toEqual([
      ['=$J2="Resolve the dispute; ask for payment of the undisputed part"', HIGHLIGHT_FILLS.disputed],
      [
        `=AND(ISNUMBER($H2),$H2>=91,$I2<>"Paid",$J2<>"Credit note: offset against the customer's open invoices")`,
        HIGHLIGHT_FILLS.days91,
      ],
      [
        `=AND(ISNUMBER($H2),$H2>=61,$H2<=90,$I2<>"Paid",$J2<>"Credit note: offset against the customer's open invoices")`,
        HIGHLIGHT_FILLS.days61,
      ],
      [
        `=AND(ISNUMBER($H2),$H2>=31,$H2<=60,$I2<>"Paid",$J2<>"Credit note: offset against the customer's open invoices")`,
        HIGHLIGHT_FILLS.days31,
      ],
      [
        `=AND(ISNUMBER($H2),$H2>=1,$H2<=30,$I2<>"Paid",$J2<>"Credit note: offset against the customer's open invoices")`,
        HIGHLIGHT_FILLS.days1,
      ],
    ]);
    // Rows 2–9 (0-based 1–8), ledger columns A–G and the result columns H–K.
    expect(formats.every((f) => f.rect.r0 === 1 && f.rect.r1 === 8 && f.rect.c0 === 0 && f.rect.c1 === 10)).toBe(true);
    expect(formats[0].stopIfTrue).toBe(true);
  });

  test("Chinese UI: Chinese headers, texts and note over a Chinese ledger", async () => {
    const { host, outcome } = await locateAndScan(chineseLedger(), { language: "zh" });
    expect(outcome.kind).toBe("done");
    // Ledger B4:G7 → results H4:K7. 华东贸易 47 days (rung 45), 北方机电 due in 5 days, 南方电子 70 days disputed.
    expect(cells(host.model, "应收账款", 3, 7, 6, 10)).toEqual([
      ["逾期天数", "账龄", "下一步催收", "原因"],
      [47, "31-60", "发最后通知：逾期不付将移交第三方催收", "逾期47天 · “标准”阶梯：逾期第45天档"],
      [0, "未到期", "", "5天后到期 · 未到“标准”阶梯首档（-3天）"],
      [70, "61-90", "先解决争议；无争议部分请客户先行付款", "逾期70天 · 有争议"],
    ]);
    const formats = host.model.sheet("应收账款")!.conditionalFormats;
    expect(formats.find((f) => f.fill === HIGHLIGHT_FILLS.days1)!.formula).toBe(
      '=AND(ISNUMBER($H5),$H5>=1,$H5<=30,$I5<>"已付",$J5<>"贷项（红字发票）：冲抵该客户的未付发票")',
    );
    expect(host.model.sheet("应收账款")!.notes.get("H4")).toBe("应收账款信用台：按2025年6月30日计算");
  });

  test("bad rows are listed with their cell and reason; the other rows are processed", async () => {
    const { outcome } = await locateAndScan(englishLedger());
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ address: "Sheet1!D8", field: "dueDate", code: "unreadableDate" });
    expect(outcome.issues[0].reason).toContain("'03/04/2025'");
    // 7 of 8 rows accepted: 7 customers, one group each.
    expect(outcome.customers).toHaveLength(7);
  });

  test("a formula-like customer name stays text, and formula-like ladder texts are written as text", async () => {
    const model = englishLedger();
    model.addSheet("Ladder");
    // Typed with a quote prefix, as a user must to keep them text.
    model.setRows("Ladder", "A1", [
      [1, '\'=HYPERLINK("http://x","y")'],
      [30, "'-call them"],
      [60, "'@risk review"],
    ]);
    const { host, outcome } = await locateAndScan(model, { ladder: { kind: "range", address: "Ladder!A1:B3" } });
    expect(outcome.kind).toBe("done");
    const sheet = host.model.sheet("Sheet1")!;
    // Row 9 (0-based 8): 15 days → rung 1, the HYPERLINK text; Acme (row 2) 47 days → rung 30; Delta 100 → rung 60.
    expect(sheet.value(8, 9)).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.formula(8, 9)).toBeUndefined();
    expect(sheet.value(1, 9)).toBe("-call them");
    expect(sheet.value(4, 9)).toBe("@risk review");
    expect(sheet.value(8, 0)).toBe('=HYPERLINK("http://x","y")');
    expect([...sheet.columns.values()].every((column) => column.formulas.size === 0)).toBe(true);
  });

  test("refuses with nothing written when a result cell holds user data, naming the cell", async () => {
    const model = englishLedger();
    model.setRows("Sheet1", "I5", [["note"]]);
    const before = model.snapshot();
    const { outcome } = await locateAndScan(model);
    expect(outcome).toEqual({ kind: "occupied", address: "Sheet1!I5", value: "note" });
    expect(model.snapshot()).toBe(before);
  });

  test("refuses when the header cell of a result column is taken", async () => {
    const model = englishLedger();
    model.setRows("Sheet1", "K1", [["Comments"]]);
    const before = model.snapshot();
    // Column H is empty, so the current region stays A1:G9 and K1 falls in the result columns H:K.
    const { outcome } = await locateAndScan(model);
    expect(outcome).toEqual({ kind: "occupied", address: "Sheet1!K1", value: "Comments" });
    expect(model.snapshot()).toBe(before);
  });

  test("a re-scan after editing a due date changes only the owned columns, and adds no second set of formats", async () => {
    const model = englishLedger();
    const { host, workbook } = await locateAndScan(model);
    const ledgerBefore = cells(model, "Sheet1", 0, 0, 8, 6);
    // Beta's due date moves 10 days earlier: 20 days overdue, still 1-30, rung 15.
    model.sheet("Sheet1")!.writeValue(2, 3, AS_OF - 20);
    const again = await scanWith(workbook);
    expect(again.kind).toBe("done");
    expect(cells(model, "Sheet1", 2, 7, 2, 10)).toEqual([
      [20, "1-30", "Second written reminder", "20 days overdue · rung 15 of ladder standard"],
    ]);
    ledgerBefore[2][3] = AS_OF - 20;
    expect(cells(model, "Sheet1", 0, 0, 8, 6)).toEqual(ledgerBefore);
    expect(cells(model, "Sheet1", 0, 7, 8, 10).filter((_, i) => i !== 2)).toEqual(EXPECTED_EN.filter((_, i) => i !== 2));
    expect(host.model.sheet("Sheet1")!.conditionalFormats).toHaveLength(5);
    expect([...host.model.sheet("Sheet1")!.notes.keys()]).toEqual(["H1"]);
    // Nothing beyond the ledger and its four columns.
    expect(host.model.sheet("Sheet1")!.usedRect(false)).toEqual({ r0: 0, c0: 0, r1: 8, c1: 10 });
  });

  test("Clear restores the workbook to its state before the scan", async () => {
    const model = englishLedger();
    const before = model.snapshot();
    const { workbook } = await locateAndScan(model);
    expect(model.snapshot()).not.toBe(before);
    expect(await workbook.clear()).toEqual({ removed: ["Sheet1!H1:K9"] });
    expect(model.snapshot()).toBe(before);
    expect(await workbook.clear()).toEqual({ removed: [] });
  });

  test("Clear removes only the scan's conditional formats, not the user's", async () => {
    const model = englishLedger();
    const sheet = model.sheet("Sheet1")!;
    sheet.conditionalFormats.push({
      id: "user-cf",
      rect: { r0: 1, c0: 4, r1: 8, c1: 4 },
      type: "Custom",
      formula: "=$E2>1000",
      fill: "#00FF00",
      fontColor: null,
      priority: 0,
      stopIfTrue: false,
    });
    const before = model.snapshot();
    const { workbook } = await locateAndScan(model);
    expect(sheet.conditionalFormats).toHaveLength(6);
    await workbook.clear();
    expect(model.snapshot()).toBe(before);
  });

  test("a table ledger gets table columns; Clear gives the table back its old size", async () => {
    const model = englishLedger();
    model.addTable("Sheet1", "A1:G9", "Receivables");
    const before = model.snapshot();
    const { host, workbook, outcome } = await locateAndScan(model);
    expect(outcome.kind).toBe("done");
    expect(model.tables[0].rect).toEqual({ r0: 0, c0: 0, r1: 8, c1: 10 });
    expect(cells(host.model, "Sheet1", 0, 7, 1, 10)).toEqual(EXPECTED_EN.slice(0, 2));
    // Re-scan: the table (now A1:K9) is cut back to the user's columns; no second set of columns.
    expect((await scanWith(workbook)).kind).toBe("done");
    expect(model.tables[0].rect.c1).toBe(10);
    await workbook.clear();
    expect(model.snapshot()).toBe(before);
  });

  test("one undo group where ExcelApi 1.20 is there, none before; calculation suspended for the writes", async () => {
    const recent = await locateAndScan(englishLedger());
    expect(recent.host.stats.runs.map((r) => r.mergeUndoGroup)).toEqual([false, true]);
    expect(recent.host.stats.suspendCalculation).toBeGreaterThanOrEqual(2);
    const older = await locateAndScan(englishLedger(), {}, "1.17");
    expect(older.host.stats.runs.every((r) => !r.mergeUndoGroup)).toBe(true);
    // Without the notes API (1.18) there is no note, and the rest is the same.
    expect(older.host.model.sheet("Sheet1")!.notes.size).toBe(0);
    expect(cells(older.host.model, "Sheet1", 0, 7, 8, 10)).toEqual(EXPECTED_EN);
  });

  test("invalid settings are reported and nothing is written", async () => {
    const model = englishLedger();
    const before = model.snapshot();
    expect((await locateAndScan(model, { mappingOverrides: { customer: null } })).outcome).toMatchObject({ kind: "invalid" });
    expect((await locateAndScan(model, { asOfIso: "next Friday" })).outcome).toMatchObject({ kind: "invalid" });
    expect((await locateAndScan(model, { ladder: { kind: "range", address: "Nope!A1:B2" } })).outcome).toMatchObject({
      kind: "invalid",
    });
    expect(model.snapshot()).toBe(before);
  });
  test("a user's note on the result header cell is kept, and the scan stamps none", async () => {
    const model = englishLedger();
    model.sheet("Sheet1")!.notes.set("H1", "my note");
    const { outcome, workbook } = await locateAndScan(model);
    expect(outcome.kind).toBe("done");
    expect(model.sheet("Sheet1")!.notes.get("H1")).toBe("my note");
    await workbook.clear();
    expect(model.sheet("Sheet1")!.notes.get("H1")).toBe("my note");
  });
});
