import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The pane's compact data-table look, shared by the forecast and financing tables: a horizontally
 * scrolling wrapper, a full-width collapsed table, thin-ruled unwrapped cells aligned to the start,
 * and `num` for right-aligned tabular figures (after `cell`, so it wins the alignment).
 *
 * @example
 * const styles = useTableStyles();
 * <td className={`${styles.cell} ${styles.num}`}>1,234.56</td> //=> a right-aligned figure cell
 */
export const useTableStyles = makeStyles({
  wrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    textAlign: "start",
  },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});
