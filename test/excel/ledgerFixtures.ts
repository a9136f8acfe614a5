import { WorkbookModel } from "../support/workbookHost/workbookModel";

/** 2025-06-30: 2025-01-01 is serial 45658, plus 31+28+31+30+31+29 = 180 days. */
export const AS_OF_ISO = "2025-06-30";
export const AS_OF = 45838;

/**
 * An English ledger on Sheet1!A1:G9 (dates as serials, as Excel holds them); the as-of date is
 * 45838. Row 8 has an unreadable due date; row 9's customer is formula-like text (typed with a
 * quote prefix, as a user would have to).
 */
export function englishLedger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1"]);
  model.setRows("Sheet1", "A1", [
    ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Status", "Paid date"],
    ["Acme", "INV-1", 45761, AS_OF - 47, 1000, "", ""],
    ["Beta", "INV-2", 45798, AS_OF - 10, 250.5, "", ""],
    ["Gamma", "INV-3", 45813, AS_OF + 5, 400, "", ""],
    ["Delta", "INV-4", 45708, AS_OF - 100, 3000, "", ""],
    ["Echo", "INV-5", 45738, AS_OF - 70, 800, "Disputed", ""],
    ["Fox", "INV-6", 45778, AS_OF - 30, 120, "", AS_OF - 18],
    ["Golf", "INV-7", 45700, "03/04/2025", 90, "", ""],
    ['\'=HYPERLINK("http://x","y")', "INV-8", 45793, AS_OF - 15, 75, "", ""],
  ]);
  model.select("Sheet1", "B3");
  return model;
}

/** The same kind of ledger with Chinese headers, one row per case. */
export function chineseLedger(): WorkbookModel {
  const model = new WorkbookModel(["应收账款"]);
  // A title right above the header: the current region takes it in, and the header search skips it.
  model.setRows("应收账款", "B3", [
    ["应收账款明细"],
    ["客户", "发票号", "开票日期", "到期日", "金额", "状态"],
    ["华东贸易", "FP-1", 45761, AS_OF - 47, 1000, ""],
    ["北方机电", "FP-2", 45813, AS_OF + 5, 400, ""],
    ["南方电子", "FP-3", 45738, AS_OF - 70, 800, "争议"],
  ]);
  model.select("应收账款", "C5");
  return model;
}
