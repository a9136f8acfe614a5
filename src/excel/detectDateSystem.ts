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
