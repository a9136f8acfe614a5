import type { Result } from "../../core/failure";
import type { CashForecast } from "../../core/forecast/cashForecast";
import {
  backtestByCurrency,
  cashForecastByCurrency,
  probabilisticForecastByCurrency,
} from "../../core/forecast/cashForecastByCurrency";
import type { ForecastBacktest } from "../../core/forecast/distribution/backtest";
import type { ProbabilisticForecast } from "../../core/forecast/distribution/probabilisticForecast";
import { forecastDrivers, type ForecastDriver } from "../../core/forecast/forecastDrivers";
import { forecastLedgerFromScan } from "../../core/forecast/forecastLedgerFromScan";
import type { ScannedLedger } from "../../excel/ledgerWorkbook";

/** How many customers the drivers list shows. */
const TOP_DRIVERS = 8;

/** Everything the Forecast view shows of one scan, per currency. */
export interface ScanForecasts {
  /** The probabilistic forecast: AR.CASHFORECAST's default method. */
  readonly distribution: Result<Map<string, ProbabilisticForecast>>;
  /** The previous point forecast (method "point"). */
  readonly point: Result<Map<string, CashForecast>>;
  /** The forecast's track record at the last 12 month-ends. */
  readonly backtests: Result<Map<string, ForecastBacktest>>;
  readonly drivers: Result<ForecastDriver[]>;
}

// One computation per scan, not per mount: the pane mounts a view each time its tab is opened, and
// the backtest of a full sheet takes a second or two. A new scan is a new object, so it recomputes.
const computed = new WeakMap<ScannedLedger, ScanForecasts>();

/**
 * The forecasts, track records and drivers of a scan with the functions' defaults (weekly, 13
 * periods, 12 month-ends), computed once per scan and kept as long as the scan is.
 */
export function scanForecasts(scanned: ScannedLedger): ScanForecasts {
  const known = computed.get(scanned);
  if (known) return known;
  const ledger = forecastLedgerFromScan(scanned);
  const options = { asOf: scanned.asOf };
  const result: ScanForecasts = {
    distribution: probabilisticForecastByCurrency(ledger, options),
    point: cashForecastByCurrency(ledger, options),
    backtests: backtestByCurrency(ledger, { ...options, dateSystem: scanned.dateSystem }),
    drivers: forecastDrivers(ledger, { ...options, top: TOP_DRIVERS }),
  };
  computed.set(scanned, result);
  return result;
}
