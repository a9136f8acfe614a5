import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { failureText, isFailure } from "../../core/failure";
import { CASH_FORECAST_SPILL, cashForecastFormula } from "../../core/forecast/cashForecastFormula";
import { messageText, type Message } from "../../core/messages/message";
import { formatMoney } from "../../core/money/formatMoney";
import type { ForecastBlock } from "../../excel/ledgerWorkbook";
import type { Notice } from "../notice";
import { NoticeBar } from "../NoticeBar";
import { useMessages } from "../paneContext";
import type { ScanViewProps } from "../PaneViews";
import { useAsyncAction } from "../useAsyncAction";
import { ForecastChart } from "./ForecastChart";
import { ForecastTable, type ForecastRows } from "./ForecastTable";
import { ForecastTrackRecord } from "./ForecastTrackRecord";
import { FORECAST_MESSAGES } from "./forecastMessages";
import { FORECAST_TRACK_MESSAGES as TM } from "./forecastTrackMessages";
import { scanForecasts } from "./scanForecasts";

/** Which forecast the view shows: the distribution (AR.CASHFORECAST's default) or the previous point forecast. */
type Method = "distribution" | "point";

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
  // The two methods side by side, the second below the first where a narrow pane has no room.
  methods: { flexWrap: "wrap" },
});

/**
 * The Forecast view (taskpane spec §3b, issue #20): per currency the 13-week cash-in forecast of
 * AR.CASHFORECAST over the scanned ledger as a chart and a table — by default the probabilistic
 * forecast (the function's default method) with each week's P10–P90 band, or the previous point
 * forecast — the forecast's track record (its backtest at the last 12 month-ends, beside the naive
 * and the point forecast), the customers whose payment habit moves the most money, and `Insert
 * forecast`, which writes live AR.CASHFORECAST formulas (one per currency) on the AR Summary sheet.
 * Everything is computed once per scan (scanForecasts); switching the method only picks what to show.
 */
export function ForecastView({ workbook, language, scanned }: ScanViewProps) {
  const styles = useStyles();
  const t = FORECAST_MESSAGES[language];
  const text = (message: Message) => messageText(message, language);
  const { notice, busy, run } = useAsyncAction(useMessages());
  const [method, setMethod] = useState<Method>("distribution");
  // Once per scan (scanForecasts keeps it while the scan lives), never per render or per method.
  const computed = useMemo(() => (scanned === null ? null : scanForecasts(scanned)), [scanned]);

  if (scanned === null || computed === null)
    return (
      <div className={styles.root}>
        <Text>{t.scanFirst}</Text>
      </div>
    );
  const { distribution, point, backtests, drivers } = computed;
  if (isFailure(distribution) || isFailure(point) || isFailure(backtests) || isFailure(drivers)) {
    // The same options go to each, so the first failure says what is wrong for all.
    const failed = [distribution, point, backtests, drivers].find(isFailure);
    return (
      <div className={styles.root}>
        <Text>{failed === undefined ? "" : failureText(failed, language)}</Text>
      </div>
    );
  }
  const forecasts: ReadonlyMap<string, ForecastRows> = method === "point" ? point : distribution;

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
      {forecasts.size > 0 && (
        <Field label={text(TM.method())} hint={text(method === "point" ? TM.methodPointHint() : TM.methodDistributionHint())}>
          <RadioGroup
            className={styles.methods}
            layout="horizontal"
            value={method}
            onChange={(_, d) => setMethod(d.value === "point" ? "point" : "distribution")}
          >
            <Radio value="distribution" label={text(TM.methodDistribution())} />
            <Radio value="point" label={text(TM.methodPoint())} />
          </RadioGroup>
        </Field>
      )}
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
      {backtests.size > 0 && (
        <section className={styles.section} aria-label={text(TM.track())}>
          <Text as="h2" weight="semibold">
            {text(TM.track())}
          </Text>
          <Text size={200}>{text(TM.trackHint())}</Text>
          {[...backtests].map(([currency, backtest]) => (
            <section key={currency} className={styles.section} aria-label={text(TM.trackTable({ currency }))}>
              {currency !== "" && (
                <Text as="h3" weight="semibold">
                  {currency}
                </Text>
              )}
              <ForecastTrackRecord backtest={backtest} currency={currency} language={language} />
            </section>
          ))}
        </section>
      )}
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
