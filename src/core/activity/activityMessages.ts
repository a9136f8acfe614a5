import { defineMessages } from "../messages/message";

/** What the activity register says about its own rows (the `AR Activity` sheet). */
export const ACTIVITY_MESSAGES = defineMessages({
  missingColumns: {
    en: (p: { columns: string }) => `The activity register has no ${p.columns} column.`,
    zh: (p: { columns: string }) => `催收记录表缺少列：${p.columns}。`,
    sample: { columns: "Date, Kind" },
  },
  noCustomer: {
    en: () => "The row names no customer.",
    zh: () => "该行未填写客户。",
  },
  badDate: {
    en: (p: { column: string; text: string }) => `${p.column} "${p.text}" is not a date.`,
    zh: (p: { column: string; text: string }) => `${p.column}“${p.text}”不是日期。`,
    sample: { column: "Date", text: "next week" },
  },
  noDate: {
    en: () => "The row has no date.",
    zh: () => "该行未填写日期。",
  },
  badKind: {
    en: (p: { text: string }) => `Kind "${p.text}" is not one of reminder, call, promise, dispute or note.`,
    zh: (p: { text: string }) => `类型“${p.text}”不是提醒、电话、承诺、争议或备注之一。`,
    sample: { text: "visit" },
  },
  badLevel: {
    en: (p: { text: string }) => `Level "${p.text}" is not a whole number from 0 up.`,
    zh: (p: { text: string }) => `级别“${p.text}”不是零或正整数。`,
    sample: { text: "high" },
  },
  badAmount: {
    en: (p: { text: string }) => `Amount "${p.text}" is not an amount.`,
    zh: (p: { text: string }) => `金额“${p.text}”无法识别。`,
    sample: { text: "lots" },
  },
  promiseNoDueBy: {
    en: () => "A promise needs a due-by date.",
    zh: () => "付款承诺须填写承诺付款日。",
  },
  disputeNoInvoice: {
    en: () => "A dispute needs the invoice it holds.",
    zh: () => "争议须填写所涉发票号。",
  },
  sheetTaken: {
    en: (p: { sheet: string }) =>
      `The sheet "${p.sheet}" holds other cells and no activity table: rename it so the add-in can create its register.`,
    zh: (p: { sheet: string }) => `工作表“${p.sheet}”已有其他内容且没有催收记录表：请重命名该表，以便加载项创建记录表。`,
    sample: { sheet: "AR Activity" },
  },
  brokenPromise: {
    en: (p: { dueBy: string }) => `Broken promise: due by ${p.dueBy}, still unpaid.`,
    zh: (p: { dueBy: string }) => `付款承诺未兑现：承诺于${p.dueBy}前付款，仍未付清。`,
    sample: { dueBy: "2025-07-04" },
  },
});
