import type { DateSystem } from "../core/dates/excelSerial";
import { officeExcelRunner, type ExcelRunner } from "./excelRunner";

/** office.js error codes for an API the host does not have, as opposed to a request that failed. */
const UNSUPPORTED_CODES: ReadonlySet<string> = new Set([
  "ApiNotFound",
  "NotImplemented",
  "UnsupportedFeature",
  "UnsupportedOperation",
]);

function isUnsupported(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && UNSUPPORTED_CODES.has(code);
}

/**
 * The date system of the open workbook, probed read-only: `DATE(1904, 1, 1)` is serial 0 in a
 * 1904 workbook and 1462 in a 1900 one. `Workbook.use1904DateSystem` would say it directly but is
 * preview-only, so the probe asks Excel's own DATE through `workbook.functions` (ExcelApi 1.2) in
 * one sync, which also carries whatever the caller queued before. A host without that API keeps
 * 1900, the default of every workbook Excel creates (the sync is still made). A failed sync
 * rejects: guessing 1900 there would move every date of a 1904 workbook by 1462 days.
 *
 * @param context - a request context of `Excel.run`
 * @param supportsExcelApi - the requirement-set check; by default the API is assumed present
 * @returns 1904 when the workbook counts from 1904-01-01, else 1900
 * @example
 * await Excel.run((context) => detectDateSystem(context)) //=> 1900
 */
export async function detectDateSystem(
  context: Excel.RequestContext,
  supportsExcelApi: (version: string) => boolean = () => true,
): Promise<DateSystem> {
  const functions = (context.workbook as { functions?: Excel.Functions }).functions;
  if (!supportsExcelApi("1.2") || typeof functions?.date !== "function") {
    await context.sync();
    return 1900;
  }
  const probe = functions.date(1904, 1, 1);
  probe.load("value");
  await context.sync();
  return probe.value === 0 ? 1904 : 1900;
}

/**
 * Probes the open workbook's date system in its own `Excel.run`, for start-up: the custom
 * functions share the pane's runtime and read serials in this system. Outside Excel (no host, as
 * in the preview before its workbook loads) it resolves to 1900 without calling Excel at all, and
 * so does a host that reports the API missing. A failed request is tried once more (a transient
 * failure must not pass a 1904 workbook off as 1900); when that fails too, nothing is known and it
 * resolves to 1900, the functions' default, with a console warning — each scan probes again and
 * reports its own failure.
 *
 * @param runner - the Excel runner; by default office.js's, when Excel is there
 * @example
 * await readWorkbookDateSystem() //=> 1900
 */
export async function readWorkbookDateSystem(runner?: ExcelRunner): Promise<DateSystem> {
  if (!runner && (typeof Excel === "undefined" || typeof Excel.run !== "function")) return 1900;
  const excel = runner ?? officeExcelRunner();
  const probe = () => excel.run({}, (context) => detectDateSystem(context, (v) => excel.supportsExcelApi(v)));
  try {
    return await probe();
  } catch (first) {
    if (isUnsupported(first)) return 1900;
    try {
      return await probe();
    } catch (second) {
      if (!isUnsupported(second)) console.warn("AR Credit Desk: cannot read the workbook's date system; 1900 assumed", second);
      return 1900;
    }
  }
}

/**
 * Asks Excel to recalculate every formula of the open workbooks, for AR.* results computed before
 * the date-system probe resolved (src/functions/dateSystem.ts says when there are any).
 *
 * Why a full recalculation, and not the alternatives:
 * - `Recalculate` (the default) computes dirty cells only. Custom functions are not volatile and
 *   their arguments have not changed, so the stale AR.* cells are not dirty and would keep their
 *   1900-system values. `Full` computes every formula once; `FullRebuild` would also rebuild the
 *   dependency tree, which nothing here has changed.
 * - Making the functions await the probe would turn every AR.* function asynchronous: Excel shows
 *   #BUSY! while each waits and batches them through its async path (slow on a million-row
 *   spill), a function computed where the pane never probes (no Excel.run yet, a failed probe) would
 *   wait forever, and the preview's engine computes synchronously.
 * - Re-entering the affected formulas would write into the user's cells, which the add-in never does.
 * The cost is one full calculation, asked for only in a 1904 workbook where a function had already
 * read dates in the 1900 default: in practice once per session, at start-up.
 *
 * Outside Excel (no host) it does nothing. A host that refuses (an API missing, a request failing)
 * is logged and left alone: the cells stay as they were, and Ctrl+Alt+F9 (a full calculation) corrects them.
 *
 * @param runner - the Excel runner; by default office.js's, when Excel is there
 * @example
 * if (setDateSystem(1904)) await recalculateAfterDateSystem() // stale AR.* cells now read 1904 serials
 */
export async function recalculateAfterDateSystem(runner?: ExcelRunner): Promise<void> {
  if (!runner && (typeof Excel === "undefined" || typeof Excel.run !== "function")) return;
  const excel = runner ?? officeExcelRunner();
  try {
    await excel.run({}, async (context) => {
      // The string form of Excel.CalculationType.full, so nothing reads the Excel global here.
      context.workbook.application.calculate("Full");
      await context.sync();
    });
  } catch (error) {
    console.warn("AR Credit Desk: cannot ask Excel to recalculate after reading the date system", error);
  }
}
