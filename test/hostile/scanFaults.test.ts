import fc from "fast-check";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import type { LedgerWorkbook, ScanHooks, ScanOutcome } from "../../src/excel/ledgerWorkbook";
import { hostRunner } from "../excel/hostRunner";
import { scanWith, standardScanRequest } from "../excel/scanHelpers";
import { parseAddress, type Rect } from "../support/workbookHost/a1";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { Batch, HostRichApiError } from "../support/workbookHost/hostContext";
import { WorkbookModel } from "../support/workbookHost/workbookModel";

/* The scan against a failing or cancelled host, and over random ledgers. Spec (taskpane.md §2):
   the add-in writes only into the ranges it owns; Clear removes exactly what the scan added; a scan
   is never left half-written without a way back. Outcomes accepted after a fault or a cancel:
   the workbook is untouched, or fully scanned (and then the scan said "done"), or else Clear puts
   it back exactly and a fresh scan completes; a scan that did not finish never says "done". */

const AS_OF = 45838; // 2025-06-30
const HEAD = ["Customer", "Invoice no", "Due date", "Amount", "Currency", "Status"];

function ledgerModel(rows: unknown[][]): WorkbookModel {
  const model = new WorkbookModel(["Sheet1", "Other"]);
  model.setRows("Sheet1", "A1", [HEAD, ...rows]);
  // The user's own things around: a note far below, another sheet.
  model.setRows("Sheet1", "A400", [["keep me", 1, "=not a formula?"]]);
  model.setRows("Other", "B2", [["untouched", 42]]);
  model.select("Sheet1", "A2");
  return model;
}

function sampleRows(n: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([
      `Cust ${i % 7}`,
      `INV-${i}`,
      AS_OF - ((i * 13) % 150) + 20,
      100 + i,
      i % 3 === 0 ? "EUR" : "USD",
      i % 11 === 0 ? "disputed" : "",
    ]);
  }
  rows[3][2] = "03/04/2025"; // an issue row
  rows[5][3] = "lots"; // another
  return rows;
}

const workbookOn = (model: WorkbookModel): LedgerWorkbook => createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)));

/** Syncs that send something, counted across the test; the Nth throws (before or after applying). */
function injectFault(n: number, mode: "lost request" | "lost response"): { restore: () => void; fired: () => boolean } {
  const original = Batch.prototype.sync;
  let count = 0;
  let fired = false;
  const spy = jest.spyOn(Batch.prototype, "sync").mockImplementation(async function (this: Batch) {
    const queued = (this as unknown as { queue: unknown[] }).queue.length;
    if (queued > 0 && ++count === n) {
      fired = true;
      if (mode === "lost response") await original.call(this);
      else (this as unknown as { queue: unknown[] }).queue = [];
      throw new HostRichApiError("GeneralException", `injected fault at sync ${n} (${mode})`);
    }
    return original.call(this);
  });
  return { restore: () => spy.mockRestore(), fired: () => fired };
}

/**
 * A snapshot with conditional-format ids and the scans' tracking keys blanked: a rescan makes new
 * ids for the same formats, and new names (ARCreditDesk_<key>_R…) for the same blocks.
 */
const sameIds = (snapshot: string): string =>
  snapshot
    .replace(/\{CF-\d+/g, "{CF")
    .replace(/ARCreditDesk_[a-z0-9]+_/g, "ARCreditDesk_*_")
    .replace(/\\*"key\\*":\\*"[a-z0-9]+\\*"/g, "key");

/** What differs between two snapshots, part by part (for a readable failure). */
function leftovers(after: string, before: string): string[] {
  const a = JSON.parse(sameIds(after)) as Record<string, unknown>;
  const b = JSON.parse(sameIds(before)) as Record<string, unknown>;
  const out: string[] = [];
  for (const key of Object.keys(b)) {
    if (key !== "sheets" && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
      out.push(`${key}: ${JSON.stringify(a[key]).slice(0, 300)}`);
  }
  const sa = a.sheets as Array<Record<string, unknown>>;
  (b.sheets as Array<Record<string, unknown>>).forEach((sheet, i) => {
    for (const part of Object.keys(sheet)) {
      if (JSON.stringify(sa[i]?.[part]) !== JSON.stringify(sheet[part]))
        out.push(`${String(sheet.name)}.${part}: ${JSON.stringify(sa[i]?.[part]).slice(0, 300)}`);
    }
  });
  return out;
}

async function settle(p: Promise<ScanOutcome>): Promise<ScanOutcome | Error> {
  try {
    return await p;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const ROWS = sampleRows(40);
let untouched: string;
let scanned: string;
let syncsPerScan = 0;
let progressCalls = 0;

beforeAll(async () => {
  const model = ledgerModel(ROWS);
  untouched = model.snapshot();
  const host = createWorkbookHost(model);
  const workbook = createExcelLedgerWorkbook(hostRunner(host));
  const found = await workbook.locateLedger();
  expect(found.kind).toBe("found");
  host.resetStats();
  const outcome = await scanWith(workbook);
  expect(outcome.kind).toBe("done");
  syncsPerScan = host.stats.syncs.length;
  scanned = model.snapshot();
  expect(scanned).not.toBe(untouched);
  // Progress calls of a clean scan, for the cancel points.
  const again = ledgerModel(ROWS);
  const wb = workbookOn(again);
  const loc = await wb.locateLedger();
  if (loc.kind !== "found") throw new Error("not found");
  await wb.scan(standardScanRequest(loc.location), { onProgress: () => void progressCalls++ });
});

describe.each(["lost request", "lost response"] as const)("a host that fails one sync (%s)", (mode) => {
  test("at every sync of the scan: untouched, or done and complete, or Clear restores and a rescan completes", async () => {
    expect(syncsPerScan).toBeGreaterThan(1);
    const report: string[] = [];
    const violations: string[] = [];
    for (let n = 1; n <= syncsPerScan + 1; n++) {
      const model = ledgerModel(ROWS);
      const workbook = workbookOn(model);
      const found = await workbook.locateLedger();
      if (found.kind !== "found") throw new Error("not found");
      const fault = injectFault(n, mode);
      let result: ScanOutcome | Error;
      try {
        result = await settle(workbook.scan(standardScanRequest(found.location)));
      } finally {
        fault.restore();
      }
      const state = model.snapshot();
      const said = result instanceof Error ? `error: ${result.message}` : result.kind;
      const where = state === untouched ? "untouched" : sameIds(state) === sameIds(scanned) ? "complete" : "partial";
      // A scan that says "done" left the complete result; one that did not must have said so.
      const wrong: string[] = [];
      if (!(result instanceof Error) && result.kind === "done" && where !== "complete")
        wrong.push(`said done, workbook ${where}`);
      if (where === "partial") {
        // The way back: Clear restores the workbook exactly.
        await workbookOn(model).clear();
        wrong.push(...leftovers(model.snapshot(), untouched).map((l) => `after Clear still ${l.slice(0, 90)}`));
      }
      // And a fresh scan afterwards completes with exactly the clean result, whatever the fault left.
      const retry = await scanWith(workbookOn(model));
      if (retry.kind !== "done") wrong.push(`rescan ${retry.kind}`);
      wrong.push(...leftovers(model.snapshot(), scanned).map((l) => `after rescan differs ${l.slice(0, 90)}`));
      report.push(
        `sync ${n}: ${fault.fired() ? "fault" : "no fault"} → ${said}; workbook ${where}${wrong.length ? " ✗ " + wrong.join(" | ") : ""}`,
      );
      violations.push(...wrong.map((w) => `sync ${n}: ${w}`));
    }
    console.log(`faults (${mode}):\n${report.join("\n")}`);
    expect(violations).toEqual([]);
  });
});

test("Clear failing at a sync leaves the scan in place or removed, and a second Clear finishes", async () => {
  for (let n = 1; n <= 6; n++) {
    const model = ledgerModel(ROWS);
    await scanWith(workbookOn(model));
    const fault = injectFault(n, "lost request");
    let error: unknown = null;
    try {
      await workbookOn(model).clear();
    } catch (e) {
      error = e;
    } finally {
      fault.restore();
    }
    const state = model.snapshot();
    if (error === null) expect({ n, state: state === untouched }).toEqual({ n, state: true });
    await workbookOn(model).clear();
    expect({ n, restored: model.snapshot() === untouched }).toEqual({ n, restored: true });
  }
});

test("cancel at every progress point: cancelled and untouched (or Clear restores), or done and complete", async () => {
  expect(progressCalls).toBeGreaterThan(0);
  const report: string[] = [];
  for (let k = 1; k <= progressCalls; k++) {
    const model = ledgerModel(ROWS);
    const workbook = workbookOn(model);
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    const controller = new AbortController();
    let calls = 0;
    const hooks: ScanHooks = { signal: controller.signal, onProgress: () => void (++calls === k && controller.abort()) };
    const outcome = await workbook.scan(standardScanRequest(found.location), hooks);
    const state = model.snapshot();
    const where = state === untouched ? "untouched" : sameIds(state) === sameIds(scanned) ? "complete" : "partial";
    report.push(`cancel at progress ${k}: ${outcome.kind}; workbook ${where}`);
    if (outcome.kind === "done") expect({ k, where }).toEqual({ k, where: "complete" });
    else expect({ k, kind: outcome.kind }).toEqual({ k, kind: "cancelled" });
    if (where === "partial") {
      await workbookOn(model).clear();
      expect({ k, restored: model.snapshot() === untouched }).toEqual({ k, restored: true });
    }
  }
  console.log(`cancels:\n${report.join("\n")}`);
});

function outside(snapshot: string, result: Rect, sheet: string): unknown {
  const parsed = JSON.parse(snapshot) as { sheets: Array<{ name: string; cells: [string, unknown][] }> };
  return parsed.sheets.map((s) => ({
    name: s.name,
    cells: s.cells.filter(([a]) => {
      if (s.name !== sheet) return true;
      const r = parseAddress(a)!.rect;
      return !(r.r0 >= result.r0 && r.r0 <= result.r1 && r.c0 >= result.c0 && r.c0 <= result.c1);
    }),
  }));
}

const junkCell = fc.oneof(
  fc.constantFrom(
    null,
    "",
    "03/04/2025",
    "2025-02-29",
    "#N/A",
    "=1+1",
    "+cmd",
    "@SUM(A1)",
    "😀",
    "مرحبا",
    "(1,234.50)",
    "x".repeat(2000),
  ),
  fc.integer({ min: -1000, max: 3_000_000 }),
  fc.boolean(),
);
const randomRow = fc.tuple(
  fc.constantFrom("Acme", "acme ", "😀 Ltd", "شركة", '=HYPERLINK("http://x")', null),
  fc.oneof(fc.constantFrom("INV-1", "INV-2", null), fc.integer({ min: 1, max: 5 })),
  fc.oneof(fc.integer({ min: AS_OF - 300, max: AS_OF + 60 }), junkCell),
  fc.oneof(
    fc.integer({ min: -50_000, max: 500_000 }).map((c) => c / 100),
    junkCell,
  ),
  fc.constantFrom("USD", "EUR", "", null),
  fc.constantFrom("", "disputed", "paid", "-1", "=cmd|' /C calc'!A0"),
);

test("property: on random ledgers the scan writes only its own columns, writes no formula, and Clear restores exactly", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(randomRow, { minLength: 1, maxLength: 30 }), async (rows) => {
      const model = ledgerModel(rows.map((r) => [...r]));
      const before = model.snapshot();
      const workbook = workbookOn(model);
      const found = await workbook.locateLedger();
      expect(found.kind).toBe("found");
      const outcome = await scanWith(workbook);
      expect(["done", "invalid"]).toContain(outcome.kind);
      if (outcome.kind === "done") {
        const target = parseAddress(outcome.resultAddress)!;
        expect(outside(model.snapshot(), target.rect, "Sheet1")).toEqual(outside(before, target.rect, "Sheet1"));
        const sheet = model.sheet("Sheet1")!;
        for (let r = target.rect.r0; r <= target.rect.r1; r++) {
          for (let c = target.rect.c0; c <= target.rect.c1; c++) expect(sheet.formula(r, c)).toBeUndefined();
        }
      }
      await workbook.clear();
      expect(model.snapshot()).toBe(before);
    }),
    { numRuns: 60, seed: 20251123 },
  );
}, 60_000);

test("a cell the scan did not write stops it before anything is written", async () => {
  const model = ledgerModel(ROWS);
  model.setRows("Sheet1", "H5", [["my note"]]);
  const before = model.snapshot();
  const outcome = await scanWith(workbookOn(model));
  expect(outcome.kind).toBe("occupied");
  expect(model.snapshot()).toBe(before);
});

test("a sheet with no ledger and a ledger with only headers", async () => {
  const none = new WorkbookModel(["Sheet1"]);
  none.setRows("Sheet1", "A1", [["Quarterly notes"], ["call Acme"]]);
  none.select("Sheet1", "A1");
  const before = none.snapshot();
  expect((await workbookOn(none).locateLedger()).kind).toBe("notFound");
  expect(none.snapshot()).toBe(before);
  const headersOnly = new WorkbookModel(["Sheet1"]);
  headersOnly.setRows("Sheet1", "A1", [HEAD]);
  headersOnly.select("Sheet1", "A1");
  const hBefore = headersOnly.snapshot();
  const workbook = workbookOn(headersOnly);
  const found = await workbook.locateLedger();
  if (found.kind === "found") {
    const outcome = await scanWith(workbook);
    expect(["done", "invalid"]).toContain(outcome.kind);
    if (outcome.kind === "done") expect(outcome.rowsWritten).toBe(0);
    await workbook.clear();
  }
  expect(headersOnly.snapshot()).toBe(hBefore);
});
