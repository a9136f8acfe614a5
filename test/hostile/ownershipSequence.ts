import fc from "fast-check";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import type { LedgerLocation, LedgerWorkbook, ScannedLedger } from "../../src/excel/ledgerWorkbook";
import { hostRunner } from "../excel/hostRunner";
import { englishLedger } from "../excel/ledgerFixtures";
import { standardScanRequest } from "../excel/scanHelpers";
import { columnLetters, parseAddress, rectAddress, type Rect } from "../support/workbookHost/a1";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { mapIndex, type StructuralEdit } from "../support/workbookHost/structuralEdit";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";

/* Issue #16 item 3. Random sequences of scan / rescan (with the location found before, now maybe
   stale) / report / forecast / reminders / user typing / row and column inserts, deletes and moves /
   Clear, over the English ledger and a few cells the user typed around it. Checked after every step:
   every cell the user typed (the ledger's own cells included) reads back identical — value or
   formula, number format, note — wherever the edits moved it (positions shifted with the host's own
   index mapping; a deleted row or column takes its cells out of the expectation). Checked after a
   final Clear: the ledger sheet equals its twin, the same workbook with the same typing and edits
   and no add-in (cells, number formats, notes; and no conditional format left). The user never types
   into cells the add-in wrote since the last Clear (every block a scan reported, shifted cell by cell
   with each edit), nor on the add-in's own sheets. The user's formulas have no references (the host
   rewrites references on edits; it does not calculate, so every formula reads ""). A cell that took
   the add-in's number format (Excel formats an inserted row like the one above, an inserted column
   like its left neighbour) and is then typed into without a format keeps that format after Clear:
   the twin's cell is given it when the user types there. */

const SHEET = "Sheet1";

/** What a user cell holds, as the model stores it. */
interface CellImage {
  readonly value: unknown;
  readonly formula: string | undefined;
  readonly format: string;
  readonly note: string | undefined;
}

export type Action =
  | { readonly kind: "scan" }
  | { readonly kind: "rescan" }
  | { readonly kind: "report" }
  | { readonly kind: "forecast" }
  | { readonly kind: "reminders" }
  | { readonly kind: "clear" }
  | {
      readonly kind: "type";
      readonly row: number;
      readonly column: number;
      readonly value: string | number;
      readonly format: string | null;
      readonly note: string | null;
    }
  | { readonly kind: "insertRows"; readonly at: number; readonly count: number }
  | { readonly kind: "deleteRows"; readonly at: number; readonly count: number }
  | { readonly kind: "insertColumns"; readonly at: number; readonly count: number }
  | { readonly kind: "deleteColumns"; readonly at: number; readonly count: number }
  | { readonly kind: "moveColumns"; readonly from: number; readonly count: number; readonly to: number }
  | { readonly kind: "moveRows"; readonly from: number; readonly count: number; readonly to: number };

/** 0-based "row,column" → the cell's image. */
type Shadow = Map<string, CellImage>;

const key = (r: number, c: number) => `${r},${c}`;
const unkey = (k: string): [number, number] => k.split(",").map(Number) as [number, number];
const a1 = (r: number, c: number) => `${columnLetters(c)}${r + 1}`;

function imageAt(model: WorkbookModel, r: number, c: number): CellImage {
  const sheet = model.sheet(SHEET)!;
  return {
    value: sheet.formula(r, c) === undefined ? sheet.value(r, c) : "",
    formula: sheet.formula(r, c),
    format: sheet.numberFormat(r, c),
    note: sheet.notes.get(a1(r, c)),
  };
}

/** The starting workbook: the English ledger (A1:G9) and the user's own cells around it. */
function startingModel(): WorkbookModel {
  const model = englishLedger();
  const sheet = model.sheet(SHEET)!;
  // A note column well right of where results go, a total below the ledger (a blank row apart).
  model.setRows(SHEET, "N1", [["My notes"], ["call Acme"]]);
  sheet.notes.set("N2", "promised Friday");
  model.setRows(SHEET, "A12", [["Checked", "=1+2"]]);
  sheet.setNumberFormatCell(11, 1, "0.00");
  return model;
}

/** Every non-empty cell, note or format of the ledger sheet: the shadow at the start. */
function shadowOf(model: WorkbookModel): Shadow {
  const sheet = model.sheet(SHEET)!;
  const shadow: Shadow = new Map();
  for (const [c, store] of sheet.columns) {
    store.values.forEach((v, r) => {
      if (v !== undefined) shadow.set(key(r, c), imageAt(model, r, c));
    });
    for (const r of store.formulas.keys()) shadow.set(key(r, c), imageAt(model, r, c));
  }
  return shadow;
}

function open(model: WorkbookModel): LedgerWorkbook {
  return createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model, { apiVersion: "1.20" })));
}

function toEdit(action: Action): StructuralEdit | null {
  switch (action.kind) {
    case "insertRows":
    case "insertColumns":
      return { kind: "insert", axis: action.kind === "insertRows" ? "rows" : "columns", at: action.at, count: action.count };
    case "deleteRows":
    case "deleteColumns":
      return { kind: "delete", axis: action.kind === "deleteRows" ? "rows" : "columns", at: action.at, count: action.count };
    case "moveRows":
    case "moveColumns":
      return {
        kind: "move",
        axis: action.kind === "moveRows" ? "rows" : "columns",
        from: action.from,
        count: action.count,
        to: action.to,
      };
    default:
      return null;
  }
}

function shiftRect(edit: StructuralEdit, rect: Rect): Rect[] {
  // Each cell of the block where the edit takes it: a conservative image (the block may split).
  const out: Rect[] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const r1 = edit.axis === "rows" ? mapIndex(edit, r) : r;
      const c1 = edit.axis === "columns" ? mapIndex(edit, c) : c;
      if (r1 !== null && c1 !== null) out.push({ r0: r1, r1, c0: c1, c1 });
    }
  }
  return out;
}

function shiftShadow(edit: StructuralEdit, shadow: Shadow): Shadow {
  const next: Shadow = new Map();
  for (const [k, image] of shadow) {
    const [r, c] = unkey(k);
    const r1 = edit.axis === "rows" ? mapIndex(edit, r) : r;
    const c1 = edit.axis === "columns" ? mapIndex(edit, c) : c;
    if (r1 !== null && c1 !== null) next.set(key(r1, c1), image);
  }
  return next;
}

const inside = (rects: readonly Rect[], r: number, c: number) =>
  rects.some((x) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1);

/** Differences between the shadow and the model: one line per user cell that changed. */
function lostCells(model: WorkbookModel, shadow: Shadow): string[] {
  const lost: string[] = [];
  for (const [k, want] of shadow) {
    const [r, c] = unkey(k);
    const got = imageAt(model, r, c);
    if (JSON.stringify(got) !== JSON.stringify(want))
      lost.push(`${a1(r, c)}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return lost;
}

/**
 * What differs on the ledger sheet between the workbook and its twin (the same typing and edits,
 * no add-in): cells, number formats (as runs per column), notes, conditional formats.
 */
function leftovers(model: WorkbookModel, twin: WorkbookModel): string[] {
  const a = model.sheet(SHEET)!;
  const b = twin.sheet(SHEET)!;
  const out: string[] = [];
  const columns = new Set([...a.columns.keys(), ...b.columns.keys()]);
  for (const c of [...columns].sort((x, y) => x - y)) {
    const rows = new Set<number>();
    for (const sheet of [a, b]) {
      const store = sheet.columns.get(c);
      store?.values.forEach((v, r) => v !== undefined && rows.add(r));
      for (const r of store?.formulas.keys() ?? []) rows.add(r);
    }
    for (const r of [...rows].sort((x, y) => x - y)) {
      const got = a.formula(r, c) ?? a.value(r, c);
      const want = b.formula(r, c) ?? b.value(r, c);
      if (got !== want) out.push(`${a1(r, c)} = ${JSON.stringify(got)} (without the add-in: ${JSON.stringify(want)})`);
    }
    const runs = (sheet: typeof a) => JSON.stringify(sheet.columns.get(c)?.normalizedRuns() ?? []);
    if (runs(a) !== runs(b)) out.push(`column ${columnLetters(c)} formats ${runs(a)} (without the add-in: ${runs(b)})`);
  }
  const notes = (sheet: typeof a) => JSON.stringify([...sheet.notes].sort());
  if (notes(a) !== notes(b)) out.push(`notes ${notes(a)} (without the add-in: ${notes(b)})`);
  for (const cf of a.conditionalFormats) out.push(`conditional format on ${rectAddress(cf.rect)}`);
  return out;
}

/** The ledger header's current place: the shadow cell that holds "Customer", if it survives. */
function selectLedger(model: WorkbookModel, shadow: Shadow): void {
  for (const [k, image] of shadow) {
    if (image.value === "Customer") {
      const [r, c] = unkey(k);
      model.select(SHEET, a1(r, c));
      return;
    }
  }
  model.select(SHEET, "A1");
}

export interface RunResult {
  readonly lost: string[];
  readonly leftovers: string[];
  readonly log: string[];
}

/** Runs one sequence; returns what the user lost (checked after every step) and what a final Clear left. */
export async function runSequence(actions: readonly Action[]): Promise<RunResult> {
  const model = startingModel();
  /** The same workbook with the same typing and edits, and no add-in. */
  const twin = startingModel();
  const workbook = open(model);
  let shadow = shadowOf(model);
  /** Blocks the add-in wrote on the ledger sheet since the last Clear, shifted with every edit. */
  let owned: Rect[] = [];
  let location: LedgerLocation | null = null;
  let ledger: ScannedLedger | null = null;
  const log: string[] = [];

  const scan = async (stale: boolean) => {
    if (!stale || !location) {
      selectLedger(model, shadow);
      const found = await workbook.locateLedger();
      if (found.kind !== "found") return `notFound ${found.reason}`;
      location = found.location;
    }
    const outcome = await workbook.scan(standardScanRequest(location));
    if (outcome.kind === "done") {
      const at = parseAddress(outcome.resultAddress)!;
      if (at.sheet === SHEET) owned.push(at.rect);
      ledger = outcome.ledger;
      return `done ${outcome.resultAddress}`;
    }
    return outcome.kind === "occupied" ? `occupied ${outcome.address}` : outcome.kind;
  };

  for (const action of actions) {
    let said = "";
    const edit = toEdit(action);
    if (edit) {
      model.edit(SHEET, edit);
      twin.edit(SHEET, edit);
      shadow = shiftShadow(edit, shadow);
      owned = owned.flatMap((rect) => shiftRect(edit, rect));
    } else if (action.kind === "scan" || action.kind === "rescan") {
      said = await scan(action.kind === "rescan");
    } else if (action.kind === "report") {
      said = ledger ? (await workbook.insertReport({ ledger, language: "en" })).kind : "no scan";
    } else if (action.kind === "forecast") {
      said = (await workbook.insertForecast({ blocks: [{ title: "USD", formula: "=AR.CASHFORECAST(1)", rows: 3, columns: 2 }] }))
        .kind;
    } else if (action.kind === "reminders") {
      const outcome = await workbook.writeReminders({
        rows: ["Acme", "Delta"].map((customer) => ({
          customer,
          email: "ap@x.example",
          level: "Friendly reminder",
          subject: `Reminder for ${customer}`,
          body: "Dear team,\n\nPlease pay.",
        })),
        language: "en",
      });
      said = outcome.kind;
    } else if (action.kind === "clear") {
      said = JSON.stringify((await workbook.clear()).removed);
      owned = [];
    } else if (action.kind === "type") {
      const { row, column } = action;
      if (inside(owned, row, column)) said = "skipped: the add-in's cell";
      else {
        // A cell that took our number format (a row or column inserted beside ours is formatted
        // like its neighbour) and is typed into without a format keeps that format: it shaped what
        // was typed ("@" keeps 00123 as text), so Clear leaves it, and the twin's cell has it too.
        const lent = model.sheet(SHEET)!.numberFormat(row, column);
        if (action.format === null && lent !== twin.sheet(SHEET)!.numberFormat(row, column))
          twin.sheet(SHEET)!.setNumberFormatCell(row, column, lent);
        for (const m of [model, twin]) {
          const sheet = m.sheet(SHEET)!;
          if (action.format !== null) sheet.setNumberFormatCell(row, column, action.format);
          m.setRows(SHEET, a1(row, column), [[action.value]]);
          if (action.note !== null) sheet.notes.set(a1(row, column), action.note);
          else sheet.notes.delete(a1(row, column));
        }
        shadow.set(key(row, column), imageAt(model, row, column));
      }
    }
    log.push(`${JSON.stringify(action)}${said ? ` -> ${said}` : ""}`);
    const lost = lostCells(model, shadow);
    if (lost.length > 0) return { lost, leftovers: [], log };
  }
  await workbook.clear();
  log.push("final clear");
  return { lost: lostCells(model, shadow), leftovers: leftovers(model, twin), log };
}

const typed = fc.record({
  kind: fc.constant("type" as const),
  row: fc.integer({ min: 0, max: 14 }),
  column: fc.integer({ min: 0, max: 14 }),
  value: fc.constantFrom<string | number>("memo", 42, 0.5, "=1+2", "'=SUM(A1)", "call back", "=TODAY()"),
  format: fc.constantFrom<string | null>(null, null, "0.00", "@", "yyyy-mm-dd"),
  note: fc.constantFrom<string | null>(null, null, "user note"),
});
const span = (kind: "insertRows" | "deleteRows" | "insertColumns" | "deleteColumns") =>
  fc.record({ kind: fc.constant(kind), at: fc.integer({ min: 0, max: 14 }), count: fc.integer({ min: 1, max: 2 }) });
const move = (kind: "moveRows" | "moveColumns") =>
  fc
    .record({
      kind: fc.constant(kind),
      from: fc.integer({ min: 0, max: 13 }),
      count: fc.integer({ min: 1, max: 2 }),
      to: fc.integer({ min: 0, max: 15 }),
    })
    .filter((m) => m.to < m.from || m.to > m.from + m.count);
export const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "scan" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "rescan" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "report" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "forecast" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "reminders" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "clear" as const }) },
  { weight: 4, arbitrary: typed },
  { weight: 1, arbitrary: span("insertRows") },
  { weight: 1, arbitrary: span("deleteRows") },
  { weight: 1, arbitrary: span("insertColumns") },
  { weight: 1, arbitrary: span("deleteColumns") },
  { weight: 1, arbitrary: move("moveColumns") },
  { weight: 1, arbitrary: move("moveRows") },
);

/** Runs a sequence and expects no user cell lost and nothing left behind (the log shows on failure). */
export async function expectClean(actions: readonly Action[]): Promise<void> {
  const result = await runSequence(actions);
  expect({ steps: result.log, lost: result.lost, leftovers: result.leftovers }).toEqual({
    steps: result.log,
    lost: [],
    leftovers: [],
  });
}
