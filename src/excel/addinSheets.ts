import { ACTIVITY_SHEET } from "./activitySheet";
import { FORECAST_SHEET } from "./insertForecast";
import { PROVISION_SHEET } from "../core/report/provisionSheetPlan";
import { REMINDERS_SHEET } from "./writeReminders";
import { STATEMENTS_SHEET } from "./writeStatements";

/** The sheets the add-in makes: never a ledger, so Find ledger does not look at them. */
const ADDIN_SHEETS: ReadonlySet<string> = new Set(
  [ACTIVITY_SHEET, FORECAST_SHEET, PROVISION_SHEET, REMINDERS_SHEET, STATEMENTS_SHEET].map((name) => name.toLowerCase()),
);

/**
 * Whether a sheet is one the add-in writes (AR Activity, AR Summary, AR Provision, Reminders, Statements). Sheet
 * names compare case-insensitively, as Excel compares them. The register's header (Date, Customer,
 * Currency, Invoice, Amount, Due by) would otherwise pass for a ledger's.
 *
 * @example
 * isAddinSheet("ar activity") //=> true
 */
export function isAddinSheet(name: string): boolean {
  return ADDIN_SHEETS.has(name.toLowerCase());
}
