import { chooseHeaderRow } from "../../../src/core/ledger/chooseHeaderRow";

describe("chooseHeaderRow", () => {
  test("below a report title and an 'as of' line (QuickBooks' A/R Aging Detail)", () => {
    const chosen = chooseHeaderRow([
      ["Northwind Traders"],
      ["A/R Aging Detail"],
      ["As of June 30, 2025"],
      [],
      ["", "Date", "Transaction Type", "Num", "Due Date", "Amount", "Open Balance"],
      ["Acme Corp"],
    ]);
    expect(chosen?.headerRowIndex).toBe(4);
    expect(chosen?.scoring.mapping).toMatchObject({ invoiceDate: 1, invoiceNo: 3, dueDate: 4, amount: 5, openAmount: 6 });
  });

  test("a column-group row above the header does not win: the row naming more fields does", () => {
    const chosen = chooseHeaderRow([
      ["Invoice", "", "Amounts", ""],
      ["Customer", "Invoice No.", "Due date", "Amount", "Open amount"],
    ]);
    expect(chosen?.headerRowIndex).toBe(1);
  });

  test("camelCase headers of a raw dump", () => {
    expect(chooseHeaderRow([["invoiceNumber", "customerName", "dueDate", "amountDue"]])?.scoring.mapping).toEqual({
      invoiceNo: 0,
      customer: 1,
      dueDate: 2,
      openAmount: 3,
    });
  });

  test("no row naming three fields: none", () => {
    expect(chooseHeaderRow([["Notes"], ["Customer", "Remarks"], ["Acme", 100, 45838]])).toBeUndefined();
  });
});
