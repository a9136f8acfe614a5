/** The fields of a ledger row (one invoice) the scan reads. */
export type LedgerField =
  | "customer"
  | "amount"
  | "openAmount"
  | "dueDate"
  | "invoiceDate"
  | "terms"
  | "invoiceNo"
  | "paidDate"
  | "status"
  | "disputed"
  | "currency"
  | "email"
  | "creditLimit"
  | "lastReminded"
  | "remindersSent"
  | "language";

/** Which column (0-based) holds each field; a field not present is absent from the object. */
export type LedgerMapping = Partial<Record<LedgerField, number>>;

/**
 * Header texts that name each field, English and Chinese (taskpane spec §1). Matched trimmed,
 * case-insensitively, with runs of spaces read as one.
 */
export const HEADER_SYNONYMS: Readonly<Record<LedgerField, readonly string[]>> = {
  customer: ["Customer", "Client", "Account", "Customer name", "Debtor", "客户", "客户名称", "购货单位", "付款方"],
  amount: ["Amount", "Invoice amount", "Total", "Gross", "金额", "发票金额", "价税合计", "应收金额"],
  openAmount: [
    "Open amount",
    "Open balance",
    "Balance",
    "Balance due",
    "Outstanding",
    "Amount due",
    "Remaining",
    "Remaining amount",
    "未付金额",
    "余额",
    "未收金额",
    "欠款",
  ],
  dueDate: ["Due date", "Due", "Payment due", "到期日", "到期日期", "应付日期"],
  invoiceDate: ["Invoice date", "Date", "Issue date", "Posting date", "开票日期", "发票日期", "日期"],
  terms: ["Terms", "Payment terms", "付款条件", "账期"],
  invoiceNo: ["Invoice", "Invoice no", "Invoice number", "Invoice #", "Number", "Document", "发票号", "发票号码", "单据号"],
  paidDate: ["Paid date", "Payment date", "Settled date", "付款日期", "收款日期", "结清日期"],
  status: ["Status", "状态"],
  // A flag column (Yes/No, TRUE/FALSE, 是/否, a hold code): see dunning/disputeFlag.ts.
  disputed: [
    "Dispute",
    "Disputed",
    "In dispute",
    "Is disputed",
    "On hold",
    "No follow-up",
    "Litigation",
    "争议",
    "有争议",
    "是否争议",
  ],
  currency: ["Currency", "Cur", "CCY", "币种", "货币"],
  email: ["Email", "Contact email", "邮箱", "电子邮件"],
  creditLimit: ["Credit limit", "Limit", "信用额度", "授信额度"],
  lastReminded: ["Last reminder", "Last reminded", "Reminder date", "上次催收日期", "催收日期"],
  remindersSent: ["Reminders", "Reminder count", "Dunning level", "催收次数"],
  // The customer's letter language (en / zh, English / 中文 …): read by the letters only.
  language: ["Language", "Letter language", "Lang", "语言", "语种"],
};

/** The fields in display order. */
export const LEDGER_FIELDS = Object.keys(HEADER_SYNONYMS) as LedgerField[];
