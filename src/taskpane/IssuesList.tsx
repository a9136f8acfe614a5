import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AddressedIssue } from "../excel/ledgerWorkbook";
import { useMessages } from "./paneContext";

export interface IssuesListProps {
  issues: readonly AddressedIssue[];
  onSelectCell: (address: string) => void;
}

const MAX_SHOWN = 500;

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
});

/** Rows the scan could not read: the cell, the reason, and a button that selects the cell. */
export function IssuesList({ issues, onSelectCell }: IssuesListProps) {
  const styles = useStyles();
  const m = useMessages();
  if (issues.length === 0) return <Text>{m.noIssues}</Text>;
  return (
    <ul className={styles.list} aria-label={m.issues(issues.length)}>
      {issues.slice(0, MAX_SHOWN).map((issue) => (
        <li key={`${issue.address}-${issue.rowIndex}-${issue.field}`} className={styles.item}>
          <span className={styles.text}>
            <Text weight="semibold">{issue.address}</Text>
            <Text size={200}>{issue.reason}</Text>
          </span>
          <Button size="small" onClick={() => onSelectCell(issue.address)} aria-label={`${m.selectCell} ${issue.address}`}>
            {m.selectCell}
          </Button>
        </li>
      ))}
    </ul>
  );
}
