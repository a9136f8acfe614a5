import { PAYLOAD_LIMIT_BYTES } from "../support/workbookHost/hostContext";
import { fillSampleLedger } from "../support/workbookHost/sampleLedger";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { hostRunner } from "./hostRunner";
import { AS_OF } from "./ledgerFixtures";
import { locateAndScan, standardScanRequest } from "./scanHelpers";

describe("large ledgers", () => {
  test("syncs grow with blocks, not rows, and every request and response stays under 5 MB", async () => {
    const small = new WorkbookModel(["Sheet1"]);
    fillSampleLedger(small, "Sheet1", 2_000, AS_OF);
    const large = new WorkbookModel(["Sheet1"]);
    fillSampleLedger(large, "Sheet1", 30_000, AS_OF);
    const a = await locateAndScan(small);
    const b = await locateAndScan(large);
    expect(a.outcome.kind).toBe("done");
    expect(b.outcome.kind).toBe("done");
    const syncsA = a.host.stats.syncs.length,
      syncsB = b.host.stats.syncs.length;
    // 15× the rows: a few more blocks, nowhere near 15× the syncs.
    expect(syncsB).toBeLessThan(syncsA + 20);
    for (const sync of b.host.stats.syncs) {
      expect(sync.failed).toBeUndefined();
      expect(Math.max(sync.requestBytes, sync.responseBytes)).toBeLessThan(PAYLOAD_LIMIT_BYTES / 2 + 256 * 1024);
    }
    // The blocks did real work: at least one request carried over 1 MB.
    expect(Math.max(...b.host.stats.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeGreaterThan(1024 * 1024);
  }, 60_000);

  test("a block refused for its size is read again in smaller blocks", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    fillSampleLedger(model, "Sheet1", 1_200, AS_OF);
    // A memo column of 8,000-character texts: the first 1,000-row block would be ~8 MB.
    const sheet = model.sheet("Sheet1")!;
    sheet.writeValue(0, 8, "Memo");
    for (let r = 1; r <= 1_200; r++) sheet.writeValue(r, 8, "x".repeat(8_000));
    const { host, outcome } = await locateAndScan(model, { resultColumn: 9 });
    expect(outcome.kind).toBe("done");
    const failed = host.stats.syncs.filter((s) => s.failed);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(host.stats.syncs.filter((s) => !s.failed).every((s) => s.responseBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
  }, 60_000);

  // Chinese texts (3 bytes a character) make 50,000 rows (60% of them paid, with short texts) more than one write block.
  test("cancelling while writing removes what was written", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    fillSampleLedger(model, "Sheet1", 50_000, AS_OF);
    const before = model.snapshot();
    const workbook = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)));
    const controller = new AbortController();
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    const outcome = await workbook.scan(standardScanRequest(found.location, { language: "zh" }), {
      signal: controller.signal,
      onProgress: (p) => p.phase === "writing" && p.done < p.total && controller.abort(),
    });
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(model.snapshot()).toBe(before);
  }, 60_000);

  test("cancelling before the first block writes nothing", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    fillSampleLedger(model, "Sheet1", 100, AS_OF);
    const before = model.snapshot();
    const workbook = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)));
    const controller = new AbortController();
    controller.abort();
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    const outcome = await workbook.scan(standardScanRequest(found.location), { signal: controller.signal });
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(model.snapshot()).toBe(before);
  });
});
