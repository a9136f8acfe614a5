import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useDeferredValue, useMemo, useState } from "react";
import { formatIsoDate } from "../../core/dates/excelSerial";
import { failureText, isFailure } from "../../core/failure";
import { historyLedgersFromScan } from "../../core/history/historyLedgerFromScan";
import { provisionMatrix } from "../../core/history/provisionMatrix";
import { messageText, type Message } from "../../core/messages/message";
import type { Notice } from "../notice";
import { NoticeBar } from "../NoticeBar";
import { NumberField } from "../NumberField";
import type { NumberRule } from "../numberFieldText";
import { useMessages } from "../paneContext";
import type { ScanViewProps } from "../PaneViews";
import { useAsyncAction } from "../useAsyncAction";
import { ProvisionTable } from "./ProvisionTable";
import { PROVISION_VIEW_MESSAGES as M } from "./provisionViewMessages";
import { SnapshotTable } from "./SnapshotTable";

/** The inputs as first shown: a year of month-ends, everything in the oldest bucket lost, no adjustment. */
const DEFAULT_MONTHS = 12;
const DEFAULT_FINAL_PERCENT = 100;
const DEFAULT_ADJUSTMENT_PERCENT = 0;

const MONTHS_RULE: NumberRule = { min: 3, max: 60, whole: true };
const FINAL_RULE: NumberRule = { min: 0, max: 100 };
// A forward-looking adjustment may lower the rates (down to none) or raise them; loss rates cap at 100%.
const ADJUSTMENT_RULE: NumberRule = { min: -100, max: 1000 };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  inputs: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
});

/**
 * The Provision view (issue #19): per currency the provision matrix of core/history/provisionMatrix.ts
 * over the scanned ledger's own history — month-end snapshots → roll rates → loss rates → provision
 * at the as-of date — with the snapshots behind the rates one click away, and `Insert provision
 * matrix`, which lays the same chain out as live formulas on a sheet (the port's insertProvision;
 * a host without it shows no button).
 */
export function ProvisionView({ workbook, language, scanned }: ScanViewProps) {
  const styles = useStyles();
  const text = (message: Message) => messageText(message, language);
  const { notice, busy, run } = useAsyncAction(useMessages());
  const [months, setMonths] = useState<number | null>(DEFAULT_MONTHS);
  const [finalPercent, setFinalPercent] = useState<number | null>(DEFAULT_FINAL_PERCENT);
  const [adjustmentPercent, setAdjustmentPercent] = useState<number | null>(DEFAULT_ADJUSTMENT_PERCENT);
  // What the tables are computed for and Insert sends: the inputs as fractions, null while a field
  // is refused. Deferred, so that on a million-row ledger typing stays responsive while the
  // matrices catch up (React renders the field first, the figures after).
  const settledMonths = useDeferredValue(months);
  const settledFinal = useDeferredValue(finalPercent);
  const settledAdjustment = useDeferredValue(adjustmentPercent);
  const inputs = useMemo(
    () =>
      settledMonths === null || settledFinal === null || settledAdjustment === null
        ? null
        : { months: settledMonths, finalLossRate: settledFinal / 100, adjustment: settledAdjustment / 100 },
    [settledMonths, settledFinal, settledAdjustment],
  );
  // The ledgers are read once per scan; the matrices again only when an input settles.
  const ledgers = useMemo(() => (scanned === null ? null : historyLedgersFromScan(scanned)), [scanned]);
  const matrices = useMemo(() => {
    if (scanned === null || ledgers === null || inputs === null) return null;
    const options = {
      edges: scanned.analysis.context.edges,
      asOf: scanned.asOf,
      ...inputs,
      dateSystem: scanned.dateSystem,
      language,
    };
    return ledgers.map(({ currency, ledger }) => ({ currency, matrix: provisionMatrix(ledger, options) }));
  }, [scanned, ledgers, inputs, language]);

  if (scanned === null || ledgers === null)
    return (
      <div className={styles.root}>
        <Text>{text(M.scanFirst())}</Text>
      </div>
    );

  const insertProvision = workbook.insertProvision?.bind(workbook);
  // Every failure, Excel's or the port's, ends as a notice (useAsyncAction): none is swallowed.
  const insert = () =>
    run(
      async (): Promise<Notice | null> => {
        if (insertProvision === undefined || inputs === null) return null;
        const outcome = await insertProvision({ ledger: scanned, language, ...inputs });
        if (outcome.kind === "refused") return { intent: "warning", text: text(outcome.text) };
        if (outcome.kind === "invalid") return { intent: "error", text: text(outcome.text) };
        const written = { sheet: outcome.sheet, count: outcome.currencies };
        return { intent: "success", text: text(outcome.refreshed ? M.refreshed(written) : M.inserted(written)) };
      },
      { clearNotice: true },
    );

  const asOfIso = formatIsoDate(scanned.asOf, scanned.dateSystem);
  return (
    <div className={styles.root}>
      <Text size={200}>{text(M.intro())}</Text>
      <div className={styles.inputs}>
        <NumberField
          label={text(M.months())}
          hint={text(M.monthsHint())}
          rule={MONTHS_RULE}
          language={language}
          value={months}
          onValueChange={setMonths}
        />
        <NumberField
          label={text(M.finalLossRate())}
          hint={text(M.finalLossRateHint())}
          rule={FINAL_RULE}
          language={language}
          value={finalPercent}
          onValueChange={setFinalPercent}
        />
        <NumberField
          label={text(M.adjustment())}
          hint={text(M.adjustmentHint())}
          rule={ADJUSTMENT_RULE}
          language={language}
          value={adjustmentPercent}
          onValueChange={setAdjustmentPercent}
        />
      </div>
      {matrices === null ? (
        <Text>{text(M.fixInputs())}</Text>
      ) : matrices.length === 0 ? (
        <Text>{text(M.noLedger())}</Text>
      ) : (
        matrices.map(({ currency, matrix }) => {
          if (isFailure(matrix))
            return (
              <section key={currency} className={styles.section} aria-label={text(M.heading({ currency }))}>
                <Text as="h2" weight="semibold">
                  {text(M.heading({ currency }))}
                </Text>
                <Text>{failureText(matrix, language)}</Text>
              </section>
            );
          const labels = matrix.buckets.map((b) => b.label);
          const ends = matrix.monthEnds;
          return (
            <section key={currency} className={styles.section} aria-label={text(M.heading({ currency }))}>
              <Text as="h2" weight="semibold">
                {text(M.heading({ currency }))}
              </Text>
              {ends.length > 0 && (
                <Text size={200}>
                  {text(
                    M.window({
                      first: formatIsoDate(ends[0], scanned.dateSystem),
                      last: formatIsoDate(ends[ends.length - 1], scanned.dateSystem),
                      months: ends.length,
                    }),
                  )}
                </Text>
              )}
              <ProvisionTable
                rows={matrix.buckets}
                pooled={matrix.rolls.pooled}
                provisionCents={matrix.provisionCents}
                currency={currency}
                asOfIso={asOfIso}
                language={language}
              />
              {matrix.missingRates.length > 0 && (
                <NoticeBar
                  notice={{
                    intent: "warning",
                    text: text(M.missingRates({ currency, buckets: matrix.missingRates.join(", ") })),
                  }}
                />
              )}
              <Accordion collapsible>
                <AccordionItem value="snapshots">
                  <AccordionHeader size="small">{text(M.snapshots())}</AccordionHeader>
                  <AccordionPanel>
                    <SnapshotTable
                      monthEnds={ends}
                      balanceCents={matrix.snapshots.balanceCents}
                      labels={labels}
                      currency={currency}
                      dateSystem={scanned.dateSystem}
                      language={language}
                    />
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            </section>
          );
        })
      )}
      {insertProvision !== undefined && (
        <div>
          <Button
            appearance="primary"
            disabled={busy || matrices === null || matrices.length === 0}
            onClick={() => void insert()}
          >
            {busy ? text(M.inserting()) : text(M.insert())}
          </Button>
        </div>
      )}
      <NoticeBar notice={notice} />
    </div>
  );
}
