import { failureText, isFailure } from "../../../src/core/failure";
import { checkMapping } from "../../../src/core/ledger/checkMapping";
import { findHeaderRow } from "../../../src/core/ledger/findHeaderRow";
import { headerMap, recognizeHeader } from "../../../src/core/ledger/headerMap";
import { HEADER_SYNONYMS, LEDGER_FIELDS } from "../../../src/core/ledger/ledgerFields";

describe("recognizeHeader", () => {
  it("knows every synonym of the spec, trimmed, case-insensitive, spaces collapsed", () => {
    for (const field of LEDGER_FIELDS) {
      for (const text of HEADER_SYNONYMS[field]) {
        expect(recognizeHeader(text)).toBe(field);
        expect(recognizeHeader(`  ${text.toUpperCase()} `)).toBe(field);
      }
    }
    expect(recognizeHeader("Customer   name")).toBe("customer");
    expect(recognizeHeader("Invoice #")).toBe("invoiceNo");
    expect(recognizeHeader("价税合计")).toBe("amount");
    expect(recognizeHeader("Dunning level")).toBe("remindersSent");
  });

  it("recognises nothing in other text, numbers or blanks", () => {
    expect(recognizeHeader("Notes")).toBeUndefined();
    expect(recognizeHeader(2025)).toBeUndefined();
    expect(recognizeHeader("")).toBeUndefined();
  });
});

describe("headerMap", () => {
  it("maps English and Chinese headers to columns, the first column winning", () => {
    expect(headerMap(["Customer", "Notes", "Amount", "Due date", "Client"])).toEqual({ customer: 0, amount: 2, dueDate: 3 });
    expect(headerMap(["客户名称", "发票号码", "开票日期", "到期日期", "价税合计", "币种", "账期"])).toEqual({
      customer: 0,
      invoiceNo: 1,
      invoiceDate: 2,
      dueDate: 3,
      amount: 4,
      currency: 5,
      terms: 6,
    });
  });

  it("applies user overrides, which may unmap a field", () => {
    expect(headerMap(["Customer", "Amount", "Due date", "Balance"], { amount: 3, dueDate: null, status: 7 })).toEqual({
      customer: 0,
      amount: 3,
      openAmount: 3,
      status: 7,
    });
  });
});

describe("findHeaderRow", () => {
  it("takes the first row with at least three recognised headers", () => {
    const rows = [["AR ledger, June 2025"], ["Customer", "Amount"], [], ["客户", "金额", "Notes", "到期日"], ["Acme", 1, 2, 3]];
    expect(findHeaderRow(rows)).toEqual({ headerRowIndex: 3, mapping: { customer: 0, amount: 1, dueDate: 3 } });
  });

  it("counts a field named twice once", () => {
    const result = findHeaderRow([["Customer", "Client", "Amount"]]);
    expect(isFailure(result) && result.code).toBe("noAnswer");
  });
});

describe("checkMapping", () => {
  it("needs a customer, an amount or open amount, and a due date or invoice date + terms", () => {
    expect(checkMapping({ customer: 0, openAmount: 1, invoiceDate: 2, terms: 3 })).toEqual({
      customer: 0,
      openAmount: 1,
      invoiceDate: 2,
      terms: 3,
    });
    const noCustomer = checkMapping({ amount: 1, dueDate: 2 });
    expect(isFailure(noCustomer) && noCustomer.message).toBe("the ledger has no customer column (Customer, Client…)");
    expect(isFailure(noCustomer) && failureText(noCustomer, "zh")).toBe("台账中没有客户列（客户、客户名称、购货单位…）");
    expect(isFailure(checkMapping({ customer: 0, dueDate: 2 }))).toBe(true);
    expect(isFailure(checkMapping({ customer: 0, amount: 1, invoiceDate: 2 }))).toBe(true);
  });
});
