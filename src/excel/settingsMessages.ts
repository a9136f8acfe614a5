import { defineMessages } from "../core/messages/message";

/** Why the adapter refuses a scan over the pane's own settings (the credit-limit table). */
export const SETTINGS_MESSAGES = defineMessages({
  limitRangeUnreadable: {
    en: (p: { address: string }) =>
      `cannot read the credit-limit range '${p.address}'; give a range such as Limits!A1:C40, or whole columns such as Limits!A:C`,
    zh: (p: { address: string }) => `无法识别信用额度区域“${p.address}”；请填写区域地址（客户、币种、额度三列），或整列地址`,
    sample: { address: "Limits!A1:C" },
  },
  limitSheetMissing: {
    en: (p: { address: string; sheet: string }) =>
      `the credit-limit range '${p.address}' is on sheet '${p.sheet}', which this workbook does not have`,
    zh: (p: { address: string; sheet: string }) => `信用额度区域“${p.address}”所在的工作表“${p.sheet}”在本工作簿中不存在`,
    sample: { address: "Limits!A:C", sheet: "Limits" },
  },
  limitRangeShape: {
    en: (p: { address: string }) =>
      `the credit-limit range '${p.address}' needs two columns (customer | limit) or three (customer | currency | limit)`,
    zh: (p: { address: string }) => `信用额度区域“${p.address}”应为两列（客户、额度）或三列（客户、币种、额度）`,
    sample: { address: "Limits!A:A" },
  },
  staleNote: {
    en: (p: { asOf: string }) =>
      `AR Credit Desk: as of ${p.asOf}. STALE: a rescan failed, so these results may not match the ledger, or be incomplete. Scan again, or Clear.`,
    zh: (p: { asOf: string }) =>
      `应收账款信用台：按${p.asOf}计算。已过时：重新扫描失败，这些结果可能与台账不一致或不完整。请重新扫描或清除。`,
    sample: { asOf: "2025-06-30" },
  },
  limitRowUnreadable: {
    en: (p: { address: string; row: number; text: string }) =>
      `in the credit-limit range '${p.address}', row ${p.row}: cannot read the limit '${p.text}' as an amount of zero or more`,
    zh: (p: { address: string; row: number; text: string }) =>
      `信用额度区域“${p.address}”第${p.row}行：额度“${p.text}”不是大于或等于零的金额`,
    sample: { address: "Limits!A:C", row: 4, text: "lots" },
  },
});
