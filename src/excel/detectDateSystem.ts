import type { DateSystem } from "../core/dates/excelSerial";

/**
 * The date system of the open workbook, probed read-only: `DATE(1904, 1, 1)` is serial 0 in a
 * 1904 workbook and 1462 in a 1900 one. `Workbook.use1904DateSystem` would say it directly but is
 * preview-only, so the probe asks Excel's own DATE through `workbook.functions` in one sync.
 * Anything unexpected (no Excel host, an old API set, a failed sync) keeps 1900, the default of
 * every workbook Excel creates.
 *
 * @param context - a request context of `Excel.run`
 * @returns 1904 when the workbook counts from 1904-01-01, else 1900
 * @example
 * await Excel.run((context) => detectDateSystem(context)) //=> 1900
 */
export async function detectDateSystem(context: Excel.RequestContext): Promise<DateSystem> {
  try {
    const probe = context.workbook.functions.date(1904, 1, 1);
    probe.load("value");
    await context.sync();
    return probe.value === 0 ? 1904 : 1900;
  } catch {
    return 1900;
  }
}

/**
 * Probes the open workbook's date system in its own `Excel.run`, for start-up: the custom
 * functions share the pane's runtime and read serials in this system. Outside Excel (no host, as
 * in the preview before its workbook loads) it resolves to 1900 without calling Excel at all.
 *
 * @example
 * await readWorkbookDateSystem() //=> 1900
 */
export async function readWorkbookDateSystem(): Promise<DateSystem> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return 1900;
  try {
    return await Excel.run((context) => detectDateSystem(context));
  } catch {
    return 1900;
  }
}
