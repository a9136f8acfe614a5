import type { CashForecast, ForecastPeriod, ForecastRow } from "../core/forecast/cashForecast";
import type { BandPeriod, ProbabilisticForecast } from "../core/forecast/distribution/probabilisticForecast";
import { centsToNumber } from "../core/money/money";
import type { ExcelCell } from "./convert";

/* The table AR.CASHFORECAST spills, for either method. The first five columns are the same for
   both methods and for both settings of `bands`, so a workbook written before the band columns
   existed keeps its shape; the band columns come last, only when asked for. */

const FORECAST_HEADER = ["Period start", "Period end", "Expected", "Cumulative", "Invoices"];
const BAND_HEADER = ["P10", "P90"];

/** A probabilistic period carries its band; a point forecast's does not. */
function hasBand(period: ForecastPeriod): period is BandPeriod {
  return "p10Cents" in period;
}

/**
 * The forecast as a spill: header, one row per period (start, end, expected, cumulative,
 * invoices), then Later, At risk (>N days), Disputed and Total open. With `bands`, two more
 * columns: P10 and P90 of each period's total; empty on the summary rows (the core gives a band per
 * period only) and on every row of the point method, which has no band — an empty cell says so,
 * where P10 = P90 = expected would claim a certainty the method never had.
 *
 * @example
 * forecastSpill(forecast, false)[0] //=> ["Period start", "Period end", "Expected", "Cumulative", "Invoices"]
 */
export function forecastSpill(forecast: CashForecast | ProbabilisticForecast, bands: boolean): ExcelCell[][] {
  const money = (row: ForecastRow): ExcelCell[] => [
    centsToNumber(row.expectedCents),
    centsToNumber(row.cumulativeCents),
    row.invoices,
  ];
  const noBand: ExcelCell[] = bands ? ["", ""] : [];
  const band = (period: ForecastPeriod): ExcelCell[] =>
    bands && hasBand(period) ? [centsToNumber(period.p10Cents), centsToNumber(period.p90Cents)] : noBand;
  const summary = (label: string, row: ForecastRow): ExcelCell[] => [label, "", ...money(row), ...noBand];
  return [
    [...FORECAST_HEADER, ...(bands ? BAND_HEADER : [])],
    ...forecast.periods.map((period) => [period.startSerial, period.endSerial, ...money(period), ...band(period)]),
    summary("Later", forecast.later),
    summary(`At risk (>${forecast.atRiskDays} days)`, forecast.atRisk),
    summary("Disputed", forecast.disputed),
    summary("Total open", forecast.total),
  ];
}
