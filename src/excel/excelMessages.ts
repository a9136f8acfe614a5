import { defineMessages } from "../core/messages/message";

/** Why the workbook adapter refuses a scan or a report before writing anything. */
export const EXCEL_MESSAGES = defineMessages({
  badAsOf: {
    en: (p: { text: string }) => `cannot read the as-of date '${p.text}'; use yyyy-mm-dd`,
    zh: (p: { text: string }) => `无法识别基准日“${p.text}”，请使用“年-月-日”格式（如2025-06-30）`,
    sample: { text: "30/06/2025" },
  },
  ladderRangeMissing: {
    en: (p: { address: string }) => `cannot find the ladder range '${p.address}'`,
    zh: (p: { address: string }) => `找不到催收阶梯区域“${p.address}”`,
    sample: { address: "Ladder!A1:B6" },
  },
  resultOverlap: {
    en: () => "the result columns would overlap the ledger; choose a column outside it",
    zh: () => "结果列会与台账重叠，请选择台账以外的列",
  },
  reportNoRows: {
    en: () => "the ledger has no data rows to report on",
    zh: () => "台账中没有可用于报表的数据行",
  },
  reportNeedsCustomer: {
    en: () => "the report needs a customer column",
    zh: () => "报表需要客户列",
  },
  reportNeedsAmount: {
    en: () => "the report needs an amount column",
    zh: () => "报表需要金额列",
  },
  reportNeedsDueDate: {
    en: () => "the report needs a due-date column (due dates from terms cannot be written as formulas)",
    zh: () => "报表需要到期日列（按付款条件推算的到期日无法写成公式）",
  },
});
