/**
 * The two things the adapter needs from office.js, behind one seam so the same adapter runs on
 * Excel and on the test/preview host: `Excel.run` (with `mergeUndoGroup` where ExcelApi 1.20 makes
 * one undo step of a multi-sync batch) and the requirement-set check.
 */
export interface ExcelRunner {
  run<T>(options: { readonly mergeUndoGroup?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supportsExcelApi(version: string): boolean;
}

/**
 * The runner over the real office.js globals; call it after Office.onReady.
 *
 * @example
 * createExcelLedgerWorkbook(officeExcelRunner())
 */
export function officeExcelRunner(): ExcelRunner {
  return {
    run: (options, batch) => (options.mergeUndoGroup ? Excel.run({ mergeUndoGroup: true }, batch) : Excel.run(batch)),
    supportsExcelApi: (version) => Office.context?.requirements?.isSetSupported("ExcelApi", version) ?? false,
  };
}
