import { headerKey } from "../../../src/core/ledger/headerKey";

describe("headerKey", () => {
  test.each([
    // The spellings issue #15 lists for one column, and what real exports write.
    ["invoiceNumber", "invoice number"],
    ["InvoiceNumber", "invoice number"],
    ["invoice_no", "invoice number"],
    ["INVOICE_NO", "invoice number"],
    ["Invoice No.", "invoice number"],
    ["Invoice #", "invoice number"],
    ["Inv #", "invoice number"],
    ["Inv#", "invoice number"],
    ["Doc. No.", "document number"],
    ["DueDate", "due date"],
    ["due-date", "due date"],
    ["  Due   Date ", "due date"],
    ["Open Balance", "open balance"],
    ["Amt. Due", "amount due"],
    ["Cust. Name", "customer name"],
    ["PONumber", "po number"],
    ["Net30", "net 30"],
  ])("%s → %s", (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  test("full-width forms and invisible characters do not make a new header", () => {
    expect(headerKey("Ｄｕｅ　Ｄａｔｅ")).toBe("due date");
    expect(headerKey("Due\u200b Date\ufeff")).toBe("due date");
  });

  test("Chinese stays as written, without punctuation", () => {
    expect(headerKey("到期日")).toBe("到期日");
    expect(headerKey("到期日（合同）")).toBe("到期日 合同");
    expect(headerKey("客户名称：")).toBe("客户名称");
  });
});
