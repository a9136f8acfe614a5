import { makeStyles, tokens } from "@fluentui/react-components";
import type { ForecastPeriod } from "../../core/forecast/cashForecast";

export interface ForecastChartProps {
  periods: readonly ForecastPeriod[];
  /** What a screen reader hears instead of the bars. */
  label: string;
}

const WIDTH = 288;
const HEIGHT = 96;
const GAP = 2;

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", maxWidth: `${WIDTH}px`, height: "auto" },
  bar: { fill: tokens.colorBrandBackground },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
});

/**
 * The expected cash-in per period as bars (a small SVG sized for the 320 px pane, colours from
 * the theme's tokens). Only the shape is drawn: the figures are in the table below, and the chart
 * is one image for assistive technology, described by `label`. Weeks netting to a credit show no bar.
 */
export function ForecastChart({ periods, label }: ForecastChartProps) {
  const styles = useStyles();
  const max = Math.max(1, ...periods.map((p) => p.expectedCents));
  const slot = WIDTH / Math.max(1, periods.length);
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {periods.map((p, k) => {
        const h = (Math.max(0, p.expectedCents) / max) * (HEIGHT - 2);
        return <rect key={k} className={styles.bar} x={k * slot + GAP / 2} y={HEIGHT - 1 - h} width={slot - GAP} height={h} />;
      })}
      <line className={styles.axis} x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} />
    </svg>
  );
}
