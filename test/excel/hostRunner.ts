import type { ExcelRunner } from "../../src/excel/excelRunner";
import type { HostRequestContext, WorkbookHost } from "../support/workbookHost/createWorkbookHost";

/** The adapter's runner over the test host: the host's objects stand in for office.js's (cast at this one seam). */
export function hostRunner(host: WorkbookHost): ExcelRunner {
  return {
    run: <T>(options: { readonly mergeUndoGroup?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>) =>
      host.run<T>(options, batch as unknown as (context: HostRequestContext) => Promise<T>),
    supportsExcelApi: (version) => host.isSetSupported("ExcelApi", version),
  };
}
