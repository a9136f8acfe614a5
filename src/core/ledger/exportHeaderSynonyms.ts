import type { LedgerField } from "./ledgerFields";

/**
 * Header texts that accounting systems' own AR exports write, per ledger field, each with the system
 * and the public page it was read from (groundwork for issue #15 "Real ledgers in"). Pure data: the
 * header reader decides how to use it. Texts are as the system writes them (case kept); where a
 * source is an API or field list rather than an exported file, the source says so. The fixtures in
 * test/fixtures/exports/ use these layouts; their README lists what could not be documented.
 */

// Sources. A URL is where the header text was read; "(label)" marks a field label from a schema
// or an API that the export is expected to carry, not an export seen as a file.
const QBO_API =
  "QuickBooks Online A/R Aging Detail & Customer Balance Detail report API (column titles, 'Total for …', 'TOTAL'): developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/agedreceivabledetail";
const QBO_CSV =
  "QuickBooks Online CSV export, sentence-case headers (',Date,Transaction type,Num,Customer full name,Due date,Amount,Open balance') as in public parser test fixtures on GitHub; not an Intuit page";
const XERO =
  "Xero Aged Receivables (by contact) columns Date, Reference, Due Date, Total, Paid, Credited, Due: cdn.cdata.com/help/DXM/rssis/pg_accountingtable-agedreceivablesbycontact.htm; xo-report.com/docs/reports/aged-receivables";
const SAP =
  "SAP FBL5N/FBL1N ALV column short texts as exported (Customer, DocumentNo, Type, Doc. Date, Pstng Date, Net due dt, Amt in loc.cur., LCurr, Curr., Clrng doc., Clearing, PayT), seen in public code reading these exports (GitHub)";
const SAP_DE =
  "SAP field texts DMBTR/WRBTR 'Amount in local/document currency' (paspas.io/extractor/0FI_AR_3), 0NETDUEDATE 'Due date for net payment' (help.sap.com, InfoCube 0FIAR_C30) (label)";
const SAP_UNVERIFIED = "SAP dunning field text (MADAT / MANST), not verified in a source found (label)";
const BC =
  "Business Central page 25 Customer Ledger Entries / table 21 Cust. Ledger Entry: learn.microsoft.com/en-us/dynamics365/business-central/application/base-application/query/microsoft.sales.receivables.cust.-ledger-entries";
const BC_CUST = "Business Central table 18 Customer field, not verified in a source found (label)";
const ODOO = "Odoo account.move.line field labels: github.com/odoo/odoo addons/account/models/account_move_line.py (label)";
const NETSUITE =
  "NetSuite Records Browser, invoice record labels: content.netsuite.com/download/2022_1_Schema_and_Records_Browser.zip (label)";
const NETSUITE_UNVERIFIED = "NetSuite transaction saved-search column label (not verified against an Oracle page)";
const KINGDEE =
  "金蝶云星空 应收款账龄分析表 WebAPI keys FContactUnitNumber/FCONTACTUNIT/FCurrencyName/FBillTypeName/FBillNo/FDate/FEndDate/FBalanceAmtFor: cnblogs.com/shanzhiming/p/18662541 (captions from the keys)";
const KINGDEE_AR =
  "金蝶云星空 应收单 AR_Receivable fields (FALLAMOUNTFOR 应收总金额, FWRITTENOFFSTATUS 核销状态): glama.ai/mcp/servers/WaHaiLong/KingdeeMCP/tools/kingdee_query_receipts (label)";
const KINGDEE_GUIDE = "金蝶 应收款管理操作规程 (basic data 收款条件; reports 应收款明细表, 到期债权表) (label)";
const YONYOU = "用友 往来核销明细 columns (对账对象, 业务日期, 业务单号, 借方-发生/已结/未结-金额): ahyonyou.com/news/122.html";
const CN_AR_77HUB =
  "77hub 应收明细账 API fields (往来单位, 应收金额, 到期日, 未核销金额): openapi.77hub.com/api/docs?entityName=ArItem (label)";
const QBO_GL =
  "QuickBooks Online General Ledger CSV (',Date,Transaction Type,Num,Name,Memo/Description,Split,Amount,Balance') as in public parser test fixtures on GitHub; not an Intuit page";
const XO_REPORT = "XO Report (a Xero add-in) aged receivables output: xo-report.com/docs/reports/aged-receivables";
const RAW = "camelCase table/API dump (no single system; test/fixtures/exports/raw-dump-camelcase.csv)";

type HeaderText = { readonly text: string; readonly source: string };

export const EXPORT_HEADER_SYNONYMS: Readonly<Record<LedgerField, readonly HeaderText[]>> = {
  customer: [
    { text: "Customer", source: QBO_API },
    { text: "Customer full name", source: QBO_CSV },
    { text: "Client", source: QBO_API }, // the API's sample report titles cust_name "Client"
    { text: "Customer", source: NETSUITE },
    { text: "Customer Name", source: NETSUITE },
    { text: "Customer No.", source: BC }, // a number; page 25 shows no name by default
    { text: "Customer", source: SAP }, // the account number
    { text: "Partner", source: ODOO },
    { text: "往来单位", source: KINGDEE },
    { text: "往来单位", source: CN_AR_77HUB },
    { text: "对账对象名称", source: YONYOU },
    { text: "customerName", source: RAW },
  ],
  amount: [
    { text: "Amount", source: QBO_API }, // the original amount; the open one is "Open balance"
    { text: "Total", source: XERO },
    { text: "Original Amount", source: BC },
    { text: "Amt in loc.cur.", source: SAP }, // FBL5N open items: the open item's amount
    { text: "Amount in local currency", source: SAP_DE },
    { text: "Amount in document currency", source: SAP_DE },
    { text: "Debit", source: ODOO }, // a credit note carries its amount in "Credit"
    { text: "应收总金额", source: KINGDEE_AR },
    { text: "应收金额", source: CN_AR_77HUB },
    { text: "原币应收金额", source: CN_AR_77HUB },
    { text: "借方-发生-金额", source: YONYOU }, // three header rows 借方 / 发生 / 金额
    { text: "totalAmount", source: RAW },
  ],
  openAmount: [
    { text: "Open balance", source: QBO_CSV },
    { text: "Open Balance", source: QBO_API },
    { text: "Due", source: XERO }, // NOT the due date (HEADER_SYNONYMS reads "Due" as dueDate)
    { text: "Amount Due", source: NETSUITE },
    { text: "Remaining Amount", source: BC },
    { text: "Remaining Amt. (LCY)", source: BC },
    { text: "Residual Amount", source: ODOO },
    { text: "Residual Amount in Currency", source: ODOO },
    { text: "余额", source: KINGDEE },
    { text: "未核销金额", source: CN_AR_77HUB },
    { text: "原币未核销金额", source: CN_AR_77HUB },
    { text: "借方-未结-金额", source: YONYOU }, // less 贷方-未结-金额 on credit rows
    { text: "未核销原币金额", source: YONYOU },
    { text: "balanceDue", source: RAW },
  ],
  dueDate: [
    { text: "Due date", source: QBO_CSV },
    { text: "Due Date", source: QBO_API },
    { text: "Due Date", source: XERO },
    { text: "Due Date", source: NETSUITE },
    { text: "Due Date", source: BC },
    { text: "Net due dt", source: SAP },
    { text: "Due date for net payment", source: SAP_DE },
    { text: "Due Date", source: ODOO }, // "Due date" in older releases
    { text: "到期日", source: KINGDEE },
    { text: "到期日", source: CN_AR_77HUB },
    { text: "dueDate", source: RAW },
  ],
  invoiceDate: [
    { text: "Date", source: QBO_API },
    { text: "Date", source: XERO },
    { text: "Date", source: NETSUITE_UNVERIFIED },
    { text: "Posting Date", source: BC },
    { text: "Document Date", source: BC },
    { text: "Doc. Date", source: SAP },
    { text: "Pstng Date", source: SAP },
    { text: "Date", source: ODOO },
    { text: "业务日期", source: KINGDEE }, // FDate
    { text: "业务日期", source: YONYOU }, // 凭证日期 is the voucher's date, not the invoice's
    { text: "invoiceDate", source: RAW },
  ],
  terms: [
    { text: "Terms", source: QBO_API }, // term_name
    { text: "PayT", source: SAP }, // payment terms key
    { text: "收款条件", source: KINGDEE_GUIDE },
  ],
  invoiceNo: [
    { text: "Num", source: QBO_API },
    { text: "Reference", source: XERO }, // the invoice number in this report (see NOT_A_FIELD_HEADERS)
    { text: "Document Number", source: NETSUITE_UNVERIFIED },
    { text: "Document No.", source: BC },
    { text: "DocumentNo", source: SAP },
    { text: "Journal Entry", source: ODOO },
    { text: "单据编号", source: KINGDEE },
    { text: "单据编码", source: CN_AR_77HUB },
    { text: "业务单号", source: YONYOU }, // not 凭证字号, the voucher number
    { text: "invoiceNumber", source: RAW },
  ],
  paidDate: [
    { text: "Closed at Date", source: BC },
    { text: "Clearing", source: SAP }, // clearing date; "Clrng doc." is the clearing document number
  ],
  status: [
    { text: "核销状态", source: KINGDEE_AR }, // 未核销 / 部分核销 / 完全核销: settlement, not dispute
    { text: "status", source: RAW },
  ],
  // Flags: true or any code means disputed / on hold (see DISPUTE_FLAG_HEADERS below).
  disputed: [
    { text: "On Hold", source: BC }, // a hold code, blank when not held
    { text: "No Follow-up", source: ODOO }, // True/False litigation flag
    { text: "Litigation", source: ODOO },
    { text: "isDisputed", source: RAW },
  ],
  currency: [
    { text: "LCurr", source: SAP },
    { text: "Curr.", source: SAP },
    { text: "Currency Code", source: BC }, // blank = local currency (LCY)
    { text: "Currency", source: ODOO },
    { text: "Currency", source: NETSUITE },
    { text: "Currency", source: XERO },
    { text: "币别", source: KINGDEE }, // values like 人民币, not ISO codes
    { text: "币种", source: YONYOU },
    { text: "currencyCode", source: RAW },
  ],
  email: [{ text: "contactEmail", source: RAW }],
  creditLimit: [{ text: "Credit Limit (LCY)", source: BC_CUST }],
  lastReminded: [
    { text: "Last dunned", source: SAP_UNVERIFIED },
    { text: "lastReminderSentAt", source: RAW },
  ],
  remindersSent: [
    { text: "Last Issued Reminder Level", source: BC },
    { text: "Dunning level", source: SAP_UNVERIFIED },
    { text: "reminderCount", source: RAW },
  ],
  // No export named here writes a letter-language column; the plain synonyms (ledgerFields.ts) read one.
  language: [],
};

/**
 * Headers that look like a field but must not be read as that field, with what they hold instead.
 * `mistakenFor` names the field a plain synonym match would wrongly give them.
 */
export const NOT_A_FIELD_HEADERS: readonly {
  readonly text: string;
  readonly source: string;
  readonly mistakenFor: LedgerField;
  readonly holds: string;
}[] = [
  { text: "Amount", source: QBO_API, mistakenFor: "openAmount", holds: "original amount; the open amount is 'Open balance'" },
  { text: "Due", source: XERO, mistakenFor: "dueDate", holds: "amount still due (the open amount)" },
  { text: "Total", source: XERO, mistakenFor: "openAmount", holds: "invoice total; the open amount is 'Due'" },
  { text: "Paid", source: XERO, mistakenFor: "paidDate", holds: "amount paid so far" },
  { text: "Credited", source: XERO, mistakenFor: "amount", holds: "amount credited so far" },
  { text: "Amount Paid", source: NETSUITE, mistakenFor: "amount", holds: "amount paid so far" },
  { text: "Amount", source: BC, mistakenFor: "openAmount", holds: "entry amount; the open amount is 'Remaining Amount'" },
  { text: "Open", source: BC, mistakenFor: "status", holds: "Yes/No: whether the entry is still open" },
  { text: "External Document No.", source: BC, mistakenFor: "invoiceNo", holds: "the customer's own reference" },
  { text: "Transaction type", source: QBO_CSV, mistakenFor: "status", holds: "Invoice / Payment / Credit Memo" },
  { text: "Document Type", source: BC, mistakenFor: "status", holds: "Invoice / Payment / Credit Memo" },
  { text: "Type", source: SAP, mistakenFor: "status", holds: "document type code (RV, DR, DG, DZ)" },
  { text: "单据类型", source: KINGDEE, mistakenFor: "status", holds: "document type (标准应收单 …)" },
  // column text assumed (days in arrears), not seen in a source
  { text: "Arrears", source: SAP, mistakenFor: "amount", holds: "days in arrears, trailing minus when not yet due ('2-')" },
  { text: "Clrng doc.", source: SAP, mistakenFor: "invoiceNo", holds: "number of the clearing document (the payment)" },
  { text: "Balance", source: QBO_GL, mistakenFor: "openAmount", holds: "running balance in transaction and ledger reports" },
  { text: "Credit", source: ODOO, mistakenFor: "amount", holds: "credit side; a credit note's amount sits here" },
  { text: "Status", source: XO_REPORT, mistakenFor: "status", holds: "overdue text such as '16 days overdue', not a dispute" },
  { text: "科目名称", source: YONYOU, mistakenFor: "customer", holds: "account name (应收账款), not the customer" },
  { text: "凭证字号", source: YONYOU, mistakenFor: "invoiceNo", holds: "voucher number (记-0021), not the invoice number" },
  { text: "凭证日期", source: YONYOU, mistakenFor: "invoiceDate", holds: "voucher date" },
  { text: "借方-已结-金额", source: YONYOU, mistakenFor: "openAmount", holds: "settled part of the debit" },
];

/**
 * Columns that flag a dispute by their value being true or non-blank, not by holding the word
 * "disputed": read as disputed when true/yes/non-blank. (dunningStatus reads words, so "True" or
 * "DSP" in such a column would otherwise count as no status at all.)
 */
export const DISPUTE_FLAG_HEADERS: readonly { readonly text: string; readonly source: string; readonly truthy: string }[] = [
  { text: "No Follow-up", source: ODOO, truthy: "True (the line is in litigation)" },
  { text: "Litigation", source: ODOO, truthy: "True (label of the same field in old releases)" },
  { text: "On Hold", source: BC, truthy: "any hold code (3 characters), blank when not held" },
  { text: "isDisputed", source: RAW, truthy: "true" },
  { text: "Disputed", source: "generic analyst column (no system export documented here)", truthy: "Yes / Y / TRUE / 是" },
  { text: "In dispute", source: "generic analyst column (no system export documented here)", truthy: "Yes / Y / TRUE" },
  { text: "争议", source: "generic analyst column (no system export documented here)", truthy: "是 / 有争议 / Y" },
];

/** Labels of subtotal and total rows, matched against the row's first non-blank cell, trimmed. */
export const SUBTOTAL_LABELS: readonly {
  readonly pattern: RegExp;
  readonly kind: "subtotal" | "total";
  readonly source: string;
}[] = [
  { pattern: /^Total for\s+\S/, kind: "subtotal", source: QBO_API }, // "Total for Birch & Co", "Total for 1 - 30 days past due"
  { pattern: /^TOTAL$/, kind: "total", source: QBO_API },
  { pattern: /^Total\s+\S/, kind: "subtotal", source: XERO }, // "Total Kauri Design": layout assumed, see README
  { pattern: /^Total$/, kind: "total", source: XERO },
  { pattern: /^\*$/, kind: "subtotal", source: SAP }, // ALV subtotal mark; row shape assumed, see README
  { pattern: /^\*{2,}$/, kind: "total", source: SAP },
  { pattern: /^小计$/, kind: "subtotal", source: YONYOU }, // the page offers 小计 by 辅助核算 (customer)
  { pattern: /^合计$/, kind: "total", source: YONYOU },
  { pattern: /^总计$/, kind: "total", source: "common Chinese report wording (no export documented here)" },
  {
    pattern: /^本月合计$|^本年累计$/,
    kind: "subtotal",
    source: "Chinese ledger-book (明细账) wording (no export documented here)",
  },
  {
    pattern: /Grand Total$/i,
    kind: "total",
    source:
      "Oracle Receivables report row heading 'Amount Outstanding Grand Total': docs.oracle.com/cd/A60725_05/html/comnls/us/ar/slstxr06.htm",
  },
  { pattern: /^Sub-?\s?total\b/i, kind: "subtotal", source: "generic report wording (no export documented here)" },
];

/**
 * Rows that are neither header, invoice nor subtotal, matched against the row's only (or first)
 * non-blank cell: report titles, the as-of line, aging-bucket sections and footers. `meaning` says
 * what a reader should take from a match. Customer sections have no wording of their own: in
 * QuickBooks Open Invoices / Customer Balance Detail and Xero they are a row whose only filled cell
 * is the first, followed by invoices with that cell blank, closed by "Total for <it>" / "Total <it>".
 */
export const SECTION_ROW_HINTS: readonly {
  readonly pattern: RegExp;
  readonly meaning: "asOf" | "title" | "agingBucket" | "footer";
  readonly source: string;
}[] = [
  { pattern: /^As of\s+\w+ \d{1,2}, \d{4}$/, meaning: "asOf", source: QBO_API }, // "As of June 30, 2025"
  { pattern: /^As at\s+\d{1,2} \w+ \d{4}$/, meaning: "asOf", source: XERO }, // "As at 30 June 2025"
  { pattern: /key date\s+\d{2}\.\d{2}\.\d{4}/i, meaning: "asOf", source: SAP }, // FBL5N "Open at key date"
  { pattern: /^截止日期[:：]/, meaning: "asOf", source: KINGDEE },
  { pattern: /^日期[:：].*至/, meaning: "asOf", source: YONYOU }, // end of the range
  { pattern: /^(A\/R Aging Detail( Report)?|Open Invoices)$/, meaning: "title", source: QBO_API },
  { pattern: /^Aged Receivables Detail$/, meaning: "title", source: XERO },
  { pattern: /^Customer Line Item Display$/, meaning: "title", source: SAP },
  { pattern: /^(应收款账龄分析表|应收款明细表|到期债权表)$/, meaning: "title", source: KINGDEE_GUIDE },
  // QuickBooks' aging detail groups by bucket, not by customer: these sections name no customer.
  { pattern: /^(Current|\d+ - \d+ days past due|\d+ or more days past due)$/i, meaning: "agingBucket", source: QBO_API },
  { pattern: /^\s*\w+day, \w+ \d{1,2}, \d{4} \d{1,2}:\d{2} [AP]M GMT[+-]\d{2}:\d{2}$/, meaning: "footer", source: QBO_CSV },
];
