import type { WorkbookModel } from "./workbookModel";
import { seededRandom } from "../seededRandom";

export const SAMPLE_HEADER = ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency", "Paid date", "Status"];

/**
 * Fills `sheetName` from A1 with a header and `rows` generated invoices (2,000 customers, dates
 * within two years before `asOf`, 60% paid, 1% disputed, 2% credit notes, 10% EUR, 0.1% with an
 * unreadable due date). `rows` counts data rows; the sheet holds rows + 1.
 *
 * @example
 * fillSampleLedger(model, "Sheet1", 100, 45838) // A1:H101
 */
export function fillSampleLedger(model: WorkbookModel, sheetName: string, rows: number, asOf: number, seed = 7): void {
  const sheet = model.sheet(sheetName) ?? model.addSheet(sheetName);
  const random = seededRandom(seed);
  SAMPLE_HEADER.forEach((text, c) => sheet.writeValue(0, c, text));
  const customers = Array.from({ length: 2000 }, (_, i) => `Customer ${String(i + 1).padStart(4, "0")} Ltd`);
  for (let i = 0; i < rows; i++) {
    const r = i + 1;
    const invoiceDate = asOf - Math.floor(random() * 730);
    const due = invoiceDate + [0, 15, 30, 45, 60][Math.floor(random() * 5)];
    const credit = random() < 0.02;
    const amount = Math.round((credit ? -1 : 1) * (50 + random() * 9950) * 100) / 100;
    const paid = !credit && random() < 0.6 ? Math.min(asOf, due - 10 + Math.floor(random() * 60)) : "";
    sheet.writeValue(r, 0, customers[Math.floor(random() * customers.length)]);
    sheet.writeValue(r, 1, `INV-${100000 + i}`);
    sheet.writeValue(r, 2, invoiceDate);
    sheet.writeValue(r, 3, random() < 0.001 ? "next Tuesday" : due);
    sheet.writeValue(r, 4, amount);
    sheet.writeValue(r, 5, random() < 0.1 ? "EUR" : "USD");
    sheet.writeValue(r, 6, paid);
    sheet.writeValue(r, 7, random() < 0.01 ? "Disputed" : "");
  }
}
