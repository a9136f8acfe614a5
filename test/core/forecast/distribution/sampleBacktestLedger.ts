import { sampleWorkbook, type SampleVariant } from "../../../fixtures/sampleWorkbook";
import type { BacktestLedger } from "../../../../src/core/forecast/distribution/backtest";

/**
 * The preview's sample workbook (test/fixtures/sampleWorkbook.ts: ~330 invoices of 30 customers,
 * twelve months of paid history) as a backtest ledger of one currency. Rows the scan lists in
 * Issues (no customer, unreadable amount or due date, due before invoiced) are left out here too;
 * the duplicate invoice number stays (it is a readable invoice).
 */
export function sampleBacktestLedger(variant: SampleVariant, asOf: number, currency: string): BacktestLedger {
  const model = sampleWorkbook(variant, asOf);
  const sheet = model.sheet(variant === "zh" ? "应收账款" : "Ledger")!;
  const last = sheet.usedRect(true)!.r1;
  const out = {
    customers: [] as string[],
    amountsCents: [] as number[],
    dueSerials: [] as number[],
    paidSerials: [] as (number | null)[],
    statuses: [] as (string | null)[],
    invoiceSerials: [] as (number | null)[],
  };
  for (let r = 1; r <= last; r++) {
    const [customer, , invoiced, due, amount, cur, paid, status] = Array.from({ length: 8 }, (_, c) => sheet.value(r, c));
    if (typeof customer !== "string" || customer === "" || cur !== currency) continue;
    if (typeof amount !== "number" || typeof due !== "number" || typeof invoiced !== "number" || due < invoiced) continue;
    out.customers.push(customer);
    out.amountsCents.push(Math.round(amount * 100));
    out.dueSerials.push(due);
    out.paidSerials.push(typeof paid === "number" ? paid : null);
    out.statuses.push(typeof status === "string" && status !== "" ? status : null);
    out.invoiceSerials.push(invoiced);
  }
  return out;
}
