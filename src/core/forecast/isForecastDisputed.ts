/**
 * The status words AR.CASHFORECAST reports on its Disputed row (trimmed, case-insensitive). Kept to
 * the spec's words: dunningStatus also reads "in dispute", but the forecast's published behaviour
 * does not, and the forecast and its drivers must agree on which rows stand apart.
 */
const DISPUTED_WORDS: ReadonlySet<string> = new Set(["disputed", "dispute", "争议", "有争议"]);

/**
 * Whether a row's status takes it out of the cash-in forecast onto the Disputed row. One list for
 * cashForecast and forecastDrivers, so the drivers leave out exactly the rows the forecast sets apart.
 *
 * @param status - the status cell; null or undefined for none
 * @returns true for disputed/dispute/争议/有争议 in any case with surrounding spaces
 *
 * @example
 * isForecastDisputed(" Dispute ") //=> true
 */
export function isForecastDisputed(status: string | null | undefined): boolean {
  return !!status && DISPUTED_WORDS.has(status.trim().toLowerCase());
}
