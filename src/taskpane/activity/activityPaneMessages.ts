import { defineMessages } from "../../core/messages/message";

interface Labelled {
  readonly label: string;
}

/**
 * The pane's texts for logging to the activity register: what a copied, mailed or written letter
 * logged (or why it did not), and the customer card's "Log…" form with its field messages, each
 * in the field's own label. Logged rows count from the next scan: every "logged" text says so.
 */
export const ACTIVITY_PANE_MESSAGES = defineMessages({
  loggedReminders: {
    en: ({ rows }: { rows: number }) =>
      `Logged ${rows === 1 ? "1 reminder" : `${rows} reminders`} in the AR Activity register, dated the scan's as-of date — rescan to apply.`,
    zh: ({ rows }: { rows: number }) => `已在催收记录表中登记${rows}条催款记录（日期为扫描基准日）。请重新扫描以生效。`,
    sample: { rows: 2 },
  },
  alreadyLogged: {
    en: () => "This letter was already logged in this session: not logged again.",
    zh: () => "本次会话已登记过这封信，未重复登记。",
  },
  notLoggedUnavailable: {
    en: () => "Not logged: this workbook connection cannot write to the AR Activity register.",
    zh: () => "未登记：当前工作簿连接无法写入催收记录表。",
  },
  notLoggedBecause: {
    en: ({ reason }: { reason: string }) => `Not logged in the AR Activity register: ${reason}`,
    zh: ({ reason }: { reason: string }) => `未登记到催收记录表：${reason}`,
    sample: { reason: "Excel refused the request (ItemNotFound). Please try again." },
  },
  focusedOn: {
    en: ({ customer }: { customer: string }) => `Showing the drafts for ${customer} only.`,
    zh: ({ customer }: { customer: string }) => `仅显示${customer}的草稿。`,
    sample: { customer: "Acme" },
  },
  showAll: { en: () => "Show all", zh: () => "显示全部" },
  logAction: {
    en: () => "Log…",
    zh: () => "登记…",
  },
  logActionFor: {
    en: ({ customer, currency }: { customer: string; currency: string }) =>
      `Log a promise, dispute or note for ${customer}${currency ? ` (${currency})` : ""}`,
    zh: ({ customer, currency }: { customer: string; currency: string }) =>
      `为${customer}${currency ? `（${currency}）` : ""}登记付款承诺、争议或备注`,
    sample: { customer: "Acme", currency: "USD" },
  },
  formTitle: {
    en: ({ customer }: { customer: string }) => `Log for ${customer}`,
    zh: ({ customer }: { customer: string }) => `登记：${customer}`,
    sample: { customer: "Acme" },
  },
  formDated: {
    en: ({ date }: { date: string }) => `Dated ${date}, the scan's as-of date, so a rescan with the same date counts it.`,
    zh: ({ date }: { date: string }) => `日期记为扫描基准日${date}，以同一基准日重新扫描即计入。`,
    sample: { date: "2025-06-30" },
  },
  kind: { en: () => "What happened", zh: () => "登记类型" },
  kindPromise: { en: () => "Promise to pay", zh: () => "付款承诺" },
  kindDispute: { en: () => "Dispute", zh: () => "争议" },
  kindRelease: { en: () => "Release a dispute", zh: () => "解除争议" },
  kindNote: { en: () => "Note", zh: () => "备注" },
  amount: { en: () => "Amount promised", zh: () => "承诺金额" },
  currency: { en: () => "Currency", zh: () => "币种" },
  dueBy: { en: () => "Pay by", zh: () => "承诺付款日" },
  invoice: { en: () => "Invoice", zh: () => "发票号" },
  invoiceOptional: { en: () => "Invoice (blank: every disputed invoice)", zh: () => "发票号（留空：全部争议发票）" },
  reason: { en: () => "Reason", zh: () => "原因" },
  noteText: { en: () => "Note", zh: () => "备注内容" },
  openInvoicesHint: {
    en: ({ invoices }: { invoices: string }) => `Open invoices: ${invoices}`,
    zh: ({ invoices }: { invoices: string }) => `未付发票：${invoices}`,
    sample: { invoices: "INV-1, INV-2" },
  },
  save: { en: () => "Log", zh: () => "登记" },
  cancel: { en: () => "Cancel", zh: () => "取消" },
  required: {
    en: ({ label }: Labelled) => `${label}: required.`,
    zh: ({ label }: Labelled) => `${label}：必填。`,
    sample: { label: "Pay by" },
  },
  notAmount: {
    en: ({ label }: Labelled) => `${label}: not an amount. Type digits, for example 1,250.00.`,
    zh: ({ label }: Labelled) => `${label}：无法识别的金额。请输入数字，例如1,250.00。`,
    sample: { label: "Amount promised" },
  },
  notPositive: {
    en: ({ label }: Labelled) => `${label}: must be more than zero.`,
    zh: ({ label }: Labelled) => `${label}：须大于零。`,
    sample: { label: "Amount promised" },
  },
  notDate: {
    en: ({ label }: Labelled) => `${label}: not a date. Use yyyy-mm-dd, for example 2025-07-10.`,
    zh: ({ label }: Labelled) => `${label}：不是日期。请按yyyy-mm-dd填写，例如2025-07-10。`,
    sample: { label: "Pay by" },
  },
  beforeAsOf: {
    en: ({ label, date }: Labelled & { date: string }) => `${label}: must be on or after the as-of date ${date}.`,
    zh: ({ label, date }: Labelled & { date: string }) => `${label}：不得早于基准日${date}。`,
    sample: { label: "Pay by", date: "2025-06-30" },
  },
  logged: {
    en: ({ customer }: { customer: string }) => `Logged for ${customer} in the AR Activity register — rescan to apply.`,
    zh: ({ customer }: { customer: string }) => `已为${customer}登记到催收记录表。请重新扫描以生效。`,
    sample: { customer: "Acme" },
  },
});
