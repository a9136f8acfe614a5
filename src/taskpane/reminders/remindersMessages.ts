import type { Language } from "../../core/language";
import type { LetterTone, LetterWarning } from "../../core/letters/letterTypes";
import { LETTER_TONE_NAMES } from "../../core/letters/letterToneNames";
import { formatNumber } from "../../core/money/formatMoney";

/** The Reminders view's texts, in English and Chinese. */
export interface RemindersMessages {
  readonly tab: string;
  readonly scanFirst: string;
  readonly customers: string;
  readonly selectAll: string;
  readonly selectNone: string;
  readonly selected: (selected: number, total: number) => string;
  readonly noOverdue: string;
  /** Heading of the list of customers with no letter, each with its reason. */
  readonly notDrafted: string;
  /** A customer with the currency of its letter: "Acme (USD)". */
  readonly customerIn: (customer: string, currency: string) => string;
  readonly tones: Record<LetterTone, string>;
  readonly drafts: string;
  /** The subject line shown above a draft, label included. */
  readonly subject: (subject: string) => string;
  readonly to: (email: string) => string;
  readonly noEmail: string;
  /** What a draft lacks, said on its card before it is sent. */
  readonly warnings: Record<LetterWarning, string>;
  readonly copyText: string;
  readonly copyHtml: string;
  readonly openMail: string;
  readonly actionFor: (action: string, customer: string, currency: string) => string;
  readonly copiedText: (customer: string) => string;
  readonly copiedHtml: (customer: string) => string;
  readonly copyFailed: string;
  readonly mailOpened: (customer: string) => string;
  readonly tooLong: (length: number) => string;
  readonly writeAll: string;
  readonly written: (rows: number, address: string) => string;
  readonly occupied: (address: string, value: string) => string;
  readonly edited: (address: string, value: string) => string;
  readonly nothingSelected: string;
  readonly settings: string;
  readonly letterLanguage: string;
  readonly languageNames: Record<"ui" | Language, string>;
  readonly company: string;
  readonly contact: string;
  readonly title: string;
  readonly email: string;
  readonly phone: string;
  readonly bankAccountName: string;
  readonly bankName: string;
  readonly bankAccountNumber: string;
  readonly bankSwift: string;
  readonly payByDays: string;
  readonly lateInterest: string;
  readonly ratePercent: string;
  readonly basis: string;
  readonly basisNames: Record<"annual" | "daily", string>;
  readonly fixedFee: string;
  readonly paymentPlan: string;
  readonly installments: string;
  readonly discount: string;
  readonly discountTerms: string;
  readonly discountText: string;
  /** The switch between one letter per customer (all currencies) and one per currency. */
  readonly oneLetterPerCustomer: string;
  readonly oneLetterPerCustomerHint: string;
  /** Where the small-balance thresholds live (the scan's settings): letters have none of their own. */
  readonly smallBalancesFromScan: string;
  readonly save: string;
  readonly saved: string;
}

const en: RemindersMessages = {
  tab: "Reminders",
  scanFirst: "Scan the ledger first: reminders are drafted from the scan's figures.",
  customers: "Customers with overdue invoices",
  selectAll: "Select all",
  selectNone: "Select none",
  selected: (selected, total) => `${selected} of ${total} selected`,
  noOverdue: "No customer has an overdue invoice to remind.",
  notDrafted: "No letter for:",
  customerIn: (customer, currency) => `${customer}${currency ? ` (${currency})` : ""}`,
  tones: LETTER_TONE_NAMES.en,
  drafts: "Drafts",
  subject: (subject) => `Subject: ${subject}`,
  to: (email) => `To: ${email}`,
  noEmail: "No email address in the ledger",
  warnings: {
    noSignature: "No signature: add your company or name in the letter settings before sending.",
    noBankDetails: "No bank details: the letter does not say where to pay. Add them in the letter settings before sending.",
  },
  copyText: "Copy text",
  copyHtml: "Copy HTML",
  openMail: "Open in mail app",
  actionFor: (action, customer, currency) => `${action}: ${customer}${currency ? ` (${currency})` : ""}`,
  copiedText: (customer) => `Copied the letter to ${customer} as text.`,
  copiedHtml: (customer) => `Copied the letter to ${customer} (formatted).`,
  copyFailed: "The clipboard refused the copy. Select the text in the preview and copy it by hand.",
  mailOpened: (customer) => `Opened a new email to ${customer} in your mail app.`,
  tooLong: (length) =>
    `This letter is too long for a mail link (${formatNumber(length, "en", 0)} characters), so it was copied instead: paste it into a new email.`,
  writeAll: "Write all to sheet",
  written: (rows, address) => `Wrote ${rows} letters to ${address}.`,
  occupied: (address, value) =>
    `${address} holds '${value}', which the add-in did not write. Nothing was written: move it, or rename the Reminders sheet.`,
  edited: (address, value) =>
    `${address} was changed since the add-in wrote it ('${value}'). Nothing was written: undo the change, or rename the Reminders sheet.`,
  nothingSelected: "Select at least one customer.",
  settings: "Letter settings",
  letterLanguage: "Letter language",
  languageNames: { ui: "Same as the pane", en: "English", zh: "简体中文" },
  company: "Company",
  contact: "Contact name",
  title: "Job title",
  email: "Email",
  phone: "Phone",
  bankAccountName: "Account name",
  bankName: "Bank",
  bankAccountNumber: "Account number / IBAN",
  bankSwift: "SWIFT / BIC",
  payByDays: "Days to pay (from the as-of date)",
  lateInterest: "Add late interest",
  ratePercent: "Rate (%)",
  basis: "Rate basis",
  basisNames: { annual: "per year", daily: "per day" },
  fixedFee: "Fixed fee per invoice",
  paymentPlan: "Offer a payment plan",
  installments: "Instalments",
  discount: "Mention the early-payment discount",
  discountTerms: "Terms (e.g. 2/10 net 30)",
  discountText: "Or your own wording",
  oneLetterPerCustomer: "One letter per customer",
  oneLetterPerCustomerHint:
    "All of a customer's currencies in one letter, each with its own subtotal; off: one letter per currency.",
  smallBalancesFromScan:
    "Balances below the small-balance threshold per currency (analysis settings) get no letter, as in the grid.",
  save: "Save letter settings",
  saved: "Letter settings saved in this workbook.",
};

const zh: RemindersMessages = {
  tab: "催款函",
  scanFirst: "请先扫描台账：催款函根据扫描结果起草。",
  customers: "有逾期发票的客户",
  selectAll: "全选",
  selectNone: "全不选",
  selected: (selected, total) => `已选${selected}个，共${total}个`,
  noOverdue: "没有需要催收的逾期发票。",
  notDrafted: "以下客户未起草催款函：",
  customerIn: (customer, currency) => `${customer}${currency ? `（${currency}）` : ""}`,
  tones: LETTER_TONE_NAMES.zh,
  drafts: "草稿",
  subject: (subject) => `主题：${subject}`,
  to: (email) => `收件人：${email}`,
  noEmail: "台账中没有邮箱地址",
  warnings: {
    noSignature: "没有落款：发送前请在催款函设置中填写公司名称或联系人。",
    noBankDetails: "没有收款账户：信中未说明付款账户。发送前请在催款函设置中填写。",
  },
  copyText: "复制文本",
  copyHtml: "复制带格式文本",
  openMail: "在邮件程序中打开",
  actionFor: (action, customer, currency) => `${action}：${customer}${currency ? `（${currency}）` : ""}`,
  copiedText: (customer) => `已复制致${customer}的催款函（纯文本）。`,
  copiedHtml: (customer) => `已复制致${customer}的催款函（带格式）。`,
  copyFailed: "剪贴板拒绝了复制。请在预览中选中文字后手动复制。",
  mailOpened: (customer) => `已在邮件程序中新建致${customer}的邮件。`,
  tooLong: (length) => `这封信太长，无法放进邮件链接（${length}个字符），已改为复制：请粘贴到新邮件中。`,
  writeAll: "全部写入工作表",
  written: (rows, address) => `已将${rows}封催款函写入${address}。`,
  occupied: (address, value) =>
    `${address}中有“${value}”，不是本加载项写入的。未写入任何内容：请移走它，或重命名“Reminders”工作表。`,
  edited: (address, value) =>
    `${address}在本加载项写入后被修改过（“${value}”）。未写入任何内容：请撤销修改，或重命名“Reminders”工作表。`,
  nothingSelected: "请至少选择一个客户。",
  settings: "催款函设置",
  letterLanguage: "信函语言",
  languageNames: { ui: "与界面相同", en: "English", zh: "简体中文" },
  company: "公司名称",
  contact: "联系人",
  title: "职务",
  email: "邮箱",
  phone: "电话",
  bankAccountName: "户名",
  bankName: "开户银行",
  bankAccountNumber: "账号",
  bankSwift: "SWIFT代码",
  payByDays: "付款期限（自基准日起天数）",
  lateInterest: "计收逾期利息",
  ratePercent: "利率（%）",
  basis: "计息基础",
  basisNames: { annual: "年利率", daily: "日利率" },
  fixedFee: "每张发票固定费用",
  paymentPlan: "提供分期付款方案",
  installments: "期数",
  discount: "提及提前付款折扣",
  discountTerms: "条款（如2/10 net 30）",
  discountText: "或自定义文字",
  oneLetterPerCustomer: "每个客户一封函",
  oneLetterPerCustomerHint: "客户的各币种款项合并为一封函，各币种分别小计；关闭后每个币种单独发函。",
  smallBalancesFromScan: "低于各币种小额阈值（分析设置）的余额不发函，与表格中的下一步一致。",
  save: "保存催款函设置",
  saved: "催款函设置已保存在本工作簿中。",
};

/** The Reminders view's texts by UI language. */
export const REMINDERS_MESSAGES: Readonly<Record<Language, RemindersMessages>> = { en, zh };
