import { isFailure } from "../core/failure";
import type { Language } from "../core/language";
import type { Message } from "../core/messages/message";
import { formulaText } from "../core/report/formulaText";
import { provisionSheetPlan, type ProvisionSheetOptions } from "../core/report/provisionSheetPlan";
import { cellAddress, parseBlockAddress, type CellBlock } from "./a1Address";
import { EXCEL_MESSAGES as M } from "./excelMessages";
import type { ScannedLedger } from "./ledgerWorkbook";
import { OWNED_PROVISION_KEY, parseOwnedProvision, type OwnedProvision } from "./ownedProvision";
import { reportLedgerRanges } from "./reportLedgerRanges";
import { ownedByPrints, planPrints } from "./reportPrints";
import { queuePlanBlock } from "./writePlanBlock";
import { queueClearOwned } from "./trackedRanges";
import { suspendCalculation } from "./writeScanResults";

export interface InsertProvisionRequest {
  /** The last scan: its sheet, mapping, as-of date, aging edges and currencies (one block each). */
  readonly ledger: ScannedLedger;
  /** Language of the labels and bucket names. */
  readonly language: Language;
  /** Month-ends in the window. @default 12 */
  readonly months?: number;
  /** Written to each block's final-loss-rate input (0–1); absent on a refresh: what the sheet holds is kept. @default 1 */
  readonly finalLossRate?: number;
  /** Written to each block's adjustment input; absent on a refresh: what the sheet holds is kept. @default 0 */
  readonly adjustment?: number;
}

export type InsertProvisionOutcome =
  | {
      readonly kind: "done";
      readonly sheet: string;
      /** Whether the add-in's earlier provision matrix was replaced (else the sheet is new). */
      readonly refreshed: boolean;
      /** Currency blocks written. */
      readonly currencies: number;
    }
  /** Nothing written: a sheet of that name is the user's, or a cell in the way holds something the add-in did not write. */
  | { readonly kind: "refused"; readonly text: Message }
  /** The ledger or the options cannot make the sheet (no invoice or paid dates, months out of range); nothing written. */
  | { readonly kind: "invalid"; readonly text: Message };

/** Which input of a block (provisionSheetPlan's `inputs` order) the request sets explicitly. */
const FINAL_INPUT = 1,
  ADJUSTMENT_INPUT = 2;

/**
 * Creates or refreshes the AR Provision sheet from provisionSheetPlan, in one Excel.run: per
 * currency a block of live formulas from month-end snapshots to the provision. A sheet of that
 * name that the add-in did not make (no record of ours, or — in Excel — another worksheet id than
 * the one recorded) is refused, never written over. A refresh rewrites the same cells: it reads
 * the last blocks and the new ones first, and when a cell holds something the add-in did not write
 * (proved by the print of every cell as written, reportPrints.ts) — in the last blocks or where the
 * new ones go — it refuses, naming the cell; otherwise it clears only its own cells and writes the
 * new blocks. What the analyst typed in a block's inputs (as-of date, final loss rate, adjustment,
 * last month-end) is theirs: kept by a refresh, by currency, unless the request sets that input.
 * Two syncs for a new sheet, three for a refresh.
 *
 * @example
 * await insertProvision(context, supports, { ledger: scanned, language: "en" }) //=> { kind: "done", sheet: "AR Provision", refreshed: false, currencies: 2 }
 */
export async function insertProvision(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean,
  request: InsertProvisionRequest,
): Promise<InsertProvisionOutcome> {
  const ranges = reportLedgerRanges(request.ledger);
  if (isFailure(ranges)) return { kind: "invalid", text: ranges.text };
  const { analysis } = request.ledger;
  const currencies = analysis.portfolio.map((c) => c.currency);
  const options: ProvisionSheetOptions = {
    asOf: request.ledger.asOf,
    currencies,
    edges: analysis.context.edges,
    language: request.language,
    ...(request.months === undefined ? {} : { months: request.months }),
    ...(request.finalLossRate === undefined ? {} : { finalLossRate: request.finalLossRate }),
    ...(request.adjustment === undefined ? {} : { adjustment: request.adjustment }),
  };
  let plan = provisionSheetPlan(ranges, options);
  if (isFailure(plan)) return { kind: "invalid", text: plan.text };
  const name = plan.sheetName;

  const setting = context.workbook.settings.getItemOrNullObject(OWNED_PROVISION_KEY).load("value");
  const existing = context.workbook.worksheets.getItemOrNullObject(name).load("name, id");
  await context.sync();
  const record = setting.isNullObject ? null : parseOwnedProvision(setting.value);

  let sheet: Excel.Worksheet;
  if (existing.isNullObject) sheet = context.workbook.worksheets.add(name);
  else {
    const ours =
      record !== null &&
      record.sheet.toLowerCase() === name.toLowerCase() &&
      (record.sheetId === undefined || record.sheetId === existing.id);
    if (!ours) return { kind: "refused", text: M.provisionUserSheet({ sheet: existing.name }) };
    sheet = existing;
    const last = record.ranges.map((range) => parseBlockAddress(range, name) ?? null);
    const lastReads = last.map((block) => (block ? blockRange(sheet, block).load("values, formulas") : null));
    const targets = plan.blocks.map((block) => sheet.getRange(block.address).load("values, formulas"));
    await context.sync();

    // Which cells of the last blocks are as written; the inputs are the analyst's whatever they hold.
    const owned = last.map((block, i) => {
      const read = lastReads[i];
      if (!block || !read) return null;
      return ownedByPrints(read.values, read.formulas, record.prints[i] ?? "", block.c1 - block.c0 + 1);
    });
    const entries = keptInputs(record, last, lastReads, owned, request);
    plan = provisionSheetPlan(ranges, {
      ...options,
      inputEntries: currencies.map((code) => entries.get(code.toLowerCase())),
    });
    if (isFailure(plan)) return { kind: "invalid", text: plan.text };

    const isOurs = (row: number, column: number) =>
      last.some(
        (block, i) =>
          block !== null &&
          row >= block.r0 &&
          row <= block.r1 &&
          column >= block.c0 &&
          column <= block.c1 &&
          owned[i]![row - block.r0][column - block.c0],
      );
    const checks: [CellBlock | null, { values: unknown[][]; formulas: unknown[][] } | null][] = [
      ...plan.blocks.map((block, i): [CellBlock | null, Excel.Range] => [parseBlockAddress(block.address, name)!, targets[i]]),
      ...last.map((block, i): [CellBlock | null, Excel.Range | null] => [block, lastReads[i]]),
    ];
    for (const [block, read] of checks) {
      const blocker = block && read ? firstForeignCell(name, block, read.values, read.formulas, isOurs) : null;
      if (blocker) return { kind: "refused", text: M.provisionCellInTheWay(blocker) };
    }
    suspendCalculation(context, supportsExcelApi);
    last.forEach((block, i) => {
      if (block && owned[i]) queueClearOwned(sheet, block, owned[i]!);
    });
  }

  if (existing.isNullObject) suspendCalculation(context, supportsExcelApi);
  for (const block of plan.blocks) queuePlanBlock(sheet, block);
  const blocks = plan.blocks.map((block) => parseBlockAddress(block.address, name)!);
  const stored: OwnedProvision = {
    sheet: name,
    ...(existing.isNullObject ? {} : { sheetId: existing.id }),
    ranges: [...plan.ownedRanges],
    prints: blocks.map((block) => planPrints(plan, block)),
    inputs: plan.inputs.map((cells, i) => ({ currency: currencies[i] ?? "", cells: [...cells] })),
  };
  // A new sheet's id is known once it is added; kept so a same-named sheet made later is not taken for ours.
  const added = existing.isNullObject ? sheet.load("id") : null;
  sheet.activate();
  await context.sync();
  context.workbook.settings.add(OWNED_PROVISION_KEY, JSON.stringify(added ? { ...stored, sheetId: added.id } : stored));
  await context.sync();
  return { kind: "done", sheet: name, refreshed: !existing.isNullObject, currencies: plan.blocks.length };
}

/**
 * The analyst's entries in the last blocks' inputs, by currency (lower case): a cell not as the
 * add-in wrote it and not empty is kept, as a number or a formula (a typed text as a text formula);
 * the inputs the request sets are not. Every input cell is marked ours: whatever it holds is
 * never in the way.
 */
function keptInputs(
  record: OwnedProvision,
  last: readonly (CellBlock | null)[],
  reads: readonly ({ values: unknown[][]; formulas: unknown[][] } | null)[],
  owned: (boolean[][] | null)[],
  request: InsertProvisionRequest,
): Map<string, (number | string | undefined)[]> {
  const kept = new Map<string, (number | string | undefined)[]>();
  record.inputs.forEach((input, i) => {
    const block = last[i],
      read = reads[i],
      ours = owned[i];
    if (!block || !read || !ours) return;
    const entries = input.cells.map((address, j) => {
      const at = parseBlockAddress(address, "-");
      if (!at) return undefined;
      const r = at.r0 - block.r0,
        c = at.c0 - block.c0;
      if (ours[r]?.[c] === undefined) return undefined;
      const asWritten = ours[r][c];
      ours[r][c] = true;
      if (asWritten) return undefined;
      if (
        (j === FINAL_INPUT && request.finalLossRate !== undefined) ||
        (j === ADJUSTMENT_INPUT && request.adjustment !== undefined)
      )
        return undefined;
      return entryOf(read.formulas[r][c]);
    });
    kept.set(input.currency.toLowerCase(), entries);
  });
  return kept;
}

/** What a cell holds, as the plan writes it back: a number, a formula, a typed text as a text formula; undefined when empty. */
function entryOf(formula: unknown): number | string | undefined {
  if (typeof formula === "number") return formula;
  const text = String(formula ?? "").trim();
  if (text === "") return undefined;
  if (text.startsWith("=")) return text;
  return Number.isFinite(Number(text)) ? Number(text) : `=${formulaText(text)}`;
}

function blockRange(sheet: Excel.Worksheet, block: CellBlock): Excel.Range {
  return sheet.getRangeByIndexes(block.r0, block.c0, block.r1 - block.r0 + 1, block.c1 - block.c0 + 1);
}

/** The first cell of `block` holding something not proved the add-in's, with what it holds (clipped). */
function firstForeignCell(
  sheet: string,
  block: CellBlock,
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  isOurs: (row: number, column: number) => boolean,
): { address: string; value: string } | null {
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < formulas[r].length; c++) {
      const held = formulas[r][c] === "" || formulas[r][c] === null ? values[r][c] : formulas[r][c];
      if (held === "" || held === null || held === undefined) continue;
      if (isOurs(block.r0 + r, block.c0 + c)) continue;
      const value = String(held);
      return {
        address: cellAddress(sheet, block.r0 + r, block.c0 + c),
        value: value.length > 40 ? `${value.slice(0, 39)}…` : value,
      };
    }
  }
  return null;
}
