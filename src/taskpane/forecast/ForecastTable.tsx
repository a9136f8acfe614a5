import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { formatIsoDate, type DateSystem } from "../../core/dates/excelSerial";
import type { ForecastPeriod, ForecastRow } from "../../core/forecast/cashForecast";
import type { BandPeriod } from "../../core/forecast/distribution/probabilisticForecast";
import { messageText } from "../../core/messages/message";
import { formatMoney } from "../../core/money/formatMoney";
import { useTableStyles } from "../useTableStyles";
import { FORECAST_MESSAGES } from "./forecastMessages";
import { FORECAST_TRACK_MESSAGES as TM } from "./forecastTrackMessages";

/** What the table shows of a forecast: the point forecast's rows, or the probabilistic one's with its bands. */
export interface ForecastRows {
  readonly periods: readonly (ForecastPeriod | BandPeriod)[];
  readonly later: ForecastRow;
  readonly atRisk: ForecastRow;
  readonly disputed: ForecastRow;
  readonly total: ForecastRow;
  readonly atRiskDays: number;
}

/** Whether every period carries a P10–P90 band (the probabilistic forecast). */
function hasBands(periods: readonly (ForecastPeriod | BandPeriod)[]): periods is readonly BandPeriod[] {
  return periods.length > 0 && periods.every((p) => "p10Cents" in p);
}

export interface ForecastTableProps {
  forecast: ForecastRows;
  currency: string;
  dateSystem: DateSystem;
  language: Language;
}

const useStyles = makeStyles({
  // Alignment comes from the shared cell style (start) and num (end).
  head: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The forecast as AR.CASHFORECAST spills it: one row per period, then Later, At risk, Disputed, Total
 * open. A probabilistic forecast adds the P10–P90 band of each week's total beside its expected
 * amount (the rows set apart have no band: their cell is empty).
 */
export function ForecastTable({ forecast, currency, dateSystem, language }: ForecastTableProps) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const t = FORECAST_MESSAGES[language];
  const iso = (serial: number) => formatIsoDate(serial, dateSystem);
  // The grouped number alone: the table is labelled with its currency.
  const money = (cents: number) => formatMoney(cents, currency, language, { display: "number" });
  const bands: readonly BandPeriod[] | null = hasBands(forecast.periods) ? forecast.periods : null;
  const band = (period?: BandPeriod) =>
    bands !== null && (
      <td className={`${styles.cell} ${styles.num}`}>
        {period && messageText(TM.bandRange({ low: money(period.p10Cents), high: money(period.p90Cents) }), language)}
      </td>
    );
  const figures = (row: ForecastRow, period?: BandPeriod) => (
    <>
      <td className={`${styles.cell} ${styles.num}`}>{money(row.expectedCents)}</td>
      {band(period)}
      <td className={`${styles.cell} ${styles.num}`}>{money(row.cumulativeCents)}</td>
      <td className={`${styles.cell} ${styles.num}`}>{row.invoices}</td>
    </>
  );
  const apart: [string, ForecastRow][] = [
    [t.later, forecast.later],
    [t.atRisk(forecast.atRiskDays), forecast.atRisk],
    [t.disputed, forecast.disputed],
    [t.totalOpen, forecast.total],
  ];
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={t.tableLabel(currency)}>
        <thead>
          <tr>
            {[t.start, t.end].map((h) => (
              <th key={h} scope="col" className={`${styles.cell} ${styles.head}`}>
                {h}
              </th>
            ))}
            {[t.expected, ...(bands !== null ? [messageText(TM.band(), language)] : []), t.cumulative, t.invoices].map((h) => (
              <th key={h} scope="col" className={`${styles.cell} ${styles.head} ${styles.num}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {forecast.periods.map((p, k) => (
            <tr key={p.startSerial}>
              <td className={styles.cell}>{iso(p.startSerial)}</td>
              <td className={styles.cell}>{iso(p.endSerial)}</td>
              {figures(p, bands?.[k])}
            </tr>
          ))}
          {apart.map(([label, row]) => (
            <tr key={label}>
              <th scope="row" colSpan={2} className={`${styles.cell} ${styles.head}`}>
                {label}
              </th>
              {figures(row)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
