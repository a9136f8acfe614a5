import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { dashboardFigures } from "../../core/dashboard/dashboardFigures";
import { isFailure } from "../../core/failure";
import { messageText } from "../../core/messages/message";
import type { ReportOutcome } from "../../excel/ledgerWorkbook";
import type { Notice } from "../notice";
import { NoticeBar } from "../NoticeBar";
import { useMessages } from "../paneContext";
import type { ScanViewProps } from "../PaneViews";
import { useAsyncAction } from "../useAsyncAction";
import { CurrencyPanel } from "./CurrencyPanel";
import { DASHBOARD_MESSAGES } from "./dashboardMessages";

/** Largest customer's share above which concentration is flagged (spec: over 20%). */
const CONCENTRATION_FLAG = 0.2;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
});

/**
 * The dashboard of the last scan, per currency (currencies are never added together): figures
 * from dashboardFigures over the scanned rows, a trailing window the user can change, and
 * `Insert report`, which writes the live AR Summary sheet through the workbook port.
 */
export function DashboardView({ workbook, language, scanned }: ScanViewProps) {
  const styles = useStyles();
  const shared = useMessages();
  const t = DASHBOARD_MESSAGES[language];
  const [daysText, setDaysText] = useState("90");
  const { notice, busy, run } = useAsyncAction(shared);
  const trailingDays = Number(daysText);
  const figures = useMemo(
    () =>
      scanned === null
        ? null
        : dashboardFigures(scanned.rows, scanned.analysis, scanned.mapping, {
            asOf: scanned.asOf,
            trailingDays,
            concentrationFlag: CONCENTRATION_FLAG,
          }),
    [scanned, trailingDays],
  );

  if (scanned === null || figures === null) {
    return (
      <div className={styles.root}>
        <Text>{t.scanFirst}</Text>
      </div>
    );
  }
  // Only the trailing days can make the figures fail (the other options are fixed here).
  const invalid = isFailure(figures) || daysText.trim() === "" ? t.trailingInvalid : null;

  const insert = () =>
    run(
      async (): Promise<Notice | undefined> => {
        if (isFailure(figures)) return undefined;
        const outcome: ReportOutcome = await workbook.insertReport({
          ledger: scanned,
          trailingDays,
          concentrationFlag: CONCENTRATION_FLAG,
          // A short table: each currency's top overdue customers, as the dashboard lists them.
          customers: figures.flatMap((f) => f.topOverdue.map((c) => ({ customer: c.customer, currency: c.currency }))),
          language,
        });
        if (outcome.kind === "done") return { intent: "success", text: t.reportDone(outcome.sheet, outcome.refreshed) };
        if (outcome.kind === "occupied") return { intent: "warning", text: t.reportOccupied(outcome.address, outcome.value) };
        return { intent: "error", text: t.reportInvalid(messageText(outcome.text, language)) };
      },
      { clearNotice: true },
    );

  return (
    <div className={styles.root}>
      <Field
        label={t.trailingDays}
        hint={t.trailingHint}
        validationState={invalid === null ? "none" : "error"}
        validationMessage={invalid ?? undefined}
      >
        <Input type="number" min={1} step={1} value={daysText} onChange={(_, d) => setDaysText(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || invalid !== null} onClick={() => void insert()}>
          {t.insertReport}
        </Button>
        {busy && <Spinner size="tiny" label={t.inserting} />}
      </div>
      <NoticeBar notice={notice} />
      {!isFailure(figures) &&
        figures.map((f) => (
          <CurrencyPanel
            key={f.currency}
            figures={f}
            language={language}
            dateSystem={scanned.dateSystem}
            messages={t}
            concentrationFlag={CONCENTRATION_FLAG}
          />
        ))}
    </div>
  );
}
