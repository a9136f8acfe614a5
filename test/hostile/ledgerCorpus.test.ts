import { isFailure } from "../../src/core/failure";
import { analyzeLedger } from "../../src/core/ledger/analyzeLedger";
import { findHeaderRow } from "../../src/core/ledger/findHeaderRow";
import { RowState, type LedgerAnalysis } from "../../src/core/ledger/ledgerAnalysisTypes";
import type { LedgerIssueCode } from "../../src/core/ledger/ledgerIssue";
import type { LedgerField } from "../../src/core/ledger/ledgerFields";

/* Hostile ledgers through the scan's core (header search + analyzeLedger), as data. Spec
   (taskpane.md §1): header = first row with ≥ 3 recognised headers; unreadable rows (no customer,
   unreadable amount or date, due before invoice date, duplicate invoice number for one customer)
   become Issues with the field at fault and are left out of totals, the rest is processed; amounts
   in several currencies are never added together. As of 2025-06-30 = 45838; 45800 = 2025-05-23. */

const AS_OF = 45838;
const HEAD = ["Customer", "Invoice", "Amount", "Due date", "Currency", "Paid date", "Status"];

interface LedgerCase {
  why: string;
  sheet: unknown[][];
  /** Issues expected, as [data row index, field, code]. */
  issues?: Array<[number, LedgerField, LedgerIssueCode]>;
  /** Rows accepted (data row indexes). */
  accepted?: number[];
  /** Open total in cents per currency. */
  open?: Record<string, number>;
  /** No header row can be found. */
  noHeader?: true;
}

const row = (
  customer: unknown,
  invoice: unknown,
  amount: unknown,
  due: unknown,
  currency: unknown = "USD",
  paid: unknown = null,
  status: unknown = null,
) => [customer, invoice, amount, due, currency, paid, status];

const cases: LedgerCase[] = [
  { why: "a sheet with no ledger (prose only)", sheet: [["Notes for Q3"], ["call Acme"], [null]], noHeader: true },
  { why: "an empty sheet", sheet: [], noHeader: true },
  {
    why: "two recognised headers are not enough",
    sheet: [
      ["Customer", "Amount", "Remarks"],
      ["A", 1, "x"],
    ],
    noHeader: true,
  },
  { why: "a ledger with only headers", sheet: [HEAD], accepted: [], issues: [], open: {} },
  {
    why: "headers then blank rows",
    sheet: [HEAD, [null, null], ["", "", "", "", "", "", ""]],
    accepted: [],
    issues: [],
    open: {},
  },
  {
    why: "title block above the header",
    sheet: [["AR ledger 2025"], [null], HEAD, row("Acme", "1", 100, 45800)],
    accepted: [0],
    open: { USD: 10000 },
  },
  // A merged header cell spanning two columns reads as its text then blanks (Office.js values).
  {
    why: "merged header cells: the text sits in the first column, blanks after",
    sheet: [
      ["Customer", "Invoice", "Amount", null, "Due date"],
      ["Acme", "1", 100, "note", 45800],
    ],
    accepted: [0],
    open: { "": 10000 },
  },
  {
    why: "text in the amount cell",
    sheet: [HEAD, row("Acme", "1", "lots", 45800)],
    issues: [[0, "amount", "unreadableAmount"]],
    accepted: [],
    open: {},
  },
  {
    why: "boolean in the amount cell",
    sheet: [HEAD, row("Acme", "1", true, 45800)],
    issues: [[0, "amount", "unreadableAmount"]],
    open: {},
  },
  {
    why: "error value in the amount cell",
    sheet: [HEAD, row("Acme", "1", "#N/A", 45800)],
    issues: [[0, "amount", "unreadableAmount"]],
    open: {},
  },
  {
    why: "ambiguous due date 03/04/2025",
    sheet: [HEAD, row("Acme", "1", 100, "03/04/2025")],
    issues: [[0, "dueDate", "unreadableDate"]],
    open: {},
  },
  {
    why: "due date 2025-02-29 does not exist",
    sheet: [HEAD, row("Acme", "1", 100, "2025-02-29")],
    issues: [[0, "dueDate", "unreadableDate"]],
    open: {},
  },
  {
    why: "error value in the due date",
    sheet: [HEAD, row("Acme", "1", 100, "#REF!")],
    issues: [[0, "dueDate", "unreadableDate"]],
    open: {},
  },
  {
    why: "accepted text date forms",
    sheet: [
      HEAD,
      row("A", "1", 1, "2025-05-23"),
      row("A", "2", 2, "2025/5/23"),
      row("A", "3", 4, "2025.5.23"),
      row("A", "4", 8, "2025年5月23日"),
    ],
    accepted: [0, 1, 2, 3],
    open: { USD: 1500 },
  },
  {
    why: "blank customer on a filled row",
    sheet: [HEAD, row(null, "1", 100, 45800)],
    issues: [[0, "customer", "noCustomer"]],
    open: {},
  },
  { why: "blank amount", sheet: [HEAD, row("Acme", "1", null, 45800)], issues: [[0, "amount", "noAmount"]], open: {} },
  { why: "blank due date", sheet: [HEAD, row("Acme", "1", 100, null)], issues: [[0, "dueDate", "noDueDate"]], open: {} },
  { why: "blank invoice number is fine", sheet: [HEAD, row("Acme", null, 100, 45800)], accepted: [0], open: { USD: 10000 } },
  {
    why: "blank currency takes the default (none)",
    sheet: [HEAD, row("Acme", "1", 100, 45800, null)],
    accepted: [0],
    open: { "": 10000 },
  },
  {
    why: "blank paid date is open",
    sheet: [HEAD, row("Acme", "1", 100, 45800, "USD", null)],
    accepted: [0],
    open: { USD: 10000 },
  },
  {
    why: "paid before as-of: nothing open",
    sheet: [HEAD, row("Acme", "1", 100, 45800, "USD", 45810)],
    accepted: [0],
    open: { USD: 0 },
  },
  {
    why: "duplicate invoice number for one customer",
    sheet: [HEAD, row("Acme", "INV-1", 100, 45800), row("Acme", "INV-1", 100, 45800)],
    issues: [[1, "invoiceNo", "duplicateInvoice"]],
    accepted: [0],
    open: { USD: 10000 },
  },
  {
    why: "the same invoice number at two customers is no duplicate",
    sheet: [HEAD, row("Acme", "INV-1", 100, 45800), row("Beta", "INV-1", 100, 45800)],
    accepted: [0, 1],
    open: { USD: 20000 },
  },
  {
    why: "mixed currencies are never added together",
    sheet: [
      HEAD,
      row("Acme", "1", 100, 45800, "USD"),
      row("Acme", "2", 50, 45800, "EUR"),
      row("Beta", "3", "¥1,000", 45800, "CNY"),
    ],
    accepted: [0, 1, 2],
    open: { USD: 10000, EUR: 5000, CNY: 100000 },
  },
  {
    why: "credit notes net within the currency",
    sheet: [HEAD, row("Acme", "1", 100, 45800), row("Acme", "CN-1", "(40.00)", 45800)],
    accepted: [0, 1],
    open: { USD: 6000 },
  },
  { why: "zero amount row", sheet: [HEAD, row("Acme", "1", 0, 45800)], accepted: [0], open: { USD: 0 } },
  {
    why: "emoji and RTL customer names",
    sheet: [HEAD, row("😀 Smiles Ltd", "1", 100, 45800), row("شركة الأمل", "2", 200, 45800), row("חברה", "3", 300, 45800)],
    accepted: [0, 1, 2],
    open: { USD: 60000 },
  },
  {
    why: "a 10,000-character customer name",
    sheet: [HEAD, row("x".repeat(10_000), "1", 100, 45800)],
    accepted: [0],
    open: { USD: 10000 },
  },
  {
    why: "formula-looking text in the customer cell is just a name",
    sheet: [HEAD, row('=HYPERLINK("http://x")', "1", 100, 45800)],
    accepted: [0],
    open: { USD: 10000 },
  },
  {
    why: "serial 2958466 due date",
    sheet: [HEAD, row("Acme", "1", 100, 2958466)],
    issues: [[0, "dueDate", "unreadableDate"]],
    open: {},
  },
  {
    why: "phantom 1900-02-29 due date is readable",
    sheet: [HEAD, row("Acme", "1", 100, "1900-02-29")],
    accepted: [0],
    open: { USD: 10000 },
  },
  { why: "short rows (trailing cells missing)", sheet: [HEAD, ["Acme", "1", 100, 45800]], accepted: [0], open: { "": 10000 } },
];

function scan(sheet: unknown[][]): LedgerAnalysis | "noHeader" {
  const header = findHeaderRow(sheet);
  if (isFailure(header)) return "noHeader";
  const result = analyzeLedger(sheet.slice(header.headerRowIndex + 1), { mapping: header.mapping, asOf: AS_OF });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

test.each(cases.map((c, i) => [`${i + 1} ${c.why}`, c] as const))("%s", (_name, c) => {
  let analysis: LedgerAnalysis | "noHeader" = "noHeader";
  expect(() => (analysis = scan(c.sheet))).not.toThrow();
  if (c.noHeader) {
    expect(analysis).toBe("noHeader");
    return;
  }
  expect(analysis).not.toBe("noHeader");
  const a = analysis as unknown as LedgerAnalysis;
  expect(a.issues.map((issue) => [issue.rowIndex, issue.field, issue.code])).toEqual(c.issues ?? []);
  for (const issue of a.issues) expect(issue.reason.length).toBeLessThan(300);
  if (c.accepted) {
    const accepted = Array.from(a.rows.state.keys()).filter((i) => a.rows.state[i] === RowState.accepted);
    expect(accepted).toEqual(c.accepted);
  }
  if (c.open) expect(Object.fromEntries(a.portfolio.map((p) => [p.currency, p.openCents]))).toEqual(c.open);
});

test("a duplicate names the row that used the number first", () => {
  const a = scan([
    HEAD,
    row("Acme", "INV-1", 100, 45800),
    row("Beta", "X", 1, 45800),
    row("acme ", "INV-1", 5, 45800),
  ]) as LedgerAnalysis;
  expect(a.issues).toEqual([expect.objectContaining({ rowIndex: 2, code: "duplicateInvoice", firstRowIndex: 0 })]);
});
