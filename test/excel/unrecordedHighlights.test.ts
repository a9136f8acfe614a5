import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import type { LedgerWorkbook, ScanOutcome } from "../../src/excel/ledgerWorkbook";
import { OWNED_SCANS_KEY, parseOwnedScans } from "../../src/excel/ownedScans";
import { createWorkbookHost, type WorkbookHost } from "../support/workbookHost/createWorkbookHost";
import type { ConditionalFormatModel } from "../support/workbookHost/sheetModel";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { chineseLedger, englishLedger } from "./ledgerFixtures";
import { scanWith, standardScanRequest } from "./scanHelpers";
import { failSync, type FaultMode } from "./syncFaults";

/* A scan adds its five highlight formats in one sync and records their ids in the next. A host
   failing between the two used to leave five formats nobody owned (Clear left them, a re-scan
   added five more). The record, saved with the first write, lists the highlight range; Clear and
   the next scan then find the scan's formats there by their rule formulas. englishLedger: ledger
   A1:G9, result columns H:K, highlight A2:K9 (rows 2-9, ledger through result columns). */

/** A snapshot with the host's format ids ("{CF-7") blanked: a re-scan makes new ids for the same formats. */
// Conditional-format ids and the scans' tracking keys differ from run to run; the rest must not.
const ids = (snapshot: string) =>
  snapshot
    .replace(/\{CF-\d+/g, "{CF")
    .replace(/ARCreditDesk_[a-z0-9]+_/g, "ARCreditDesk_*_")
    .replace(/\\?"key\\?":\\?"[a-z0-9]+\\?"/g, "key");

function setUp(model: WorkbookModel): { host: WorkbookHost; workbook: LedgerWorkbook } {
  const host = createWorkbookHost(model);
  return { host, workbook: createExcelLedgerWorkbook(hostRunner(host)) };
}

/** The scan's syncs (locate excluded), counted on a clean copy. */
async function scanSyncs(make: () => WorkbookModel, language: "en" | "zh" = "en"): Promise<number> {
  const { host, workbook } = setUp(make());
  const found = await workbook.locateLedger();
  if (found.kind !== "found") throw new Error("no ledger");
  host.resetStats();
  await workbook.scan(standardScanRequest(found.location, { language }));
  return host.stats.syncs.length;
}

/** Locates, then scans with the `n`th scan sync failing; returns the error (or outcome). */
async function scanFailingAt(workbook: LedgerWorkbook, n: number, mode: FaultMode, language: "en" | "zh" = "en") {
  const found = await workbook.locateLedger();
  if (found.kind !== "found") throw new Error("no ledger");
  const fault = failSync(n, mode);
  try {
    return await workbook.scan(standardScanRequest(found.location, { language })).catch((e: unknown) => e as Error);
  } finally {
    fault.restore();
  }
}

function userFormats(): ConditionalFormatModel[] {
  // Two of the user's own on the same rows: a formula rule over the amounts, a colour scale on H.
  return [
    {
      id: "user-rule",
      rect: { r0: 1, c0: 4, r1: 8, c1: 4 },
      type: "Custom",
      formula: "=$E2>1000",
      fill: "#00FF00",
      fontColor: null,
      priority: 0,
      stopIfTrue: false,
    },
    {
      id: "user-scale",
      rect: { r0: 1, c0: 0, r1: 8, c1: 0 },
      type: "ColorScale",
      formula: "",
      fill: null,
      fontColor: null,
      priority: 1,
      stopIfTrue: false,
    },
  ];
}

const record = (model: WorkbookModel) => parseOwnedScans(model.settings.get(OWNED_SCANS_KEY));

describe.each(["lost request", "lost response"] as const)("the host fails around the highlights (%s)", (mode) => {
  test("at the highlight sync and at the ids sync: Clear puts the workbook back exactly, user formats kept", async () => {
    const total = await scanSyncs(englishLedger);
    // The last two syncs: the highlights (and note), then their ids on record.
    for (const n of [total - 1, total]) {
      const model = englishLedger();
      model.sheet("Sheet1")!.conditionalFormats.push(...userFormats());
      const before = model.snapshot();
      const { workbook } = setUp(model);
      const result = (await scanFailingAt(workbook, n, mode)) as ScanOutcome | Error;
      expect({ n, failed: result instanceof Error }).toEqual({ n, failed: true });
      await workbook.clear();
      expect({ n, restored: model.snapshot() === before }).toEqual({ n, restored: true });
    }
  });

  test("a re-scan after the cut-off leaves exactly one set of five formats, the user's two kept", async () => {
    const clean = englishLedger();
    clean.sheet("Sheet1")!.conditionalFormats.push(...userFormats());
    await scanWith(setUp(clean).workbook);
    const total = await scanSyncs(englishLedger);
    for (const n of [total - 1, total]) {
      const model = englishLedger();
      model.sheet("Sheet1")!.conditionalFormats.push(...userFormats());
      const { workbook } = setUp(model);
      await scanFailingAt(workbook, n, mode);
      expect((await scanWith(workbook)).kind).toBe("done");
      expect({ n, formats: model.sheet("Sheet1")!.conditionalFormats.length }).toEqual({ n, formats: 7 });
      expect({ n, same: ids(model.snapshot()) === ids(clean.snapshot()) }).toEqual({ n, same: true });
      expect(record(model)[0].conditionalFormatIds).toHaveLength(5);
    }
  });
});

test("a scan cut off before its ids sync leaves a record with the highlight range and no ids", async () => {
  const total = await scanSyncs(englishLedger);
  const model = englishLedger();
  await scanFailingAt(setUp(model).workbook, total, "lost request");
  // Highlight A2:K9 = rows 1-8, columns 0-10 (0-based).
  expect(record(model)).toMatchObject([
    { highlight: { sheet: "Sheet1", r0: 1, c0: 0, r1: 8, c1: 10 }, conditionalFormatIds: [] },
  ]);
  expect(model.sheet("Sheet1")!.conditionalFormats).toHaveLength(5);
});

test("a Chinese scan cut off the same way is recognised too (its formulas hold the Chinese texts)", async () => {
  const total = await scanSyncs(chineseLedger, "zh");
  const model = chineseLedger();
  const before = model.snapshot();
  const { workbook } = setUp(model);
  await scanFailingAt(workbook, total, "lost request", "zh");
  expect(model.sheet("应收账款")!.conditionalFormats).toHaveLength(5);
  await workbook.clear();
  expect(model.snapshot()).toBe(before);
});

test("syncs: a clean scan and Clear keep their counts; reading the rules costs one more sync, only after a cut-off", async () => {
  // englishLedger, 8 data rows, one read and one write block: settings + date system, read,
  // write, highlights, ids = 5; Clear: records, sheets, probe, removal = 4.
  expect(await scanSyncs(englishLedger)).toBe(5);
  const model = englishLedger();
  const { host, workbook } = setUp(model);
  await scanWith(workbook);
  host.resetStats();
  await workbook.clear();
  expect(host.stats.syncs).toHaveLength(4);
  await scanFailingAt(workbook, 5, "lost request");
  host.resetStats();
  await workbook.clear();
  expect(host.stats.syncs).toHaveLength(5);
});
