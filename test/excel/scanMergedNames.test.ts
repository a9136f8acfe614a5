import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { AS_OF } from "./ledgerFixtures";
import { locateAndScan } from "./scanHelpers";

/* Issue #16 item 4: look-alike customer names are one customer, and the scan's outcome says so
   among the readings of how it read the file. */

describe("scan of a ledger with look-alike customer names", () => {
  test("one customer, the duplicate caught, the merge among the readings", async () => {
    const model = new WorkbookModel(["Sheet1"]);
    model.setRows("Sheet1", "A1", [
      ["Customer", "Invoice no", "Invoice date", "Due date", "Amount"],
      ["Caf\u00e9 Ltd", "INV-1", AS_OF - 60, AS_OF - 30, 1000],
      ["Cafe\u0301 Ltd", "INV-2", AS_OF - 40, AS_OF - 10, 500],
      ["Caf\u00e9\u200b Ltd", "INV-1", AS_OF - 60, AS_OF - 30, 1000],
      ["Acme", "INV-3", AS_OF - 40, AS_OF - 10, 200],
    ]);
    model.select("Sheet1", "A2");
    const { outcome } = await locateAndScan(model);
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    expect(outcome.customers.map((c) => [c.customer, c.invoiceCount])).toEqual([
      ["Caf\u00e9 Ltd", 2],
      ["Acme", 1],
    ]);
    expect(outcome.issues.map((i) => i.code)).toEqual(["duplicateInvoice"]);
    const merged = outcome.readings.filter((m) => m.key === "merged");
    expect(merged).toHaveLength(1);
    expect(merged[0].en).toContain("'Cafe\u27e8U+0301\u27e9 Ltd'");
    expect(merged[0].en).toContain("'Caf\u00e9\u27e8U+200B\u27e9 Ltd'");
  });
});
