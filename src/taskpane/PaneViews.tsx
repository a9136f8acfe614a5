import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { Language } from "../core/language";
import { messageText } from "../core/messages/message";
import type { LedgerWorkbook, ScannedLedger } from "../excel/ledgerWorkbook";
import { DashboardView } from "./dashboard/DashboardView";
import { DASHBOARD_MESSAGES } from "./dashboard/dashboardMessages";
import { FinancingView } from "./financing/FinancingView";
import { FINANCING_MESSAGES } from "./financing/financingMessages";
import { ForecastView } from "./forecast/ForecastView";
import { FORECAST_MESSAGES } from "./forecast/forecastMessages";
import { handOffDateSystem } from "./functionsHandoff";
import { LedgerDesk } from "./LedgerDesk";
import { useMessages } from "./paneContext";
import { ProvisionView } from "./provision/ProvisionView";
import { PROVISION_VIEW_MESSAGES } from "./provision/provisionViewMessages";
import { RemindersView } from "./reminders/RemindersView";
import { REMINDERS_MESSAGES } from "./reminders/remindersMessages";
import { TodayView } from "./today/TodayView";
import { TODAY_VIEW_MESSAGES } from "./today/todayViewMessages";

export interface PaneViewsProps {
  workbook: LedgerWorkbook;
  language: Language;
  /**
   * The language the user picked in this session.
   * @default null
   */
  pickedLanguage?: Language | null;
  onSavedLanguage?: (language: Language) => void;
  /**
   * Office's display language, e.g. "en-US" (for the date order the scan desk suggests).
   * @default undefined
   */
  displayLanguage?: string;
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
  readonly label: (m: ReturnType<typeof useMessages>, language: Language) => string;
  readonly render: (props: ScanViewProps, nav: ViewNavigation) => ReactNode;
}

/** How one view sends the analyst to another: Today's "Draft letter" opens Reminders on one customer. */
interface ViewNavigation {
  /** Switches to the Reminders view showing only this customer's drafts. */
  readonly draftLetterFor: (customer: string) => void;
  /** The customer the Reminders view is focused on; null shows every customer. */
  readonly focusCustomer: string | null;
  readonly clearFocus: () => void;
}

const VIEWS: readonly PaneView[] = [
  {
    id: "today",
    label: (_m, language) => messageText(TODAY_VIEW_MESSAGES.tab(), language),
    render: (props, nav) => <TodayView {...props} onDraftLetter={nav.draftLetterFor} />,
  },
  { id: "dashboard", label: (_m, language) => DASHBOARD_MESSAGES[language].tab, render: (props) => <DashboardView {...props} /> },
  {
    id: "reminders",
    label: (_m, language) => REMINDERS_MESSAGES[language].tab,
    render: (props, nav) => <RemindersView {...props} focusCustomer={nav.focusCustomer} onClearFocus={nav.clearFocus} />,
  },
  { id: "forecast", label: (_m, language) => FORECAST_MESSAGES[language].tab, render: (props) => <ForecastView {...props} /> },
  {
    id: "provision",
    label: (_m, language) => messageText(PROVISION_VIEW_MESSAGES.tab(), language),
    render: (props) => <ProvisionView {...props} />,
  },
  { id: "financing", label: (_m, language) => FINANCING_MESSAGES[language].tab, render: (props) => <FinancingView {...props} /> },
];

const useStyles = makeStyles({
  // The tabs wrap to a second line rather than run off a 320 px pane (Excel's narrowest), where
  // seven tabs need well over 450 px: every view stays one click away, none behind a scroll.
  tabs: {
    flexWrap: "wrap",
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * The pane's top level: the scan desk first, then the views that build on a scan. The desk stays
 * mounted while another view shows, so a running scan keeps its progress and cancel.
 */
export function PaneViews({ workbook, language, pickedLanguage = null, onSavedLanguage, displayLanguage }: PaneViewsProps) {
  const styles = useStyles();
  const m = useMessages();
  const [view, setView] = useState<string>("scan");
  const [scanned, setScanned] = useState<ScannedLedger | null>(null);
  // Set by Today's "Draft letter"; choosing a tab by hand shows every customer again.
  const [focusCustomer, setFocusCustomer] = useState<string | null>(null);
  const nav: ViewNavigation = {
    draftLetterFor: (customer) => {
      setFocusCustomer(customer);
      setView("reminders");
    },
    focusCustomer,
    clearFocus: () => setFocusCustomer(null),
  };
  // Each scan reads the workbook's date system afresh; the AR.* functions share this runtime and
  // must read serials the same way, even if the start-up probe could not tell (functionsHandoff).
  useEffect(() => {
    if (scanned) handOffDateSystem(scanned.dateSystem);
  }, [scanned]);
  const current = VIEWS.find((v) => v.id === view);
  return (
    <>
      {VIEWS.length > 0 && (
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={view}
          onTabSelect={(_, d) => {
            setFocusCustomer(null);
            setView(String(d.value));
          }}
        >
          <Tab value="scan">{m.scanView}</Tab>
          {VIEWS.map((v) => (
            <Tab key={v.id} value={v.id}>
              {v.label(m, language)}
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
          displayLanguage={displayLanguage}
          onScanned={setScanned}
        />
      </div>
      {current?.render({ workbook, language, scanned }, nav)}
    </>
  );
}
