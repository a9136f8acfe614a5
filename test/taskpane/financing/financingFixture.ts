import { WorkbookModel } from "../../support/workbookHost/workbookModel";

/** 2025-06-30 (serial 45838), the as-of date of the scans below. */
export const AS_OF = 45838;

/**
 * A ledger on Ledger!A1:G8 for the Financing view, worked out by hand in its tests. Acme paid
 * 1,000.00 ten days late and 3,000.00 twenty days late: habit (10·1000 + 20·3000)/4000 = 17.5 → 18
 * days. Acme has a current invoice, a debt 187 days overdue, a credit note and a disputed invoice;
 * Beta only a debt 187 days overdue (and no history: habit 0).
 */
export function financingLedger(): WorkbookModel {
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", [
    ["Customer", "Invoice no", "Due date", "Amount", "Currency", "Paid date", "Status"],
    ["Acme", "INV-1", 45700, 1000, "USD", 45710, ""],
    ["Acme", "INV-2", 45750, 3000, "USD", 45770, ""],
    ["Acme", "INV-3", AS_OF + 30, 10000, "USD", "", ""], // current: due 2025-07-30
    ["Acme", "INV-4", AS_OF - 187, 5000, "USD", "", ""], // 187 days overdue
    ["Acme", "CN-1", AS_OF - 8, -1000, "USD", "", ""], // credit note
    ["Acme", "INV-5", AS_OF + 10, 3000, "USD", "", "Disputed"],
    ["Beta", "INV-6", AS_OF - 187, 800, "USD", "", ""], // Beta's only debt, 187 days overdue
  ]);
  model.select("Ledger", "B3");
  return model;
}
