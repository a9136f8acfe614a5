import { Button, Divider, ProgressBar, Tab, TabList, Field, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Language } from "../core/language";
import type { LedgerWorkbook, ScannedLedger } from "../excel/ledgerWorkbook";
import { CustomerList } from "./CustomerList";
import { DATE_ORDER_QUESTION, DateOrderQuestion, likelyDateOrder } from "./DateOrderQuestion";
import { IssuesList } from "./IssuesList";
import { LedgerSection } from "./LedgerSection";
import { NoticeBar } from "./NoticeBar";
import { useMessages } from "./paneContext";
import { ScanReadings } from "./ScanReadings";
import { ScanSettingsSection } from "./ScanSettingsSection";
import { SeverityLegend } from "./SeverityLegend";
import { StaleResultsBar } from "./StaleResultsBar";
import { useLedgerDesk } from "./useLedgerDesk";
import { AsOfConfirm, useAsOfGate } from "./AsOfConfirm";

export interface LedgerDeskProps {
  workbook: LedgerWorkbook;
  language: Language;
  /**
   * The language the user picked in this session, saved with the workbook's pane settings.
   * @default null
   */
  pickedLanguage?: Language | null;
  /**
   * Office's display language (e.g. "en-US"): the date order the pane suggests when a file's dates
   * read either way (month first for en-US, else day first).
   * @default undefined
   */
  displayLanguage?: string;
  /** Called with the language saved in the workbook, when there is one. */
  onSavedLanguage?: (language: Language) => void;
  /** Called after each completed scan with what it read and computed (the other views build on it). */
  onScanned?: (ledger: ScannedLedger | null) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

/** The scan workflow: ledger, settings, Scan/Clear with progress and cancel, legend, customers and issues. */
export function LedgerDesk(props: LedgerDeskProps) {
  const { workbook, language, pickedLanguage = null, displayLanguage, onSavedLanguage, onScanned } = props;
  const styles = useStyles();
  const m = useMessages();
  const desk = useLedgerDesk(workbook, m, language, onSavedLanguage);
  const { updateSettings } = desk;
  const savedLanguage = desk.state.settings.language;
  useEffect(() => {
    if (pickedLanguage && pickedLanguage !== savedLanguage) updateSettings({ language: pickedLanguage });
  }, [pickedLanguage, savedLanguage, updateSettings]);
  const { settings, location, asOfIso, resultColumn, busy, outcome, notice, stale, scannedAt } = desk.state;
  const [tab, setTab] = useState<"customers" | "issues">("customers");
  const scanned = outcome?.ledger ?? null;
  const asOfGate = useAsOfGate(asOfIso, scanned);
  useEffect(() => onScanned?.(scanned), [scanned, onScanned]);
  const running = busy !== null;
  const dateQuestions = outcome?.questions.filter((q) => q.key === DATE_ORDER_QUESTION) ?? [];
  return (
    <div className={styles.root}>
      <LedgerSection
        location={location}
        overrides={settings.mappingOverrides}
        disabled={running}
        onFind={(address) => {
          if (address !== undefined) desk.updateSettings({ ledgerAddress: address });
          void desk.findLedger(address);
        }}
        onMappingChange={(mappingOverrides) => desk.updateSettings({ mappingOverrides })}
      />
      <Divider />
      <ScanSettingsSection
        settings={settings}
        asOfIso={asOfIso}
        resultColumn={resultColumn}
        disabled={running}
        onSettingsChange={desk.updateSettings}
        onAsOfChange={desk.setAsOfIso}
        onResultColumnChange={desk.setResultColumn}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => asOfGate.request(() => void desk.scan())} disabled={running || !location}>
          {m.scan}
        </Button>
        <Button onClick={() => void desk.clear()} disabled={running}>
          {m.clear}
        </Button>
        {busy && busy.phase !== "clearing" && <Button onClick={desk.cancel}>{m.cancel}</Button>}
      </div>
      {busy && (
        <Field validationMessage={m.phase[busy.phase]} validationState="none">
          <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} aria-label={m.phase[busy.phase]} />
        </Field>
      )}
      <AsOfConfirm gate={asOfGate} language={language} />
      <NoticeBar notice={notice} />
      <StaleResultsBar stale={stale} scannedAt={scannedAt} disabled={running} onRescan={() => void desk.rescan()} />
      {outcome && dateQuestions.length > 0 && (
        <DateOrderQuestion
          // A new scan's question starts again from the likely order.
          key={outcome.resultAddress + outcome.asOfIso}
          questions={dateQuestions}
          language={language}
          likely={likelyDateOrder(displayLanguage)}
          disabled={running}
          onConfirm={(order) => void desk.answerDateOrder(order)}
        />
      )}
      {outcome && (
        <ScanReadings
          readings={outcome.readings}
          questions={outcome.questions.filter((q) => q.key !== DATE_ORDER_QUESTION)}
          skipped={outcome.skipped}
          language={language}
        />
      )}
      <SeverityLegend />
      {outcome && (
        <>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)}>
            <Tab value="customers">{m.customers}</Tab>
            <Tab value="issues">{m.issues(outcome.issues.length)}</Tab>
          </TabList>
          {tab === "customers" ? (
            <CustomerList customers={outcome.customers} language={language} workbook={workbook} scanned={scanned} />
          ) : (
            <IssuesList issues={outcome.issues} onSelectCell={(address) => void desk.selectCell(address)} />
          )}
        </>
      )}
    </div>
  );
}
