import { customerActivity } from "../src/core/activity/customerActivity";
import { parseActivityRows } from "../src/core/activity/parseActivityRows";
import { isFailure } from "../src/core/failure";
import { ACTIVITY_SHEET, ACTIVITY_TABLE, readActivityRegister } from "../src/excel/activityRegister";
import { createExcelLedgerWorkbook } from "../src/excel/createExcelLedgerWorkbook";
import type { ExcelRunner } from "../src/excel/excelRunner";
import { standardScanRequest } from "../test/excel/scanHelpers";
import { seededRandom } from "../test/support/seededRandom";
import { createWorkbookHost, type HostRequestContext, type WorkbookHost } from "../test/support/workbookHost/createWorkbookHost";
import { fillSampleLedger } from "../test/support/workbookHost/sampleLedger";
import { WorkbookModel } from "../test/support/workbookHost/workbookModel";
import { freshStrings } from "./freshStrings";

/**
 * Benchmark of the scan reading the activity register (issue #18): a full sheet of ledger
 * (1,048,576 rows: header + 1,048,575 invoices of the sample ledger's 2,000 customers) scanned
 * through the Office.js adapter on the in-memory host, once without a register and once beside a
 * register of 100,000 rows (an ARActivity table on `AR Activity`). It reports each scan's wall
 * time and syncs, the syncs and bytes the register added, the broken-promise notes the scan
 * appended, and the register read alone through the adapter (readActivityRegister: probe, bounds,
 * blocks) with its parse and per-customer facts timed apart.
 *
 * The register is what a year of a busy desk looks like: dates over the 365 days up to as-of;
 * 60% reminders, 15% calls, 10% promises (due by within ±20 days of as-of), 5% disputes naming a
 * ledger invoice, 10% notes (a quarter of them releasing a dispute). Each run has fresh strings
 * (freshStrings.ts). The lead's runner calls `run()`; nothing runs on import.
 */
const AS_OF = 45838; // 2025-06-30
const HEADER = ["Date", "Customer", "Currency", "Invoice", "Kind", "Level", "Channel", "Amount", "Due by", "Reason", "Owner"];

function runnerFor(host: WorkbookHost): ExcelRunner {
  return {
    run: <T>(options: { readonly mergeUndoGroup?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>) =>
      host.run<T>(options, batch as unknown as (context: HostRequestContext) => Promise<T>),
    supportsExcelApi: (version) => host.isSetSupported("ExcelApi", version),
  };
}

/** Writes `rows` register rows under the header on A1 of the AR Activity sheet and makes them the table. */
function fillRegister(model: WorkbookModel, rows: number, ledgerRows: number, seed = 11): void {
  const sheet = model.addSheet(ACTIVITY_SHEET);
  HEADER.forEach((text, c) => sheet.writeValue(0, c, text));
  const random = seededRandom(seed);
  const kinds = ["Reminder", "Call", "Promise", "Dispute", "Note"];
  const weights = [0.6, 0.75, 0.85, 0.9, 1];
  for (let i = 0; i < rows; i++) {
    const r = i + 1;
    const pick = random();
    const kind = kinds[weights.findIndex((w) => pick < w)];
    const date = AS_OF - 365 + Math.floor((i / rows) * 365); // in date order, as a register grows
    sheet.writeValue(r, 0, date);
    sheet.writeValue(r, 1, `Customer ${String(1 + Math.floor(random() * 2000)).padStart(4, "0")} Ltd`);
    sheet.writeValue(r, 2, random() < 0.1 ? "EUR" : "USD");
    const invoice = kind === "Dispute" || kind === "Note" ? `INV-${100000 + Math.floor(random() * ledgerRows)}` : "";
    sheet.writeValue(r, 3, invoice);
    sheet.writeValue(r, 4, kind);
    sheet.writeValue(r, 5, kind === "Reminder" ? 1 + Math.floor(random() * 6) : "");
    sheet.writeValue(r, 6, kind === "Call" ? "Phone" : "Email");
    sheet.writeValue(r, 7, kind === "Promise" ? Math.round(random() * 500000) / 100 : "");
    sheet.writeValue(r, 8, kind === "Promise" ? date + 20 - Math.floor(random() * 40) : "");
    sheet.writeValue(r, 9, kind === "Note" && random() < 0.25 ? "Released: agreed" : kind === "Dispute" ? "Short delivery" : "");
    sheet.writeValue(r, 10, "Ann");
  }
  model.addTable(ACTIVITY_SHEET, `A1:K${rows + 1}`, ACTIVITY_TABLE);
}

function workbookOf(ledgerRows: number, registerRows: number): { model: WorkbookModel; host: WorkbookHost } {
  const model = new WorkbookModel(["Sheet1"]);
  fillSampleLedger(model, "Sheet1", ledgerRows - 1, AS_OF);
  freshStrings(model, "Sheet1");
  if (registerRows > 0) {
    fillRegister(model, registerRows, ledgerRows - 1);
    freshStrings(model, ACTIVITY_SHEET);
  }
  model.select("Sheet1", "A1");
  return { model, host: createWorkbookHost(model) };
}

async function scanOnce(ledgerRows: number, registerRows: number): Promise<Record<string, number | string>> {
  const { model, host } = workbookOf(ledgerRows, registerRows);
  const workbook = createExcelLedgerWorkbook(runnerFor(host));
  const found = await workbook.locateLedger();
  if (found.kind !== "found") throw new Error(`ledger not found (${found.reason})`);
  host.resetStats();
  const tableRowsBefore = model.tables.find((t) => t.name === ACTIVITY_TABLE)?.rect.r1 ?? 0;
  const started = performance.now();
  const outcome = await workbook.scan(standardScanRequest(found.location));
  const ms = performance.now() - started;
  if (outcome.kind !== "done") throw new Error(`scan ended ${outcome.kind}`);
  const syncs = host.stats.syncs;
  const registerIssues = outcome.issues.filter((issue) => issue.address.startsWith("'AR Activity'")).length;
  return {
    ledgerRows,
    registerRows,
    scanMs: Math.round(ms),
    syncs: syncs.length,
    failedSyncs: syncs.filter((s) => s.failed).length,
    maxResponseMB: Math.round((Math.max(...syncs.map((s) => s.responseBytes)) / 2 ** 20) * 100) / 100,
    registerEntries: outcome.ledger.activity?.entries.length ?? 0,
    registerIssues,
    notesAppended: (model.tables.find((t) => t.name === ACTIVITY_TABLE)?.rect.r1 ?? 0) - tableRowsBefore,
  };
}

/** The register alone through the adapter, then its parse and facts timed on the values it read. */
async function readAlone(registerRows: number): Promise<Record<string, number>> {
  const { model, host } = workbookOf(2, registerRows);
  const runner = runnerFor(host);
  const started = performance.now();
  const register = await readActivityRegister(runner, 1900);
  const readMs = performance.now() - started;
  if (register === null || isFailure(register)) throw new Error("register unreadable");
  const syncs = host.stats.syncs;
  // Parse and facts apart, on the same cells read again (fresh strings).
  freshStrings(model, ACTIVITY_SHEET);
  const values: unknown[][] = [];
  const sheet = model.sheet(ACTIVITY_SHEET)!;
  for (let r = 0; r <= registerRows; r++) values.push(HEADER.map((_, c) => sheet.value(r, c)));
  const parseStart = performance.now();
  const parsed = parseActivityRows(values, 1900);
  const parseMs = performance.now() - parseStart;
  if (isFailure(parsed)) throw new Error("register unreadable");
  const factsStart = performance.now();
  const facts = customerActivity(parsed.entries, AS_OF);
  const factsMs = performance.now() - factsStart;
  return {
    registerRows,
    readMs: Math.round(readMs),
    readSyncs: syncs.length,
    maxResponseMB: Math.round((Math.max(...syncs.map((s) => s.responseBytes)) / 2 ** 20) * 100) / 100,
    parseMs: Math.round(parseMs),
    factsMs: Math.round(factsMs),
    customers: facts.size,
  };
}

export async function run(
  ledgerRows = 1_048_576,
  registerRows = 100_000,
  rounds = 2,
): Promise<{ scans: Record<string, number | string>[]; registerRead: Record<string, number> }> {
  // A small untimed scan first, so neither timed scan pays for the compiler's warm-up alone.
  await scanOnce(10_000, 1_000);
  const registerRead = await readAlone(registerRows);
  console.table([registerRead]);
  // Without and with the register in turn, `rounds` times: the best of each is compared, so a
  // busy machine or a collection landing in one scan does not decide the difference.
  const scans: Record<string, number | string>[] = [];
  for (let round = 0; round < rounds; round++) {
    scans.push(await scanOnce(ledgerRows, 0), await scanOnce(ledgerRows, registerRows));
  }
  console.table(scans);
  const best = (rows: number) => Math.min(...scans.filter((s) => s.registerRows === rows).map((s) => Number(s.scanMs)));
  const [without, withRegister] = [best(0), best(registerRows)];
  const syncsOf = (rows: number) => scans.find((s) => s.registerRows === rows)?.syncs;
  const delta = withRegister - without;
  console.log(
    `register of ${registerRows.toLocaleString("en")} rows beside ${ledgerRows.toLocaleString("en")} ledger rows: ` +
      `best scan ${without} ms without, ${withRegister} ms with (${delta >= 0 ? "+" : "−"}${Math.abs(delta)} ms); ` +
      `syncs ${syncsOf(0)} → ${syncsOf(registerRows)}; register read alone ${registerRead.readMs} ms in ${registerRead.readSyncs} syncs ` +
      `(parse ${registerRead.parseMs} ms, facts ${registerRead.factsMs} ms)`,
  );
  return { scans, registerRead };
}
