import { RowState } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { RowIssues } from "../../../src/core/ledger/rowIssues";

describe("RowIssues", () => {
  it("marks the row as an issue and keeps the reason in the scan's language", () => {
    const state = new Uint8Array(3);
    const issues = new RowIssues(state, "en");
    issues.reject(1, "customer", "noCustomer", {});
    issues.unreadable(2, "dueDate", "unreadableDate", "31/02/2025", "there is no 31 February");
    expect([...state]).toEqual([RowState.accepted, RowState.issue, RowState.issue]);
    expect(issues.list).toEqual([
      { rowIndex: 1, field: "customer", code: "noCustomer", reason: "no customer" },
      { rowIndex: 2, field: "dueDate", code: "unreadableDate", reason: "due date: there is no 31 February" },
    ]);
  });

  it("records the first row of a duplicate invoice, and writes Chinese reasons", () => {
    const issues = new RowIssues(new Uint8Array(8), "zh");
    issues.reject(7, "invoiceNo", "duplicateInvoice", { invoiceNo: "INV-1", customer: "Acme" }, 3);
    expect(issues.list[0]).toMatchObject({ rowIndex: 7, firstRowIndex: 3, code: "duplicateInvoice" });
    expect(issues.list[0].reason).toContain("INV-1");
    expect(issues.list[0].reason).toContain("重复");
  });
});
