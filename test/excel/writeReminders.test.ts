import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { DEFAULT_LETTER_SETTINGS_FORM } from "../../src/core/letters/letterSettingsFromForm";
import { LETTER_SETTINGS_KEY, parseLetterSettings } from "../../src/excel/letterSettingsStore";
import { OWNED_REMINDERS_KEY, parseOwnedReminders, textHash, type ReminderSheetRow } from "../../src/excel/writeReminders";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { cells } from "./scanHelpers";
import { storedSettingsOf } from "./settingsInWorkbook";

const row = (customer: string, body = "Dear team,\n\nPlease pay."): ReminderSheetRow => ({
  customer,
  email: "ap@x.example",
  level: "Friendly reminder",
  subject: `Reminder for ${customer}`,
  body,
});

function setup() {
  const model = new WorkbookModel(["Sheet1"]);
  const host = createWorkbookHost(model);
  return { model, host, workbook: createExcelLedgerWorkbook(hostRunner(host)) };
}

describe("writeReminders (over the workbook host)", () => {
  test("creates the Reminders sheet: header and one text row per letter, in two syncs", async () => {
    const { model, host, workbook } = setup();
    const outcome = await workbook.writeReminders({
      rows: [row('=HYPERLINK("http://x","y")'), row("<script>alert(1)</script>"), row("+44 20", "-5 days")],
      language: "en",
    });
    expect(outcome).toEqual({ kind: "done", address: "Reminders!A1:E4", rowsWritten: 3 });
    expect(cells(model, "Reminders", 0, 0, 1, 4)).toEqual([
      ["Customer", "Email", "Level", "Subject", "Body"],
      [
        '=HYPERLINK("http://x","y")',
        "ap@x.example",
        "Friendly reminder",
        'Reminder for =HYPERLINK("http://x","y")',
        "Dear team,\n\nPlease pay.",
      ],
    ]);
    const sheet = model.sheet("Reminders")!;
    // Text, not a formula and not a number: the formula-like name, the phone-like name and "-5 days".
    expect(sheet.formula(1, 0)).toBeUndefined();
    expect(sheet.value(2, 0)).toBe("<script>alert(1)</script>");
    expect(sheet.value(3, 0)).toBe("+44 20");
    expect(sheet.value(3, 4)).toBe("-5 days");
    for (let c = 0; c < 5; c++) expect(sheet.numberFormat(3, c)).toBe("@");
    expect(host.stats.syncs.length).toBe(2);
    expect(model.selection.sheet.name).toBe("Reminders");
  });

  test("Chinese headers", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("华东贸易")], language: "zh" });
    expect(cells(model, "Reminders", 0, 0, 0, 4)).toEqual([["客户", "邮箱", "级别", "主题", "正文"]]);
  });

  test("a refresh replaces only its own cells: fewer letters empty the rows left over, the user's column F stays", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("Acme"), row("Beta"), row("Gamma")], language: "en" });
    model.setRows("Reminders", "F2", [["sent 1 July"]]);
    const outcome = await workbook.writeReminders({ rows: [row("Delta")], language: "en" });
    expect(outcome).toEqual({ kind: "done", address: "Reminders!A1:E2", rowsWritten: 1 });
    expect(cells(model, "Reminders", 1, 0, 3, 5)).toEqual([
      ["Delta", "ap@x.example", "Friendly reminder", "Reminder for Delta", "Dear team,\n\nPlease pay.", "sent 1 July"],
      ["", "", "", "", "", ""],
      ["", "", "", "", "", ""],
    ]);
    // The emptied rows are back to General, the row kept is still text.
    expect(model.sheet("Reminders")!.numberFormat(2, 0)).toBe("General");
    expect(model.sheet("Reminders")!.numberFormat(1, 0)).toBe("@");
  });

  test("refuses, writing nothing, when the user typed in the target area below the last write", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("Acme")], language: "en" });
    model.setRows("Reminders", "C3", [["call Tuesday"]]);
    const before = model.snapshot();
    const outcome = await workbook.writeReminders({ rows: [row("Acme"), row("Beta")], language: "en" });
    expect(outcome).toEqual({ kind: "occupied", address: "Reminders!C3", value: "call Tuesday", edited: false });
    expect(model.snapshot()).toBe(before);
  });

  test("refuses when a cell it wrote was edited since, and names it", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("Acme")], language: "en" });
    model.setRows("Reminders", "E2", [["Dear Ms Li, please pay."]]);
    const before = model.snapshot();
    const outcome = await workbook.writeReminders({ rows: [row("Acme")], language: "en" });
    expect(outcome).toEqual({ kind: "occupied", address: "Reminders!E2", value: "Dear Ms Li, please pay.", edited: true });
    expect(model.snapshot()).toBe(before);
  });

  test("a Reminders sheet the add-in did not write is the user's: refused at its first filled cell", async () => {
    const { model, workbook } = setup();
    model.setRows("Reminders", "B1", [["my own list"]]);
    const before = model.snapshot();
    expect(await workbook.writeReminders({ rows: [row("Acme")], language: "en" })).toEqual({
      kind: "occupied",
      address: "Reminders!B1",
      value: "my own list",
      edited: false,
    });
    expect(model.snapshot()).toBe(before);
  });

  test("an empty Reminders sheet of the user's is written into", async () => {
    const { model, workbook } = setup();
    model.addSheet("Reminders");
    expect((await workbook.writeReminders({ rows: [row("Acme")], language: "en" })).kind).toBe("done");
    expect(model.sheet("Reminders")!.value(1, 0)).toBe("Acme");
  });

  /** A body of `lines` invoice-table lines of 60 characters between a greeting and a signature: ~61 × lines characters. */
  const longBody = (lines: number, lead = "INV"): string =>
    [
      "Dear Globex accounts team,",
      Array.from({ length: lines }, (_, i) => `${lead}-${String(i).padStart(6, "0")}`.padEnd(50, ".") + "1,234.56").join("\n"),
      "Total overdue  617,280.00",
      "Please pay by 7 July 2025.",
      "Yours sincerely,\nAnna Berg",
    ].join("\n\n");

  test("a letter longer than a cell continues in 'Body (continued)' cells of its row, cut between lines, and says so", async () => {
    const { model, workbook } = setup();
    const body = longBody(1200); // ~72,000 characters: three cells
    const outcome = await workbook.writeReminders({ rows: [row("Globex", body), row("Acme")], language: "en" });
    expect(outcome).toMatchObject({ kind: "done", address: "Reminders!A1:G3", rowsWritten: 2 });
    if (outcome.kind !== "done") throw new Error("not done");
    expect(outcome.continued?.key).toBe("continued");
    expect(outcome.continued?.en).toContain("'Globex'");
    expect(outcome.continued?.en).not.toContain("'Acme'");
    expect(cells(model, "Reminders", 0, 4, 0, 6)).toEqual([["Body", "Body (continued)", "Body (continued)"]]);
    const parts = cells(model, "Reminders", 1, 4, 1, 6)[0] as string[];
    expect(parts.join("")).toBe(body);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(32_767);
    expect(parts[2].endsWith("Total overdue  617,280.00\n\nPlease pay by 7 July 2025.\n\nYours sincerely,\nAnna Berg")).toBe(
      true,
    );
    expect(cells(model, "Reminders", 2, 4, 2, 6)).toEqual([["Dear team,\n\nPlease pay.", "", ""]]);
    expect(parseOwnedReminders(model.settings.get(OWNED_REMINDERS_KEY))).toMatchObject({ rows: 3, columns: 7 });
    const zh = await workbook.writeReminders({ rows: [row("Globex", body)], language: "zh" });
    expect(cells(model, "Reminders", 0, 4, 0, 6)).toEqual([["正文", "正文（续）", "正文（续）"]]);
    expect(zh.kind === "done" && zh.continued?.zh).toContain("正文（续）");
  });

  test("a continuation cell that starts like a formula stays text", async () => {
    const { model, workbook } = setup();
    // The table's lines start with "=" here, so the second part does too.
    await workbook.writeReminders({ rows: [row("Globex", longBody(700, "=SUM"))], language: "en" });
    const sheet = model.sheet("Reminders")!;
    expect(String(sheet.value(1, 5)).startsWith("=SUM")).toBe(true);
    expect(sheet.formula(1, 5)).toBeUndefined();
    expect(sheet.numberFormat(1, 5)).toBe("@");
  });

  test("refreshes over continuation cells: its own are replaced or emptied, an edited one is refused", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("Globex", longBody(1200))], language: "en" });
    // Same letter again: the cells are the add-in's, untouched.
    expect((await workbook.writeReminders({ rows: [row("Globex", longBody(1200))], language: "en" })).kind).toBe("done");
    // Short letters now: the continuation columns are emptied and back to General.
    const outcome = await workbook.writeReminders({ rows: [row("Globex")], language: "en" });
    expect(outcome).toEqual({ kind: "done", address: "Reminders!A1:E2", rowsWritten: 1 });
    expect(cells(model, "Reminders", 0, 4, 1, 6)).toEqual([
      ["Body", "", ""],
      ["Dear team,\n\nPlease pay.", "", ""],
    ]);
    expect(model.sheet("Reminders")!.numberFormat(1, 5)).toBe("General");
    // Long again, then the user edits a continuation cell: refused, nothing written.
    await workbook.writeReminders({ rows: [row("Globex", longBody(1200))], language: "en" });
    model.setRows("Reminders", "F2", [["my note"]]);
    const before = model.snapshot();
    expect(await workbook.writeReminders({ rows: [row("Globex")], language: "en" })).toEqual({
      kind: "occupied",
      address: "Reminders!F2",
      value: "my note",
      edited: true,
    });
    expect(model.snapshot()).toBe(before);
  });

  test("the record holds one hash per cell", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("Acme")], language: "en" });
    const record = parseOwnedReminders(model.settings.get(OWNED_REMINDERS_KEY));
    expect(record).toMatchObject({ sheet: "Reminders", rows: 2, columns: 5 });
    expect(record!.hashes.split(",")[5]).toBe(textHash("Acme"));
  });
});

describe("textHash, parseOwnedReminders, letter settings", () => {
  test("FNV-1a 32-bit: the published test vectors", () => {
    // FNV test vectors (Fowler/Noll/Vo, isthe.com/chongo/tech/comp/fnv): "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(textHash("")).toBe((0x811c9dc5).toString(36));
    expect(textHash("a")).toBe((0xe40c292c).toString(36));
    expect(textHash("foobar")).toBe((0xbf9cf968).toString(36));
  });

  test("a damaged record counts as none", () => {
    expect(parseOwnedReminders("{")).toBeNull();
    expect(parseOwnedReminders(JSON.stringify({ sheet: "Reminders", rows: 2, columns: 5, hashes: "a,b" }))).toBeNull();
    expect(parseOwnedReminders(undefined)).toBeNull();
  });

  test("letter settings: saved and loaded through the port; damaged fields take defaults", async () => {
    const { model, workbook } = setup();
    expect(await workbook.loadLetterSettings()).toEqual(DEFAULT_LETTER_SETTINGS_FORM);
    const form = { ...DEFAULT_LETTER_SETTINGS_FORM, company: "Acme Ltd", language: "zh" as const, payByDays: 10 };
    await workbook.saveLetterSettings(form);
    expect(await workbook.loadLetterSettings()).toEqual(form);
    // Kept in the workbook's custom XML part since issue #17 (settingsStore.ts), not in LETTER_SETTINGS_KEY.
    expect(storedSettingsOf(model)?.letters).toEqual(form);
    expect(model.settings.has(LETTER_SETTINGS_KEY)).toBe(false);
    const damaged = parseLetterSettings(
      JSON.stringify({ company: 5, payByDays: "x", lateInterest: { on: true, basis: "monthly" } }),
    );
    expect(damaged.company).toBe("");
    expect(damaged.payByDays).toBe(7);
    expect(damaged.lateInterest).toEqual({ on: true, ratePercent: 8, basis: "annual", fixedFee: 0 });
    expect(parseLetterSettings("null")).toEqual(DEFAULT_LETTER_SETTINGS_FORM);
  });
});
