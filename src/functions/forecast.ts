import { isFailure } from "../core/failure";
import { cashForecast as cashForecastCore, type ForecastRow } from "../core/forecast/cashForecast";
import { centsToNumber } from "../core/money/money";
import { defineFunction, type ExcelCell } from "./convert";

/* The cash-in forecast: open invoices placed on the dates each customer's payment habit makes
   likely. Period dates are serials in the workbook's date system, as as_of is. */

const FORECAST_HEADER = ["Period start", "Period end", "Expected", "Cumulative", "Invoices"];

export const CASH_FORECAST = defineFunction({
  id: "CASHFORECAST",
  mode: "aggregate",
  spill: true,
  specs: [
    // Customers and paid dates are required arguments whose cells may be blank (no name: the
    // ledger's habit; no paid date: open), so their columns read blanks as null.
    { name: "customers", kind: "text", column: true, blankCells: true },
    { name: "amounts", kind: "cents", column: true, key: true },
    { name: "due_dates", kind: "date", column: true },
    { name: "paid_dates", kind: "date", column: true, blankCells: true },
    { name: "as_of", kind: "date" },
    { name: "period_days", kind: "number", optional: true, default: 7, whole: true, min: 1, example: "7" },
    { name: "periods", kind: "number", optional: true, default: 13, whole: true, min: 1, example: "13" },
    { name: "at_risk_days", kind: "number", optional: true, default: 90, whole: true, min: 0, example: "90" },
    { name: "statuses", kind: "text", column: true, optional: true },
  ] as const,
  compute: (customers, amountsCents, dueSerials, paidSerials, asOf, periodDays, periods, atRiskDays, statuses) => {
    const forecast = cashForecastCore(
      {
        customers: customers === null ? amountsCents.map(() => "") : customers.map((name) => name ?? ""),
        amountsCents,
        dueSerials,
        paidSerials: paidSerials ?? amountsCents.map(() => null),
        ...(statuses ? { statuses } : {}),
      },
      { asOf, periodDays, periods, atRiskDays },
    );
    if (isFailure(forecast)) return forecast;
    const money = (row: ForecastRow): ExcelCell[] => [
      centsToNumber(row.expectedCents),
      centsToNumber(row.cumulativeCents),
      row.invoices,
    ];
    return [
      FORECAST_HEADER,
      ...forecast.periods.map((period) => [period.startSerial, period.endSerial, ...money(period)]),
      ["Later", "", ...money(forecast.later)],
      [`At risk (>${forecast.atRiskDays} days)`, "", ...money(forecast.atRisk)],
      ["Disputed", "", ...money(forecast.disputed)],
      ["Total open", "", ...money(forecast.total)],
    ];
  },
});

/**
 * A forecast of cash collections from the open invoices: each lands on its due date moved by its customer's average days late (the whole ledger's for a new customer), in periods from as_of. Spills a header, one row per period (start, end, expected, cumulative, invoices), then Later, At risk, Disputed and Total open rows.
 * @customfunction CASHFORECAST
 * @helpurl https://ar-credit-desk.example.com/help.html#cashforecast
 * @param customers Customer names, e.g. A2:A200.
 * @param amounts Invoice amounts aligned with customers, e.g. B2:B200; rows with a blank amount are skipped.
 * @param due_dates Due dates aligned with them, e.g. D2:D200.
 * @param paid_dates Paid dates aligned with them, blank while open, e.g. F2:F200; they also give each customer's payment habit.
 * @param as_of The forecast start date, e.g. DATE(2025,6,30) or TODAY().
 * @param [period_days] Days per period, a whole number from 1 up, e.g. 7 (the default, weekly) or 30.
 * @param [periods] Number of periods, a whole number from 1 up, e.g. 13 (the default: a quarter of weeks).
 * @param [at_risk_days] Invoices more than this many days past due are not forecast but shown as at risk, a whole number from 0 up, e.g. 90 (the default).
 * @param [statuses] Status per invoice aligned with amounts; disputed/争议 invoices are reported apart.
 * @returns A table; amounts in the currency, to the cent, the rows adding up to Total open.
 */
export function cashForecast(
  customers: any[][],
  amounts: any[][],
  due_dates: any[][],
  paid_dates: any[][],
  as_of: any,
  period_days?: any,
  periods?: any,
  at_risk_days?: any,
  statuses?: any[][],
): any[][] {
  return CASH_FORECAST.call(
    customers,
    amounts,
    due_dates,
    paid_dates,
    as_of,
    period_days,
    periods,
    at_risk_days,
    statuses,
  ) as any[][];
}
