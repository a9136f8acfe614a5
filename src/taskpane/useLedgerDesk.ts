import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import type { Language } from "../core/language";
import { messageText } from "../core/messages/message";
import { columnIndexOf } from "../core/report/cellAddress";
import {
  DEFAULT_PANE_SETTINGS,
  type DayMonthOrder,
  type LedgerLocation,
  type LedgerWorkbook,
  type PaneSettings,
  type ScanOutcome,
  type ScanProgress,
} from "../excel/ledgerWorkbook";
import type { Messages } from "./messages";
import type { Notice } from "./notice";
import { todayIso } from "./todayIso";
import { useAsyncAction } from "./useAsyncAction";

export interface LedgerDeskState {
  readonly settings: PaneSettings;
  readonly location: LedgerLocation | null;
  readonly asOfIso: string;
  readonly resultColumn: string;
  readonly busy: ScanProgress | null;
  readonly outcome: Extract<ScanOutcome, { kind: "done" }> | null;
  readonly notice: Notice | null;
}

/**
 * The pane's state and actions over the workbook port: it finds the ledger, keeps the settings
 * (saved in the workbook), runs and cancels scans, clears. No business rule lives here — the
 * adapter and the core decide; this turns their outcomes into notices (useAsyncAction).
 */
export function useLedgerDesk(
  workbook: LedgerWorkbook,
  messages: Messages,
  language: Language,
  onSavedLanguage: (language: Language) => void = () => undefined,
) {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_PANE_SETTINGS);
  // The settings as last set, for changes made before React re-renders (two in one event).
  const latestSettings = useRef<PaneSettings>(DEFAULT_PANE_SETTINGS);
  const [location, setLocation] = useState<LedgerLocation | null>(null);
  const [asOfIso, setAsOfIso] = useState(() => todayIso());
  const [resultColumn, setResultColumn] = useState("");
  const [busy, setBusy] = useState<ScanProgress | null>(null);
  const [outcome, setOutcome] = useState<LedgerDeskState["outcome"]>(null);
  const { notice, run, show, cancel } = useAsyncAction(messages);

  const findLedger = useCallback(
    (address?: string, keepNotice = false) =>
      run(
        async (): Promise<Notice | null | undefined> => {
          const found = await workbook.locateLedger(address);
          if (found.kind === "found") {
            setLocation(found.location);
            return keepNotice ? undefined : null;
          }
          setLocation(null);
          const text =
            found.reason === "badAddress" ? messages.notFoundBadAddress(found.address) : messages.notFoundNoHeader(found.address);
          return { intent: "warning", text };
        },
        { busy: false },
      ),
    [run, workbook, messages],
  );

  // Loads the workbook's settings and finds the ledger: once per workbook (later changes come from
  // the user), with the callbacks of the render that runs it.
  const load = useEffectEvent(() =>
    run(
      async () => {
        const saved = await workbook.loadSettings();
        latestSettings.current = saved;
        setSettings(saved);
        if (saved.language) onSavedLanguage(saved.language);
        await findLedger(saved.ledgerAddress ?? undefined);
      },
      { busy: false },
    ),
  );
  useEffect(() => {
    void load();
  }, [workbook]);

  const updateSettings = useCallback(
    (change: Partial<PaneSettings>) => {
      const next = { ...latestSettings.current, ...change };
      latestSettings.current = next;
      setSettings(next);
      void run(() => workbook.saveSettings(next), { busy: false });
    },
    [run, workbook],
  );

  const scan = useCallback(
    () =>
      run(
        async (signal): Promise<Notice | undefined> => {
          if (!location) return undefined;
          // The settings as last set: a change made in the same event (a date order just confirmed) counts.
          const settings = latestSettings.current;
          setBusy({ phase: "reading", done: 0, total: location.dataRowCount });
          try {
            const column = resultColumn.trim() === "" ? undefined : columnIndexOf(resultColumn);
            const result = await workbook.scan(
              {
                location,
                mappingOverrides: settings.mappingOverrides,
                asOfIso,
                ladder: settings.ladder,
                minAmount: settings.minAmount,
                keyAccounts: settings.keyAccounts,
                language,
                dateOrder: settings.dateOrder,
                ...(column === undefined ? {} : { resultColumn: column }),
              },
              { signal, onProgress: setBusy },
            );
            switch (result.kind) {
              case "done":
                setOutcome(result);
                return {
                  intent: "success",
                  text: messages.scanDone(result.rowsWritten, result.resultAddress, result.issues.length),
                };
              case "occupied":
                return { intent: "warning", text: messages.occupied(result.address, result.value) };
              case "cancelled":
                return { intent: "info", text: messages.cancelled };
              default:
                return { intent: "error", text: messages.invalid(messageText(result.text, language)) };
            }
          } finally {
            setBusy(null);
          }
        },
        { clearNotice: true },
      ),
    [run, location, resultColumn, workbook, asOfIso, language, messages],
  );

  /** The user's answer to "which order do the file's dates use?": saved with the settings, then scanned again. */
  const answerDateOrder = useCallback(
    (dateOrder: DayMonthOrder) => {
      updateSettings({ dateOrder });
      return scan();
    },
    [updateSettings, scan],
  );

  const clear = useCallback(
    () =>
      run(async () => {
        setBusy({ phase: "clearing", done: 0, total: 1 });
        try {
          const cleared = await workbook.clear();
          setOutcome(null);
          show({ intent: "success", text: messages.cleared(cleared.removed.length) });
          // The ledger's region no longer includes the result columns: find it again (a ledger no
          // longer found replaces the notice with why; a found one keeps it).
          await findLedger(latestSettings.current.ledgerAddress ?? undefined, true);
        } finally {
          setBusy(null);
        }
      }),
    [run, show, workbook, messages, findLedger],
  );

  const selectCell = useCallback((address: string) => run(() => workbook.selectCell(address), { busy: false }), [run, workbook]);

  const state: LedgerDeskState = { settings, location, asOfIso, resultColumn, busy, outcome, notice };
  return { state, findLedger, updateSettings, setAsOfIso, setResultColumn, scan, answerDateOrder, clear, cancel, selectCell };
}
