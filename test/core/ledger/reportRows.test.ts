import { readReportLayout, ReportRowKind } from "../../../src/core/ledger/reportRows";

// A QuickBooks "A/R Aging Detail" shaped block (Intuit's layout: a section row per customer, the
// invoices with the customer column blank, "Total for <customer>", a final "TOTAL").
const HEADERS = ["", "Date", "Transaction Type", "Num", "Due Date", "Amount", "Open Balance"];
const MAPPING = { customer: 0, invoiceDate: 1, invoiceNo: 3, dueDate: 4, amount: 5, openAmount: 6 };
const ROWS: unknown[][] = [
  ["Acme Corp", "", "", "", "", "", ""],
  ["", "05/01/2025", "Invoice", "1001", "05/31/2025", "1,200.00", "1,200.00"],
  ["", "05/10/2025", "Invoice", "1002", "06/09/2025", "800.00", "300.00"],
  ["Total for Acme Corp", "", "", "", "", "2,000.00", "1,500.00"],
  ["", "", "", "", "", "", ""],
  ["Beta LLC", "", "", "", "", "", ""],
  ["", "Date", "Transaction Type", "Num", "Due Date", "Amount", "Open Balance"],
  ["", "04/01/2025", "Invoice", "2001", "05/01/2025", "500.00", "500.00"],
  ["Total for Beta LLC", "", "", "", "", "500.00", "500.00"],
  ["TOTAL", "", "", "", "", "2,500.00", "2,000.00"],
];

describe("readReportLayout", () => {
  const layout = readReportLayout(ROWS, HEADERS, MAPPING);

  test("sorts every row: 2 sections, 2 subtotals, 1 total, 1 repeated header, 1 spacer, 3 invoices", () => {
    expect(Array.from(layout.kinds)).toEqual([
      ReportRowKind.section,
      ReportRowKind.data,
      ReportRowKind.data,
      ReportRowKind.subtotal,
      ReportRowKind.blank,
      ReportRowKind.section,
      ReportRowKind.header,
      ReportRowKind.data,
      ReportRowKind.subtotal,
      ReportRowKind.total,
    ]);
    expect(layout.skipped).toEqual({ section: 2, subtotal: 2, total: 1, header: 1 });
  });

  test("invoices take their customer from the section row above them", () => {
    expect([...layout.sectionCustomer]).toEqual([
      [1, "Acme Corp"],
      [2, "Acme Corp"],
      [7, "Beta LLC"],
    ]);
  });

  test("the grand total is kept with the open balance as written, to check the scan's own sum", () => {
    expect(layout.grandTotal).toEqual({ rowIndex: 9, value: "2,000.00" });
  });

  test("Chinese totals: 小计 and 合计", () => {
    const zh = readReportLayout(
      [
        ["甲公司", "F001", 45800, 100],
        ["甲公司 小计", "", "", 100],
        ["合计", "", "", 100],
      ],
      ["客户", "单据号", "到期日", "金额"],
      { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3 },
    );
    expect(Array.from(zh.kinds)).toEqual([ReportRowKind.data, ReportRowKind.subtotal, ReportRowKind.total]);
    expect(zh.grandTotal).toEqual({ rowIndex: 2, value: 100 });
  });

  test("a customer whose name has 'Total' in it, with an invoice of its own, is an invoice", () => {
    const named = readReportLayout([["Total Logistics", "INV-9", 45800, 250]], ["Customer", "Invoice", "Due date", "Amount"], {
      customer: 0,
      invoiceNo: 1,
      dueDate: 2,
      amount: 3,
    });
    expect(Array.from(named.kinds)).toEqual([ReportRowKind.data]);
    expect(named.skipped).toEqual({ section: 0, subtotal: 0, total: 0, header: 0 });
  });

  test("a plain ledger has nothing to set aside", () => {
    const plain = readReportLayout(
      [
        ["Acme", "INV-1", 45800, 100],
        ["Beta", "INV-2", 45801, 200],
      ],
      ["Customer", "Invoice", "Due date", "Amount"],
      { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3 },
    );
    expect(Array.from(plain.kinds)).toEqual([ReportRowKind.data, ReportRowKind.data]);
    expect(plain.sectionCustomer.size).toBe(0);
    expect(plain.grandTotal).toBeNull();
  });
});
