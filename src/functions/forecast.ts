import { isFailure } from "../core/failure";
import { cashForecast as cashForecastCore, type ForecastLedger } from "../core/forecast/cashForecast";
import { backtestForecast } from "../core/forecast/distribution/backtest";
import { backtestTable } from "../core/forecast/distribution/backtestTable";
import { probabilisticForecast } from "../core/forecast/distribution/probabilisticForecast";
import { defineFunction, getDateSystem } from "./convert";
import { forecastSpill } from "./forecastSpill";

/* The cash-in forecast and its backtest: open invoices spread over the periods by how each
   customer has paid (method "distribution", the default) or placed on one date by its average
   days late (method "point", the forecast before the distribution existed). Period dates are
   serials in the workbook's date system, as as_of is. Ids are stored in workbooks, so they never
   change. */

// Customers and paid dates are required arguments whose cells may be blank (no name: the
// ledger's habit; no paid date: open), so their columns read blanks as null.
const CUSTOMERS = { name: "customers", kind: "text", column: true, blankCells: true } as const;
const AMOUNTS = { name: "amounts", kind: "cents", column: true, key: true } as const;
const DUE_DATES = { name: "due_dates", kind: "date", column: true } as const;
const PAID_DATES = { name: "paid_dates", kind: "date", column: true, blankCells: true } as const;
const AS_OF = { name: "as_of", kind: "date" } as const;
const PERIOD_DAYS = {
  name: "period_days",
  kind: "number",
  optional: true,
  default: 7,
  whole: true,
  min: 1,
  example: "7",
} as const;
const PERIODS = { name: "periods", kind: "number", optional: true, default: 13, whole: true, min: 1, example: "13" } as const;
const AT_RISK_DAYS = {
  name: "at_risk_days",
  kind: "number",
  optional: true,
  default: 90,
  whole: true,
  min: 0,
  example: "90",
} as const;
const STATUSES = { name: "statuses", kind: "text", column: true, optional: true } as const;

/** The ledger columns as the forecast core reads them: a blank name is "", a missing paid-date column all open. */
function forecastLedger(
  customers: readonly (string | null)[] | null,
  amountsCents: readonly number[],
  dueSerials: readonly number[],
  paidSerials: readonly (number | null)[] | null,
  statuses: readonly (string | null)[] | null,
): ForecastLedger {
  return {
    customers: customers === null ? amountsCents.map(() => "") : customers.map((name) => name ?? ""),
    amountsCents,
    dueSerials,
    paidSerials: paidSerials ?? amountsCents.map(() => null),
    ...(statuses ? { statuses } : {}),
  };
}

export const CASH_FORECAST = defineFunction({
  id: "CASHFORECAST",
  mode: "aggregate",
  spill: true,
  specs: [
    CUSTOMERS,
    AMOUNTS,
    DUE_DATES,
    PAID_DATES,
    AS_OF,
    PERIOD_DAYS,
    PERIODS,
    AT_RISK_DAYS,
    STATUSES,
    { name: "method", kind: "text", optional: true, default: "distribution", allowed: ["distribution", "point"] },
    { name: "bands", kind: "boolean", optional: true, default: false },
  ] as const,
  compute: (customers, amountsCents, dueSerials, paidSerials, asOf, periodDays, periods, atRiskDays, statuses, method, bands) => {
    const ledger = forecastLedger(customers, amountsCents, dueSerials, paidSerials, statuses);
    const options = { asOf, periodDays, periods, atRiskDays };
    const forecast = method === "point" ? cashForecastCore(ledger, options) : probabilisticForecast(ledger, options);
    return isFailure(forecast) ? forecast : forecastSpill(forecast, bands);
  },
});

/**
 * A forecast of cash collections from the open invoices, in periods from as_of. By default (method "distribution") each invoice is spread over the periods by how its customer has paid before: how many days late, recent payments counting more, blended with the whole ledger's habit when the customer has little history, and only the delays longer than the invoice has already waited. Method "point" puts each invoice on one date instead: its due date moved by its customer's average days late. Spills a header, one row per period (start, end, expected, cumulative, invoices; with bands TRUE also P10 and P90), then Later, At risk, Disputed and Total open rows.
 * @customfunction CASHFORECAST
 * @helpurl https://ar-credit-desk.example.com/help.html#cashforecast
 * @param customers Customer names, e.g. A2:A200.
 * @param amounts Open amounts aligned with customers, e.g. B2:B200 (the balance left on a part-paid invoice); rows with a blank amount are skipped.
 * @param due_dates Due dates aligned with them, e.g. D2:D200.
 * @param paid_dates Paid dates aligned with them, blank while open, e.g. F2:F200; they also give each customer's payment habit.
 * @param as_of The forecast start date, e.g. DATE(2025,6,30) or TODAY().
 * @param [period_days] Days per period, a whole number from 1 up, e.g. 7 (the default, weekly) or 30.
 * @param [periods] Number of periods, a whole number from 1 up, e.g. 13 (the default: a quarter of weeks).
 * @param [at_risk_days] Invoices more than this many days past due are not forecast but shown as at risk, a whole number from 0 up, e.g. 90 (the default).
 * @param [statuses] Status per invoice aligned with amounts; disputed/争议 invoices are reported apart.
 * @param [method] "distribution" (the default): each invoice spread by its customer's spread of days late; or "point": each invoice on its due date plus the customer's average days late, as before.
 * @param [bands] TRUE adds P10 and P90 columns: a range the period's total falls in about 8 times out of 10 (below P10 one time in 10, above P90 one time in 10); FALSE (the default) keeps the five columns. Empty for method "point", which has no range.
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
  method?: any,
  bands?: any,
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
    method,
    bands,
  ) as any[][];
}

export const FORECAST_BACKTEST = defineFunction({
  id: "FORECASTBACKTEST",
  mode: "aggregate",
  spill: true,
  specs: [
    CUSTOMERS,
    AMOUNTS,
    DUE_DATES,
    PAID_DATES,
    // A blank invoice date is a row known from due − 30 (net 30), so the column reads blanks as null.
    { name: "invoice_dates", kind: "date", column: true, blankCells: true },
    AS_OF,
    PERIOD_DAYS,
    PERIODS,
    AT_RISK_DAYS,
    STATUSES,
    { name: "month_ends", kind: "number", optional: true, default: 12, whole: true, min: 1, example: "12" },
    { name: "language", kind: "language", optional: true, default: "en" },
  ] as const,
  compute: (
    customers,
    amountsCents,
    dueSerials,
    paidSerials,
    invoiceSerials,
    asOf,
    periodDays,
    periods,
    atRiskDays,
    statuses,
    monthEnds,
    language,
  ) => {
    const ledger = forecastLedger(customers, amountsCents, dueSerials, paidSerials, statuses);
    const backtest = backtestForecast(
      { ...ledger, invoiceSerials: invoiceSerials ?? amountsCents.map(() => null) },
      { asOf, periodDays, periods, atRiskDays, monthEnds, dateSystem: getDateSystem() },
    );
    if (isFailure(backtest)) return backtest;
    // A ratio without a denominator (nothing paid, no band scored) is an empty cell.
    return backtestTable(backtest, language).map((row) => row.map((cell) => cell ?? ""));
  },
});

/**
 * How well the cash-in forecast would have done on this ledger: at each of the last month_ends month-ends whose periods all end by as_of, the ledger is cut back to what was known then (invoices dated by then, later payments unknown), forecast three ways (AR.CASHFORECAST's distribution, the due date alone, and the average days late of method "point"), and compared with what was really paid in each period. Spills a header, one row per period of the horizon (week 1 = the week starting on the month-end) and an All weeks row: periods scored, amount collected, WAPE (the average miss as a share of what was collected, e.g. 0.19 = 19%) and bias (above 0: too much expected too soon) of each method, and how often the P10-P90 range held the amount collected (0.8 when it is right).
 * @customfunction FORECASTBACKTEST
 * @helpurl https://ar-credit-desk.example.com/help.html#forecastbacktest
 * @param customers Customer names, e.g. A2:A5000.
 * @param amounts Invoice amounts aligned with customers, paid or not, e.g. B2:B5000; rows with a blank amount are skipped.
 * @param due_dates Due dates aligned with them, e.g. D2:D5000.
 * @param paid_dates Paid dates aligned with them, blank while open, e.g. F2:F5000: the payments the forecasts are scored against.
 * @param invoice_dates Invoice dates aligned with them, e.g. C2:C5000: a row is known to the forecast from its invoice date on; a blank one is taken as the due date less 30 days.
 * @param as_of The date the history runs to, e.g. DATE(2025,6,30) or TODAY(); only periods ending by then are scored.
 * @param [period_days] Days per period, a whole number from 1 up, e.g. 7 (the default, weekly).
 * @param [periods] Periods forecast at each month-end, a whole number from 1 up, e.g. 13 (the default).
 * @param [at_risk_days] Invoices more than this many days past due are not forecast (but their payments count), a whole number from 0 up, e.g. 90 (the default).
 * @param [statuses] Status per invoice aligned with amounts; disputed/争议 invoices are not forecast (their payments count).
 * @param [month_ends] How many month-ends to re-run the forecast at, a whole number from 1 up, e.g. 12 (the default: a year).
 * @param [language] "en" (default) or "zh" for the headers.
 * @returns A table: ratios as fractions, empty where nothing was paid; Collected in the currency.
 */
export function forecastBacktest(
  customers: any[][],
  amounts: any[][],
  due_dates: any[][],
  paid_dates: any[][],
  invoice_dates: any[][],
  as_of: any,
  period_days?: any,
  periods?: any,
  at_risk_days?: any,
  statuses?: any[][],
  month_ends?: any,
  language?: any,
): any[][] {
  return FORECAST_BACKTEST.call(
    customers,
    amounts,
    due_dates,
    paid_dates,
    invoice_dates,
    as_of,
    period_days,
    periods,
    at_risk_days,
    statuses,
    month_ends,
    language,
  ) as any[][];
}
