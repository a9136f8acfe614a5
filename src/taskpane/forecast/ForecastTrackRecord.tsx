import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ForecastBacktest, MethodScore } from "../../core/forecast/distribution/backtest";
import type { Language } from "../../core/language";
import { messageText, type Message } from "../../core/messages/message";
import { formatPercent } from "../../core/money/formatMoney";
import { useTableStyles } from "../useTableStyles";
import { FORECAST_TRACK_MESSAGES as M } from "./forecastTrackMessages";

export interface ForecastTrackRecordProps {
  backtest: ForecastBacktest;
  currency: string;
  language: Language;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  head: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * How good the forecast has been on this ledger: the backtest's overall row (backtestForecast,
 * computed by the view once per scan) as one sentence — how far the weekly forecast missed, and
 * how often the P10–P90 band held what was paid — and a small table of WAPE and bias beside the
 * two simpler forecasts, so the analyst sees what the distribution gains. When nothing was paid in
 * the scored weeks there is nothing to score: a sentence says so and no table is shown.
 */
export function ForecastTrackRecord({ backtest, currency, language }: ForecastTrackRecordProps) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const text = (message: Message) => messageText(message, language);
  const percent = (ratio: number | null) => (ratio === null ? text(M.noFigure()) : formatPercent(ratio, language, 0));
  // A bias above zero gets its plus sign: "+8%" expected too much, "-8%" too little.
  const signed = (ratio: number | null) => {
    const shown = percent(ratio);
    return ratio !== null && ratio > 0 && shown !== formatPercent(0, language, 0) ? `+${shown}` : shown;
  };
  const { overall } = backtest;
  const wape = overall.probabilistic.wape;
  if (wape === null)
    return (
      <Text size={200}>{text(M.notEnoughHistory({ monthEnds: backtest.monthEnds.length, weeks: backtest.periods.length }))}</Text>
    );
  // The sentence counts the month-ends that had something open: one before the ledger's first
  // invoices scored nothing, and "over the last 12" would claim a track record it does not have.
  const monthEnds = backtest.monthEndsWithBook;
  const sentence =
    overall.coverage === null
      ? M.trackSentenceNoBand({ monthEnds, wape: percent(wape) })
      : M.trackSentence({
          monthEnds,
          wape: percent(wape),
          nominal: percent(backtest.nominalCoverage),
          coverage: percent(overall.coverage),
        });
  const rows: [string, MethodScore][] = [
    [text(M.rowDistribution()), overall.probabilistic],
    [text(M.rowNaive()), overall.naive],
    [text(M.rowPoint()), overall.point],
  ];
  return (
    <div className={styles.root}>
      <Text>{text(sentence)}</Text>
      <div className={styles.wrap}>
        <table className={styles.table} aria-label={text(M.trackTable({ currency }))}>
          <thead>
            <tr>
              <th scope="col" className={`${styles.cell} ${styles.head}`}>
                {text(M.methodColumn())}
              </th>
              {[text(M.missedBy()), text(M.bias())].map((h) => (
                <th key={h} scope="col" className={`${styles.cell} ${styles.head} ${styles.num}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, score]) => (
              <tr key={label}>
                <th scope="row" className={`${styles.cell} ${styles.head}`}>
                  {label}
                </th>
                <td className={`${styles.cell} ${styles.num}`}>{percent(score.wape)}</td>
                <td className={`${styles.cell} ${styles.num}`}>{signed(score.bias)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
