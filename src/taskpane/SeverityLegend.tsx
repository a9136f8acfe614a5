import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_FILLS, HIGHLIGHT_ORDER } from "../excel/ledgerWorkbook";
import { useMessages } from "./paneContext";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: {
    width: "14px",
    height: "14px",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

/**
 * The legend of the sheet's highlights. The swatches show the fills painted in the workbook
 * (HIGHLIGHT_FILLS): cell colours are data here, not theme colours, so they are the same in light
 * and dark mode, as they are in the sheet.
 */
export function SeverityLegend() {
  const styles = useStyles();
  const m = useMessages();
  const bands = [...HIGHLIGHT_ORDER].reverse();
  return (
    <section aria-label={m.legend}>
      <Text weight="semibold">{m.legend}</Text>
      <ul className={styles.list}>
        {bands.map((band) => (
          <li key={band} className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: HIGHLIGHT_FILLS[band] }} aria-hidden="true" />
            <Text size={200}>{m.bands[band]}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
