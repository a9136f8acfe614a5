import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { failureText, isFailure } from "../../core/failure";
import { CASH_FORECAST_SPILL, cashForecastFormula } from "../../core/forecast/cashForecastFormula";
import { cashForecastByCurrency } from "../../core/forecast/cashForecastByCurrency";
import { forecastDrivers } from "../../core/forecast/forecastDrivers";
import { forecastLedgerFromScan } from "../../core/forecast/forecastLedgerFromScan";
import { formatMoney } from "../../core/money/formatMoney";
import type { ForecastBlock } from "../../excel/ledgerWorkbook";
import type { Notice } from "../notice";
import { NoticeBar } from "../NoticeBar";
import { useMessages } from "../paneContext";
import type { ScanViewProps } from "../PaneViews";
import { useAsyncAction } from "../useAsyncAction";
import { ForecastChart } from "./ForecastChart";
import { ForecastTable } from "./ForecastTable";
import { FORECAST_MESSAGES } from "./forecastMessages";

/** How many customers the drivers list shows. */
const TOP_DRIVERS = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * The Forecast view (taskpane spec §3b): per currency the 13-week cash-in forecast of
 * AR.CASHFORECAST over the scanned ledger as a chart and a table, the customers whose payment
 * habit moves the most money, and `Insert forecast`, which writes live AR.CASHFORECAST formulas
 * (one per currency) on the AR Summary sheet.
 */
export function ForecastView({ workbook, language, scanned }: ScanViewProps) {
  const styles = useStyles();
  const t = FORECAST_MESSAGES[language];
  const { notice, busy, run } = useAsyncAction(useMessages());
  const computed = useMemo(() => {
    if (scanned === null) return null;
    const ledger = forecastLedgerFromScan(scanned);
    const options = { asOf: scanned.asOf };
    return {
      forecasts: cashForecastByCurrency(ledger, options),
      drivers: forecastDrivers(ledger, { ...options, top: TOP_DRIVERS }),
    };
  }, [scanned]);

  if (scanned === null || computed === null)
    return (
      <div className={styles.root}>
        <Text>{t.scanFirst}</Text>
      </div>
    );
  const { forecasts, drivers } = computed;
  if (isFailure(forecasts) || isFailure(drivers))
    return (
      <div className={styles.root}>
        <Text>
          {isFailure(forecasts) ? failureText(forecasts, language) : isFailure(drivers) ? failureText(drivers, language) : ""}
        </Text>
      </div>
    );

  // Every failure, the formula's or Excel's, ends as an error notice (useAsyncAction): none is swallowed.
  const insert = () =>
    run(
      async (): Promise<Notice> => {
        const blocks: ForecastBlock[] = [];
        for (const currency of forecasts.keys()) {
          const formula = cashForecastFormula(
            { ...scanned, rowCount: scanned.rows.length },
            scanned.mapping.currency === undefined ? undefined : currency,
          );
          if (isFailure(formula)) return { intent: "error", text: t.cannotInsert(failureText(formula, language)) };
          blocks.push({ title: t.insertTitle(currency), formula, ...CASH_FORECAST_SPILL });
        }
        const outcome = await workbook.insertForecast({ blocks, asOf: scanned.asOf, language });
        return outcome.kind === "done"
          ? { intent: "success", text: t.inserted(outcome.formulaCells.join(", ")) }
          : { intent: "warning", text: t.occupied(outcome.address, outcome.value) };
      },
      { clearNotice: true },
    );

  return (
    <div className={styles.root}>
      {forecasts.size === 0 && <Text>{t.nothingOpen}</Text>}
      {[...forecasts].map(([currency, forecast]) => {
        const horizon = forecast.periods[forecast.periods.length - 1]?.cumulativeCents ?? 0;
        return (
          <section key={currency} className={styles.section} aria-label={t.heading(currency)}>
            <Text as="h2" weight="semibold">
              {t.heading(currency)}
            </Text>
            <ForecastChart
              periods={forecast.periods}
              label={t.chartLabel(
                currency,
                forecast.periods.length,
                formatMoney(horizon, currency, language, { display: "number" }),
              )}
            />
            <ForecastTable forecast={forecast} currency={currency} dateSystem={scanned.dateSystem} language={language} />
          </section>
        );
      })}
      <section className={styles.section} aria-label={t.drivers}>
        <Text as="h2" weight="semibold">
          {t.drivers}
        </Text>
        <Text size={200}>{t.driversHint}</Text>
        {drivers.length === 0 ? (
          <Text>{t.noDrivers}</Text>
        ) : (
          <ol className={styles.list} aria-label={t.drivers}>
            {drivers.map((d) => (
              <li key={`${d.customer}\u0000${d.currency}`}>
                <Text weight="semibold">{d.customer}</Text>
                {d.currency ? ` (${d.currency})` : ""}: {t.habit(d.habitWholeDays, d.habitSource !== "own")} ·{" "}
                {t.moves(formatMoney(d.movedCents, d.currency, language, { display: "number" }), d.movedInvoices)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <div>
        <Button appearance="primary" disabled={busy || forecasts.size === 0} onClick={() => void insert()}>
          {busy ? t.inserting : t.insert}
        </Button>
      </div>
      <NoticeBar notice={notice} />
    </div>
  );
}
