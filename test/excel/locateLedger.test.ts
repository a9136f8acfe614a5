import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { chineseLedger, englishLedger } from "./ledgerFixtures";

function workbookOn(model: WorkbookModel, apiVersion = "1.20") {
  const host = createWorkbookHost(model, { apiVersion });
  return { host, workbook: createExcelLedgerWorkbook(hostRunner(host)) };
}

describe("locateLedger", () => {
  test("finds an English ledger from a cell inside it (current region) and maps its headers", async () => {
    const { workbook } = workbookOn(englishLedger());
    const found = await workbook.locateLedger();
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    // A1:G9: 7 columns, header on row 1, 8 data rows.
    expect(found.location).toMatchObject({
      address: "Sheet1!A1:G9",
      source: "region",
      headerRow: 0,
      lastRow: 8,
      firstColumn: 0,
      columnCount: 7,
      dataRowCount: 8,
    });
    expect(found.location.autoMapping).toEqual({
      customer: 0,
      invoiceNo: 1,
      invoiceDate: 2,
      dueDate: 3,
      amount: 4,
      status: 5,
      paidDate: 6,
    });
  });

  test("finds a Chinese ledger under a title row and maps 客户/发票号/开票日期/到期日/金额/状态", async () => {
    const { workbook } = workbookOn(chineseLedger());
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    // Region B3:G7 includes the title in B3; the header is row 4, so the ledger is B4:G7.
    expect(found.location).toMatchObject({
      sheet: "应收账款",
      address: "应收账款!B4:G7",
      headerRow: 3,
      firstColumn: 1,
      dataRowCount: 3,
    });
    expect(found.location.autoMapping).toEqual({ customer: 0, invoiceNo: 1, invoiceDate: 2, dueDate: 3, amount: 4, status: 5 });
  });

  test("never takes the add-in's own activity register for the ledger, even when it is the active sheet", async () => {
    // The register's header (Date, Customer, Currency, Invoice, Kind, …, Amount, Due by) reads like a
    // ledger's; the search skips the sheet and goes on to Sheet1's ledger (A1:G9, as above).
    const model = englishLedger();
    model.setRows("AR Activity", "A1", [
      ["Date", "Customer", "Currency", "Invoice", "Kind", "Level", "Channel", "Amount", "Due by", "Reason", "Owner"],
      [45838, "Acme", "USD", "INV-1", "Promise", "", "", 1200, 45845, "", ""],
    ]);
    model.addTable("AR Activity", "A1:K2", "ARActivity");
    model.select("AR Activity", "B2");
    const { workbook } = workbookOn(model);
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    expect(found.location.address).toBe("Sheet1!A1:G9");
    expect(found.location.sheetsSearched).not.toContain("AR Activity");
  });

  test("prefers the table under the selection", async () => {
    const model = englishLedger();
    model.setRows("Sheet1", "A11", [["a note below the ledger"]]);
    model.addTable("Sheet1", "A1:G9", "Receivables");
    const { workbook } = workbookOn(model);
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    expect(found.location).toMatchObject({ source: "table", tableName: "Receivables", address: "Sheet1!A1:G9" });
  });

  test("falls back to the used range when the selection is in an empty corner", async () => {
    const model = englishLedger();
    model.select("Sheet1", "Z100");
    const { workbook } = workbookOn(model);
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("not found");
    expect(found.location).toMatchObject({ source: "usedRange", address: "Sheet1!A1:G9" });
  });

  test("an address given wins; a bad one or a sheet with no header row is reported", async () => {
    const { workbook } = workbookOn(englishLedger());
    const given = await workbook.locateLedger("Sheet1!A1:G5");
    expect(given).toMatchObject({ kind: "found", location: { source: "address", dataRowCount: 4 } });
    expect(await workbook.locateLedger("Nowhere!A1:B2")).toEqual({
      kind: "notFound",
      reason: "badAddress",
      address: "Nowhere!A1:B2",
    });
    expect(await workbook.locateLedger("not an address")).toMatchObject({ kind: "notFound", reason: "badAddress" });
    const blank = new WorkbookModel(["Sheet1"]);
    blank.setRows("Sheet1", "A1", [
      ["just", "some"],
      ["words", "here"],
    ]);
    expect(await workbookOn(blank).workbook.locateLedger()).toMatchObject({ kind: "notFound", reason: "noHeader" });
  });

  test("works without getTables (ExcelApi below 1.9): region instead of table", async () => {
    const model = englishLedger();
    model.addTable("Sheet1", "A1:G9", "Receivables");
    const found = await workbookOn(model, "1.7").workbook.locateLedger();
    expect(found).toMatchObject({ kind: "found", location: { source: "region", tableName: null } });
  });
});
