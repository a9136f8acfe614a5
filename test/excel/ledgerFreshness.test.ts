import { fingerprintColumns, readLedgerFingerprint } from "../../src/excel/ledgerFingerprint";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { hostRunner } from "./hostRunner";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import type { LedgerFingerprint, LedgerWorkbook, ScanOutcome } from "../../src/excel/ledgerWorkbook";
import { englishLedger } from "./ledgerFixtures";
import { cells, locateAndScan, scanWith, standardScanRequest } from "./scanHelpers";
import { failSync } from "./syncFaults";

/*
 * The pane says when scan results are older than the ledger: the scan records a fingerprint of the
 * ledger's mapped columns, and `ledgerFreshness` compares the ledger now with it.
 */

async function fingerprintOf(workbook: LedgerWorkbook, outcome: ScanOutcome): Promise<LedgerFingerprint> {
  if (outcome.kind !== "done" || !workbook.ledgerFingerprint) throw new Error("no scan, or no fingerprint in the port");
  const fingerprint = await workbook.ledgerFingerprint(outcome.ledger);
  if (!fingerprint) throw new Error("no fingerprint");
  return fingerprint;
}

async function freshness(workbook: LedgerWorkbook, fingerprint: LedgerFingerprint) {
  if (!workbook.ledgerFreshness) throw new Error("the adapter has no ledgerFreshness");
  return workbook.ledgerFreshness(fingerprint);
}

describe("stale scan results", () => {
  test("right after the scan the results are fresh: its own result columns do not count", async () => {
    const { outcome, workbook } = await locateAndScan(englishLedger());
    const fingerprint = await fingerprintOf(workbook, outcome);
    // englishLedger: header on row 1, 8 data rows (A2:G9); 7 columns, all mapped.
    expect(fingerprint).toMatchObject({ sheet: "Sheet1", headerRow: 0, rows: 8, columns: [0, 1, 2, 3, 4, 5, 6] });
    expect(await freshness(workbook, fingerprint)).toEqual({ kind: "fresh" });
  });

  test("an edited amount makes them stale (edited, same rows)", async () => {
    const { outcome, workbook, host } = await locateAndScan(englishLedger());
    const then = await fingerprintOf(workbook, outcome);
    host.model.setRows("Sheet1", "E3", [[999]]);
    expect(await freshness(workbook, then)).toEqual({
      kind: "stale",
      change: "edited",
      rowsThen: 8,
      rowsNow: 8,
    });
    // Typed back as it was: fresh again.
    host.model.setRows("Sheet1", "E3", [[250.5]]);
    expect(await freshness(workbook, then)).toEqual({ kind: "fresh" });
  });

  test("a row appended below the ledger makes them stale (added: 8 rows then, 9 now)", async () => {
    const { outcome, workbook, host } = await locateAndScan(englishLedger());
    const then = await fingerprintOf(workbook, outcome);
    host.model.setRows("Sheet1", "A10", [["Hotel", "INV-9", 45800, 45830, 60, "", ""]]);
    expect(await freshness(workbook, then)).toEqual({
      kind: "stale",
      change: "added",
      rowsThen: 8,
      rowsNow: 9,
    });
  });

  test("a row emptied at the end: removed; a note typed beside the ledger, in no mapped column: still fresh", async () => {
    const { outcome, workbook, host } = await locateAndScan(englishLedger());
    const then = await fingerprintOf(workbook, outcome);
    // Column N is neither the ledger's nor the scan's (results are H:K).
    host.model.setRows("Sheet1", "N20", [["call Acme on Monday"]]);
    expect(await freshness(workbook, then)).toEqual({ kind: "fresh" });
    host.model.setRows("Sheet1", "A9", [["", "", "", "", "", "", ""]]);
    expect(await freshness(workbook, then)).toEqual({
      kind: "stale",
      change: "removed",
      rowsThen: 8,
      rowsNow: 7,
    });
  });

  test("the sheet deleted: gone", async () => {
    const { outcome, workbook } = await locateAndScan(englishLedger());
    const fingerprint = { ...(await fingerprintOf(workbook, outcome)), sheet: "No such sheet" };
    expect(await freshness(workbook, fingerprint)).toEqual({ kind: "stale", change: "gone", rowsThen: 8, rowsNow: 0 });
  });

  test("only fields mapped to sheet columns are fingerprinted", () => {
    // Customer at ledger column 0 and amount at 4, from first column C (2): sheet columns 2 and 6; a
    // status made by the scan (column 9 of a 8-column ledger) has no sheet column.
    expect(fingerprintColumns({ customer: 0, amount: 4, status: 9 }, 2, 8)).toEqual([2, 6]);
  });
});

describe("fingerprint reads within Excel's 5 MB responses", () => {
  test("1,000-character names: the block is halved until a response fits; every row still counted", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    const rows: unknown[][] = [["Customer", "Amount", "Due date"]];
    // 6,000 rows × 1,000 characters ≈ 6 MB of names: the first block (all 6,000 rows: 100,000 cells /
    // 3 columns = 33,333 rows allowed) is too large; its half (3,000 rows ≈ 3 MB) fits.
    for (let i = 0; i < 6_000; i++) rows.push([`${"N".repeat(996)}${String(i).padStart(4, "0")}`, 100 + i, 45800]);
    model.setRows("Sheet1", "A1", rows);
    const host = createWorkbookHost(model);
    const at = { sheet: "Sheet1", headerRow: 0, columns: [0, 1, 2] };
    const read = () => hostRunner(host).run({}, (context) => readLedgerFingerprint(context, at));
    const first = await read();
    expect(first?.rows).toBe(6_000);
    expect(host.stats.syncs.filter((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toHaveLength(1);
    model.setRows("Sheet1", "B5000", [[1]]);
    expect((await read())?.hash).not.toBe(first?.hash);
  });
});

describe("a rescan Excel breaks off marks the grid's results stale", () => {
  const STALE =
    "AR Credit Desk: as of 2025-06-30. STALE: a rescan failed, so these results may not match the ledger, or be incomplete. Scan again, or Clear.";

  test("failed at any sync: our note on the results says they are stale; Clear removes it with them", async () => {
    let failures = 0;
    for (let n = 1; n <= 12; n++) {
      const model = englishLedger();
      const { outcome, workbook } = await locateAndScan(model);
      expect(outcome.kind).toBe("done");
      // englishLedger's results start at H1; the scan's as-of note is on H1.
      expect(model.sheet("Sheet1")!.notes.get("H1")).toBe("AR Credit Desk: as of 2025-06-30");
      const found = await workbook.locateLedger();
      if (found.kind !== "found") throw new Error("ledger not found");
      const fault = failSync(n, "lost request");
      let failed = false;
      try {
        await workbook.scan(standardScanRequest(found.location));
      } catch {
        failed = true;
      } finally {
        fault.restore();
      }
      if (!failed) continue; // the rescan needed fewer than n syncs
      failures++;
      expect(model.sheet("Sheet1")!.notes.get("H1")).toBe(STALE);
      await workbook.clear();
      expect(model.sheet("Sheet1")!.notes.size).toBe(0);
      expect(
        cells(model, "Sheet1", 0, 7, 9, 10)
          .flat()
          .every((v) => v === ""),
      ).toBe(true);
    }
    // At least the read, the first write and the last sync of a rescan can fail.
    expect(failures).toBeGreaterThanOrEqual(3);
  });

  test("a refused rescan (nothing written) leaves the note as it was", async () => {
    const model = englishLedger();
    const { workbook } = await locateAndScan(model);
    expect((await scanWith(workbook, { resultColumn: 1 })).kind).toBe("invalid");
    expect(model.sheet("Sheet1")!.notes.get("H1")).toBe("AR Credit Desk: as of 2025-06-30");
  });
});
