import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { checkAsOf, isoDateSerial } from "../core/dashboard/asOfPlausibility";
import { ledgerDateRange } from "../core/dashboard/dashboardScope";
import type { Language } from "../core/language";
import { messageText, type Message } from "../core/messages/message";
import type { ScannedLedger } from "../excel/ledgerWorkbook";
import { DASHBOARD_MESSAGES } from "./dashboard/dashboardMessages";
import { todayIso } from "./todayIso";

/** A scan held back until the user confirms an implausible as-of date. */
export interface AsOfGate {
  /** Why the as-of date looks wrong, while the pane waits for an answer; null otherwise. */
  readonly pending: Message | null;
  /** Runs `scan` now when the as-of date is plausible, else holds it and asks. */
  readonly request: (scan: () => void) => void;
  /** The user keeps the date: the held scan runs. */
  readonly confirm: () => void;
  /** The user will change the date: the held scan is dropped. */
  readonly dismiss: () => void;
}

/**
 * Holds a scan whose as-of date the core finds implausible (checkAsOf: before 1980, before the
 * ledger's first invoice or ~2 years after its latest, as the last scan of it read them, or ~2
 * years after today) until the user confirms it. The pane decides nothing itself.
 *
 * @param scanned - the last scan, whose invoice dates stand for the ledger's (null before the first)
 */
export function useAsOfGate(asOfIso: string, scanned: ScannedLedger | null): AsOfGate {
  const [held, setHeld] = useState<{ scan: () => void; reason: Message } | null>(null);
  const request = useCallback(
    (scan: () => void) => {
      const system = scanned?.dateSystem ?? 1900;
      const asOf = isoDateSerial(asOfIso, system);
      const today = isoDateSerial(todayIso(), system);
      // A date the field cannot give (blank) is the scan's to refuse, with its own message.
      if (asOf === null || today === null) return scan();
      // The last scan's invoice dates stand for the ledger's (a scan without an analysis gives none).
      const ledger = scanned?.analysis === undefined ? null : ledgerDateRange(scanned);
      const check = checkAsOf(asOf, { today, ledger, dateSystem: system });
      if (check.plausible) return scan();
      setHeld({ scan, reason: check.reason });
    },
    [asOfIso, scanned],
  );
  const confirm = useCallback(() => {
    const scan = held?.scan;
    setHeld(null);
    scan?.();
  }, [held]);
  const dismiss = useCallback(() => setHeld(null), []);
  return { pending: held?.reason ?? null, request, confirm, dismiss };
}

export interface AsOfConfirmProps {
  gate: AsOfGate;
  language: Language;
}

/** The inline question "Is this the as-of date you mean?", with why it looks wrong; nothing while none is pending. */
export function AsOfConfirm({ gate, language }: AsOfConfirmProps) {
  const t = DASHBOARD_MESSAGES[language];
  if (gate.pending === null) return null;
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={t.asOfConfirmTitle}>
      <MessageBarBody>
        <MessageBarTitle>{t.asOfConfirmTitle}</MessageBarTitle> {messageText(gate.pending, language)}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={gate.confirm}>
          {t.asOfConfirmScan}
        </Button>
        <Button onClick={gate.dismiss}>{t.asOfConfirmChange}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
