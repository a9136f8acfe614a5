import { makeStyles, tokens } from "@fluentui/react-components";
import type { AgingBucketTotal } from "../../core/ledger/ledgerAnalysisTypes";

export interface AgingChartProps {
  buckets: readonly AgingBucketTotal[];
  /** What the chart says to a screen reader: every bucket with its amount. */
  label: string;
}

// The bars darken with age, as the scan's highlights do: current green through 91+ red.
const useStyles = makeStyles({
  svg: { display: "block", width: "100%", height: "auto" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  text: { fill: tokens.colorNeutralForeground2, fontSize: "10px", fontFamily: tokens.fontFamilyBase },
  b0: { fill: tokens.colorPaletteGreenBackground3 },
  b1: { fill: tokens.colorPaletteYellowBackground3 },
  b2: { fill: tokens.colorPaletteMarigoldBackground3 },
  b3: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  b4: { fill: tokens.colorPaletteRedBackground3 },
});

const WIDTH = 280,
  HEIGHT = 120,
  BASE = 100;

/**
 * The aging as a small bar chart: one bar per bucket, heights relative to the largest bucket
 * (negative buckets, from credit notes, draw no bar). One accessible image: the figures are in its
 * label and in the aging table beside it, so the drawing itself is hidden from screen readers.
 */
export function AgingChart({ buckets, label }: AgingChartProps) {
  const styles = useStyles();
  const colours = [styles.b0, styles.b1, styles.b2, styles.b3, styles.b4];
  const largest = Math.max(0, ...buckets.map((b) => b.amount));
  const slot = WIDTH / Math.max(1, buckets.length);
  const barWidth = slot * 0.6;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <g aria-hidden="true">
        {buckets.map((bucket, i) => {
          const height = largest > 0 ? (Math.max(0, bucket.amount) / largest) * (BASE - 8) : 0;
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={bucket.label}>
              <rect
                className={colours[Math.min(i, colours.length - 1)]}
                x={x}
                y={BASE - height}
                width={barWidth}
                height={height}
              />
              <text className={styles.text} x={i * slot + slot / 2} y={HEIGHT - 6} textAnchor="middle">
                {bucket.label}
              </text>
            </g>
          );
        })}
        <line className={styles.axis} x1={0} x2={WIDTH} y1={BASE} y2={BASE} />
      </g>
    </svg>
  );
}
