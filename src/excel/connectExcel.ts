import type { DateSystem } from "../core/dates/excelSerial";
import { createExcelLedgerWorkbook } from "./createExcelLedgerWorkbook";
import { readWorkbookDateSystem, recalculateAfterDateSystem } from "./detectDateSystem";
import { officeExcelRunner } from "./excelRunner";
import type { LedgerWorkbook } from "./ledgerWorkbook";

/** What the pane's composition root gets from the adapter. */
export interface ExcelConnection {
  /** The workbook port over office.js; null outside Excel (the pane then says it needs Excel). */
  readonly workbook: LedgerWorkbook | null;
  /**
   * Probes the open workbook's date system for start-up (readWorkbookDateSystem): 1900 outside
   * Excel or when the host cannot tell; never rejects.
   */
  readonly readDateSystem: () => Promise<DateSystem>;
  /**
   * Asks Excel for a full calculation, so AR.* cells computed before the date system was known
   * compute again in it (recalculateAfterDateSystem); does nothing outside Excel, never rejects.
   */
  readonly recalculateFunctions: () => Promise<void>;
}

/**
 * Builds the adapter behind the port: the one entry into src/excel besides the port module
 * itself, called once by src/taskpane/index.tsx after Office.onReady (ESLint allows it nowhere
 * else in the pane).
 *
 * @param inExcel - whether Office.onReady reported the Excel host
 * @example
 * Office.onReady((info) => connectExcel(info.host === Office.HostType.Excel))
 */
export function connectExcel(inExcel: boolean): ExcelConnection {
  return {
    workbook: inExcel ? createExcelLedgerWorkbook(officeExcelRunner()) : null,
    readDateSystem: () => readWorkbookDateSystem(),
    recalculateFunctions: () => recalculateAfterDateSystem(),
  };
}
