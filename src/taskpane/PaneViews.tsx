import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Language } from "../core/dunning/dunningLanguage";
import type { LedgerWorkbook, ScannedLedger } from "../excel/ledgerWorkbook";
import { LedgerDesk } from "./LedgerDesk";
import { useMessages } from "./paneContext";

export interface PaneViewsProps {
  workbook: LedgerWorkbook;
  language: Language;
  /**
   * The language the user picked in this session.
   * @default null
   */
  pickedLanguage?: Language | null;
  onSavedLanguage?: (language: Language) => void;
}

/** What every view after the scan receives: the port and the last scan's ledger (null before a scan). */
export interface ScanViewProps {
  workbook: LedgerWorkbook;
  language: Language;
  scanned: ScannedLedger | null;
}

/**
 * A view of the pane besides the scan: its tab label (from the message catalogue) and its content.
 * Views are listed here once; each lives in its own folder and computes with src/core only.
 */
interface PaneView {
  readonly id: string;
  readonly label: (m: ReturnType<typeof useMessages>) => string;
  readonly render: (props: ScanViewProps) => ReactNode;
}

const VIEWS: readonly PaneView[] = [];

const useStyles = makeStyles({
  tabs: { paddingInline: tokens.spacingHorizontalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/**
 * The pane's top level: the scan desk first, then the views that build on a scan. The desk stays
 * mounted while another view shows, so a running scan keeps its progress and cancel.
 */
export function PaneViews({ workbook, language, pickedLanguage = null, onSavedLanguage }: PaneViewsProps) {
  const styles = useStyles();
  const m = useMessages();
  const [view, setView] = useState<string>("scan");
  const [scanned, setScanned] = useState<ScannedLedger | null>(null);
  const current = VIEWS.find((v) => v.id === view);
  return (
    <>
      {VIEWS.length > 0 && (
        <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, d) => setView(String(d.value))}>
          <Tab value="scan">{m.scanView}</Tab>
          {VIEWS.map((v) => (
            <Tab key={v.id} value={v.id}>
              {v.label(m)}
            </Tab>
          ))}
        </TabList>
      )}
      <div hidden={current !== undefined}>
        <LedgerDesk
          workbook={workbook}
          language={language}
          pickedLanguage={pickedLanguage}
          onSavedLanguage={onSavedLanguage}
          onScanned={setScanned}
        />
      </div>
      {current?.render({ workbook, language, scanned })}
    </>
  );
}
