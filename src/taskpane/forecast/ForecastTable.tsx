import { makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { formatIsoDate, type DateSystem } from "../../core/dates/excelSerial";
import type { CashForecast, ForecastRow } from "../../core/forecast/cashForecast";
import { formatMoney } from "../../core/money/formatMoney";
import { useTableStyles } from "../useTableStyles";
import { FORECAST_MESSAGES } from "./forecastMessages";

export interface ForecastTableProps {
  forecast: CashForecast;
  currency: string;
  dateSystem: DateSystem;
  language: Language;
}

const useStyles = makeStyles({
  // Alignment comes from the shared cell style (start) and num (end).
  head: { fontWeight: tokens.fontWeightSemibold },
});

/** The forecast as AR.CASHFORECAST spills it: one row per period, then Later, At risk, Disputed, Total open. */
export function ForecastTable({ forecast, currency, dateSystem, language }: ForecastTableProps) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const t = FORECAST_MESSAGES[language];
  const iso = (serial: number) => formatIsoDate(serial, dateSystem);
  // The grouped number alone: the table is labelled with its currency.
  const money = (cents: number) => formatMoney(cents, currency, language, { display: "number" });
  const figures = (row: ForecastRow) => (
    <>
      <td className={`${styles.cell} ${styles.num}`}>{money(row.expectedCents)}</td>
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
            {[t.expected, t.cumulative, t.invoices].map((h) => (
              <th key={h} scope="col" className={`${styles.cell} ${styles.head} ${styles.num}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {forecast.periods.map((p) => (
            <tr key={p.startSerial}>
              <td className={styles.cell}>{iso(p.startSerial)}</td>
              <td className={styles.cell}>{iso(p.endSerial)}</td>
              {figures(p)}
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
