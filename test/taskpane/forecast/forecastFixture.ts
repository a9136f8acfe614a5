import { WorkbookModel } from "../../support/workbookHost/workbookModel";

/** 2025-06-30 (serial 45838), the as-of date of the scans below. */
export const AS_OF = 45838;

/**
 * A two-currency ledger on Ledger!A1:G10 worked out by hand in the Forecast and Financing tests.
 * Acme paid 1,000.00 ten days late and 3,000.00 twenty days late: habit (10·1000 + 20·3000)/4000
 * = 17.5 → 18 days. Row 10 has an unreadable due date (an issue: left out).
 */
export function forecastLedger(): WorkbookModel {
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", [
    ["Customer", "Invoice no", "Due date", "Amount", "Currency", "Paid date", "Status"],
    ["Acme", "INV-1", 45700, 1000, "USD", 45710, ""],
    ["Acme", "INV-2", 45750, 3000, "USD", 45770, ""],
    ["Acme", "INV-3", AS_OF + 12, 10000, "USD", "", ""],
    ["Acme", "INV-4", AS_OF - 20, 2000, "USD", "", ""],
    ["Beta", "INV-5", AS_OF + 5, 500, "EUR", "", ""],
    ["Beta", "INV-6", AS_OF + 40, 250.5, "EUR", "", ""],
    ["Gamma", "INV-7", AS_OF - 100, 800, "USD", "", ""],
    ["Delta", "INV-8", AS_OF + 3, 300, "USD", "", "Disputed"],
    ["Golf", "INV-9", "next Tuesday", 90, "USD", "", ""],
  ]);
  model.select("Ledger", "B3");
  return model;
}
