import { makeStyles, tokens } from "@fluentui/react-components";
import type { ForecastPeriod } from "../../core/forecast/cashForecast";
import type { BandPeriod } from "../../core/forecast/distribution/probabilisticForecast";

export interface ForecastChartProps {
  periods: readonly (ForecastPeriod | BandPeriod)[];
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
  band: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1.5 },
});

/**
 * The expected cash-in per period as bars (a small SVG sized for the 320 px pane, colours from
 * the theme's tokens). Only the shape is drawn: the figures are in the table below, and the chart
 * is one image for assistive technology, described by `label`. Weeks netting to a credit show no bar.
 * A probabilistic forecast's periods also draw their P10–P90 band as a thin line through the bar.
 */
export function ForecastChart({ periods, label }: ForecastChartProps) {
  const styles = useStyles();
  const top = (p: ForecastPeriod | BandPeriod) => ("p90Cents" in p ? Math.max(p.expectedCents, p.p90Cents) : p.expectedCents);
  const max = Math.max(1, ...periods.map(top));
  const slot = WIDTH / Math.max(1, periods.length);
  const y = (cents: number) => HEIGHT - 1 - (Math.max(0, cents) / max) * (HEIGHT - 2);
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {periods.map((p, k) => {
        const h = (Math.max(0, p.expectedCents) / max) * (HEIGHT - 2);
        const middle = k * slot + slot / 2;
        return (
          <g key={k}>
            <rect className={styles.bar} x={k * slot + GAP / 2} y={HEIGHT - 1 - h} width={slot - GAP} height={h} />
            {"p90Cents" in p && p.p90Cents > p.p10Cents && (
              <line className={styles.band} x1={middle} x2={middle} y1={y(p.p10Cents)} y2={y(p.p90Cents)} />
            )}
          </g>
        );
      })}
      <line className={styles.axis} x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} />
    </svg>
  );
}
