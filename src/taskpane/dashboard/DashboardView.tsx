import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { collectionKpis } from "../../core/activity/collectionKpis";
import { dashboardFigures } from "../../core/dashboard/dashboardFigures";
import { dashboardScope } from "../../core/dashboard/dashboardScope";
import { formatLetterDate } from "../../core/letters/formatLetterDate";
import { isFailure } from "../../core/failure";
import { messageText } from "../../core/messages/message";
import type { ReportOutcome } from "../../excel/ledgerWorkbook";
import type { Notice } from "../notice";
import { NoticeBar } from "../NoticeBar";
import { NumberField } from "../NumberField";
import { numberOrNull } from "../numberFieldText";
import { useMessages } from "../paneContext";
import type { ScanViewProps } from "../PaneViews";
import { useAsyncAction } from "../useAsyncAction";
import { CollectionKpis } from "./CollectionKpis";
import { CurrencyPanel } from "./CurrencyPanel";
import { DASHBOARD_MESSAGES } from "./dashboardMessages";

/** The trailing window is whole days, at least one. */
const TRAILING_RULE = { min: 1, whole: true } as const;

/** Largest customer's share above which concentration is flagged (spec: over 20%). */
const CONCENTRATION_FLAG = 0.2;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  scope: { display: "flex", flexDirection: "column" },
});

/**
 * The dashboard of the last scan, per currency (currencies are never added together): its as-of
 * date and the rows it left out (those listed in Issues) first, then figures from
 * dashboardFigures over the scanned rows, a trailing window the user can change, and
 * `Insert report`, which writes the live AR Summary sheet through the workbook port.
 */
export function DashboardView({ workbook, language, scanned }: ScanViewProps) {
  const styles = useStyles();
  const shared = useMessages();
  const t = DASHBOARD_MESSAGES[language];
  const [daysText, setDaysText] = useState("90");
  const { notice, busy, run } = useAsyncAction(shared);
  // A refused text gives no window (NaN): the figures then fail and Insert report stays disabled.
  const trailingDays = numberOrNull(daysText, TRAILING_RULE) ?? Number.NaN;
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
  // The collection KPIs of the register the scan read (null: no register yet), as of the scan's day.
  const kpis = useMemo(
    () =>
      scanned?.activity === undefined || scanned.activity === null
        ? null
        : collectionKpis(scanned.activity.entries, scanned.analysis, scanned.asOf, scanned.promiseGraceDays),
    [scanned],
  );

  if (scanned === null || figures === null) {
    return (
      <div className={styles.root}>
        <Text>{t.scanFirst}</Text>
      </div>
    );
  }
  // What the figures stand on: the scan's as-of date and the rows left out of them (Issues).
  const scope = dashboardScope(scanned.analysis, scanned.asOf);
  const asOfText = t.asOfLine(formatLetterDate(scope.asOf, language, scanned.dateSystem));
  // Only the trailing days can make the figures fail (the other options are fixed here).
  const invalid = isFailure(figures) || Number.isNaN(trailingDays) ? t.trailingInvalid : null;

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
      <section className={styles.scope} aria-label={asOfText}>
        <Text weight="semibold">{asOfText}</Text>
        <Text size={200}>{t.rowsScope(scope.rowsCounted, scope.rowsLeftOut)}</Text>
      </section>
      <NumberField
        label={t.trailingDays}
        hint={t.trailingHint}
        rule={TRAILING_RULE}
        language={language}
        value={numberOrNull(daysText, TRAILING_RULE)}
        error={invalid ?? undefined}
        onValueChange={(_value, text) => setDaysText(text)}
      />
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
      {/* Only once the scan has read the register or found none (a scan that did not look leaves it undefined). */}
      {scanned.activity !== undefined && (
        <CollectionKpis
          kpis={kpis}
          rowsLeftOut={scanned.activity?.issues.length ?? 0}
          language={language}
          dateSystem={scanned.dateSystem}
          messages={t}
        />
      )}
    </div>
  );
}
