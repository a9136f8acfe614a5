import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { LedgerFreshness } from "../excel/ledgerWorkbook";
import { useMessages } from "./paneContext";

export interface StaleResultsBarProps {
  /** How the ledger changed since the scan; nothing renders for null. */
  stale: Extract<LedgerFreshness, { kind: "stale" }> | null;
  /** When the shown results were scanned ("14:05"). */
  scannedAt: string | null;
  onRescan: () => void;
  /** @default false */
  disabled?: boolean;
}

/** Says the scan's results are older than the ledger (rows edited, added or removed since) and offers Rescan. */
export function StaleResultsBar({ stale, scannedAt, onRescan, disabled = false }: StaleResultsBarProps) {
  const m = useMessages();
  if (stale === null) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{m.staleResults(stale.change, stale.rowsThen, stale.rowsNow, scannedAt ?? "")}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRescan} disabled={disabled}>
          {m.rescan}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
