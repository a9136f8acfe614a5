import type { Language } from "../../language";
import { messageText } from "../../messages/message";
import type { BacktestRow, ForecastBacktest } from "./backtest";
import { BACKTEST_MESSAGES as M } from "./backtestMessages";

/** A cell of the backtest table: text, a number, or null where a ratio has no denominator (nothing was paid). */
export type BacktestCell = string | number | null;

const HEADER_KEYS = [
  M.week,
  M.cells,
  M.actual,
  M.wapeProbabilistic,
  M.wapeNaive,
  M.wapePoint,
  M.biasProbabilistic,
  M.biasNaive,
  M.biasPoint,
  M.coverage,
] as const;

/**
 * The backtest as the table a function spills or a view shows: a header, one row per horizon week
 * (1 … periods), then "All weeks". Collected is in currency units (cents / 100); WAPE, bias and
 * coverage are fractions (0.25 = 25%), null where nothing was paid (WAPE, bias) or no band was scored.
 *
 * @example
 * backtestTable(backtest, "en")[0][3] //=> "WAPE, distribution"
 */
export function backtestTable(backtest: ForecastBacktest, language: Language): BacktestCell[][] {
  const header = HEADER_KEYS.map((make) => messageText(make(), language));
  const row = (label: BacktestCell, r: BacktestRow): BacktestCell[] => [
    label,
    r.cells,
    r.actualCents / 100,
    r.probabilistic.wape,
    r.naive.wape,
    r.point.wape,
    r.probabilistic.bias,
    r.naive.bias,
    r.point.bias,
    r.coverage,
  ];
  return [header, ...backtest.periods.map((r) => row(r.period, r)), row(messageText(M.allWeeks(), language), backtest.overall)];
}
