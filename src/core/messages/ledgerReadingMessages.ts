import { FIELD_NAMES } from "../ledger/fieldNames";
import type { LedgerField } from "../ledger/ledgerFields";
import type { DayMonthOrder } from "../dates/dayMonthOrder";
import { defineMessages } from "./message";

const en = (field: LedgerField) => FIELD_NAMES.en[field];
const zh = (field: LedgerField) => FIELD_NAMES.zh[field];
const ORDER: Readonly<Record<"en" | "zh", Readonly<Record<DayMonthOrder, string>>>> = {
  en: { dmy: "day/month/year", mdy: "month/day/year" },
  zh: { dmy: "日/月/年", mdy: "月/日/年" },
};

/**
 * How the ledger's own cells were read: date order per column, decimal commas, report rows set
 * aside, a grand total that disagrees, a date column Excel misread. Fields are named from
 * FIELD_NAMES in each language.
 */
export const LEDGER_READING_MESSAGES = defineMessages({
  localeMisread: {
    en: (p: { field: LedgerField; example: string; serials: number; texts: number; textOrder: DayMonthOrder }) =>
      `${en(p.field)}: ${p.texts} cells are text such as '${p.example}' beside ${p.serials} date cells — the file writes ` +
      `${ORDER.en[p.textOrder]} and was probably opened with a locale that reads ${ORDER.en[p.textOrder === "dmy" ? "mdy" : "dmy"]}, ` +
      `so the date cells are likely wrong too. Re-open the file with its own locale (Data › From Text/CSV › File origin) or correct the column, then scan again.`,
    zh: (p: { field: LedgerField; example: string; serials: number; texts: number; textOrder: DayMonthOrder }) =>
      `${zh(p.field)}：有${p.texts}个单元格是“${p.example}”这样的文本，另有${p.serials}个日期单元格——该文件按${ORDER.zh[p.textOrder]}书写日期，` +
      `却很可能是按${ORDER.zh[p.textOrder === "dmy" ? "mdy" : "dmy"]}的区域设置打开的，因此这些日期单元格也可能有误。` +
      `请按文件本身的区域设置重新打开（依次选择“数据”“从文本/CSV”，并设置“文件原始格式”），或更正该列后再扫描。`,
    sample: { field: "dueDate", example: "1/26/2013", serials: 12, texts: 7, textOrder: "mdy" },
  },
  dateOrderConflict: {
    en: (p: { field: LedgerField; dayFirst: string; monthFirst: string }) =>
      `${en(p.field)} mixes day-first dates ('${p.dayFirst}') and month-first dates ('${p.monthFirst}'); correct the column so it uses one order`,
    zh: (p: { field: LedgerField; dayFirst: string; monthFirst: string }) =>
      `${zh(p.field)}中既有日在前的日期（“${p.dayFirst}”），也有月在前的日期（“${p.monthFirst}”），请统一为一种顺序`,
    sample: { field: "dueDate", dayFirst: "30/06/2025", monthFirst: "6/30/2025" },
  },
  dateOrderAmbiguous: {
    en: (p: { field: LedgerField; example: string }) =>
      `${en(p.field)} holds dates such as '${p.example}' that read either way; choose whether the file writes day/month/year or month/day/year`,
    zh: (p: { field: LedgerField; example: string }) =>
      `${zh(p.field)}中的日期（如“${p.example}”）两种顺序都说得通，请选择该文件是“日/月/年”还是“月/日/年”`,
    sample: { field: "dueDate", example: "03/04/2025" },
  },
  dateOrderProven: {
    en: (p: { field: LedgerField; order: DayMonthOrder; proof: string }) =>
      `${en(p.field)}: dates read ${ORDER.en[p.order]} ('${p.proof}' proves it)`,
    zh: (p: { field: LedgerField; order: DayMonthOrder; proof: string }) =>
      `${zh(p.field)}：日期按${ORDER.zh[p.order]}读取（由“${p.proof}”可知）`,
    sample: { field: "dueDate", order: "dmy", proof: "30.06.2025" },
  },
  dateOrderStated: {
    en: (p: { field: LedgerField; order: DayMonthOrder }) => `${en(p.field)}: dates read ${ORDER.en[p.order]}, as chosen`,
    zh: (p: { field: LedgerField; order: DayMonthOrder }) => `${zh(p.field)}：按所选的${ORDER.zh[p.order]}读取日期`,
    sample: { field: "dueDate", order: "mdy" },
  },
  decimalComma: {
    en: (p: { field: LedgerField; example: string }) => `${en(p.field)}: amounts written with a decimal comma ('${p.example}')`,
    zh: (p: { field: LedgerField; example: string }) => `${zh(p.field)}：金额以逗号为小数点（“${p.example}”）`,
    sample: { field: "amount", example: "1.234,50" },
  },
  rowsSetAside: {
    en: (p: { sections: number; subtotals: number; totals: number; headers: number }) =>
      `not invoices, left out: ${[
        p.sections ? `${p.sections} heading row${p.sections === 1 ? "" : "s"}` : "",
        p.subtotals ? `${p.subtotals} subtotal${p.subtotals === 1 ? "" : "s"}` : "",
        p.totals ? `${p.totals} total row${p.totals === 1 ? "" : "s"}` : "",
        p.headers ? `${p.headers} repeated header${p.headers === 1 ? "" : "s"}` : "",
      ]
        .filter(Boolean)
        .join(", ")}`,
    zh: (p: { sections: number; subtotals: number; totals: number; headers: number }) =>
      `以下行不是发票，已跳过：${[
        p.sections ? `标题行${p.sections}行` : "",
        p.subtotals ? `小计${p.subtotals}行` : "",
        p.totals ? `合计${p.totals}行` : "",
        p.headers ? `重复表头${p.headers}行` : "",
      ]
        .filter(Boolean)
        .join("，")}`,
    sample: { sections: 3, subtotals: 3, totals: 1, headers: 1 },
  },
  grandTotalDiffers: {
    en: (p: { total: string; scanned: string; difference: string }) =>
      `the export's grand total ${p.total} differs from the scan's open total ${p.scanned} by ${p.difference}; check the rows listed in Issues`,
    zh: (p: { total: string; scanned: string; difference: string }) =>
      `导出文件的合计${p.total}与扫描得出的未付合计${p.scanned}相差${p.difference}，请检查“问题”中列出的行`,
    sample: { total: "2,000.00", scanned: "1,950.00", difference: "50.00" },
  },
  grandTotalAgrees: {
    en: (p: { total: string }) => `the export's grand total ${p.total} equals the scan's open total`,
    zh: (p: { total: string }) => `导出文件的合计${p.total}与扫描得出的未付合计一致`,
    sample: { total: "2,000.00" },
  },
  twoFieldsOneColumn: {
    en: (p: { first: LedgerField; second: LedgerField; header: string }) =>
      `${en(p.first)} and ${en(p.second)} are both mapped to the column '${p.header}'; a column holds one field`,
    zh: (p: { first: LedgerField; second: LedgerField; header: string }) =>
      `${zh(p.first)}和${zh(p.second)}都对应到“${p.header}”列；一列只能对应一个字段`,
    sample: { first: "amount", second: "openAmount", header: "Balance" },
  },
  choiceLost: {
    en: (p: { field: LedgerField; header: string }) =>
      `${en(p.field)}: the column '${p.header}' chosen earlier is no longer in the ledger; choose its column again`,
    zh: (p: { field: LedgerField; header: string }) => `${zh(p.field)}：之前选择的“${p.header}”列已不在台账中，请重新选择`,
    sample: { field: "amount", header: "Net amount" },
  },
});
