import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../core/language";
import { columnIndexOf } from "../excel/a1Address";
import {
  DEFAULT_PANE_SETTINGS,
  type LedgerLocation,
  type LedgerWorkbook,
  type PaneSettings,
  type ScanOutcome,
  type ScanProgress,
} from "../excel/ledgerWorkbook";
import { friendlyError } from "./friendlyError";
import type { Messages } from "./messages";
import { todayIso } from "./todayIso";

export type Notice = { readonly intent: "success" | "warning" | "error" | "info"; readonly text: string } | null;

export interface LedgerDeskState {
  readonly settings: PaneSettings;
  readonly location: LedgerLocation | null;
  readonly asOfIso: string;
  readonly resultColumn: string;
  readonly busy: ScanProgress | null;
  readonly outcome: Extract<ScanOutcome, { kind: "done" }> | null;
  readonly notice: Notice;
}

/**
 * The pane's state and actions over the workbook port: it finds the ledger, keeps the settings
 * (saved in the workbook), runs and cancels scans, clears. No business rule lives here — the
 * adapter and the core decide; this turns their outcomes into messages.
 */
export function useLedgerDesk(
  workbook: LedgerWorkbook,
  messages: Messages,
  language: Language,
  onSavedLanguage: (language: Language) => void = () => undefined,
) {
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_PANE_SETTINGS);
  const [location, setLocation] = useState<LedgerLocation | null>(null);
  const [asOfIso, setAsOfIso] = useState(() => todayIso());
  const [resultColumn, setResultColumn] = useState("");
  const [busy, setBusy] = useState<ScanProgress | null>(null);
  const [outcome, setOutcome] = useState<LedgerDeskState["outcome"]>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const abort = useRef<AbortController | null>(null);

  const guard = useCallback(
    async (action: () => Promise<void>) => {
      try {
        await action();
      } catch (error) {
        setNotice({ intent: "error", text: friendlyError(error, messages) });
      }
    },
    [messages],
  );

  const findLedger = useCallback(
    (address?: string, keepNotice = false) =>
      guard(async () => {
        const found = await workbook.locateLedger(address);
        if (found.kind === "found") {
          setLocation(found.location);
          if (!keepNotice) setNotice(null);
        } else {
          setLocation(null);
          const text =
            found.reason === "badAddress" ? messages.notFoundBadAddress(found.address) : messages.notFoundNoHeader(found.address);
          setNotice({ intent: "warning", text });
        }
      }),
    [guard, workbook, messages],
  );

  useEffect(() => {
    void guard(async () => {
      const saved = await workbook.loadSettings();
      setSettings(saved);
      if (saved.language) onSavedLanguage(saved.language);
      await findLedger(saved.ledgerAddress ?? undefined);
    });
    // Once per workbook: later changes come from the user.
  }, [workbook]);

  const updateSettings = useCallback(
    (change: Partial<PaneSettings>) => {
      setSettings((current) => {
        const next = { ...current, ...change };
        void guard(() => workbook.saveSettings(next));
        return next;
      });
    },
    [guard, workbook],
  );

  const scan = useCallback(
    () =>
      guard(async () => {
        if (!location) return;
        const controller = new AbortController();
        abort.current = controller;
        setNotice(null);
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
              ...(column === undefined ? {} : { resultColumn: column }),
            },
            { signal: controller.signal, onProgress: setBusy },
          );
          if (result.kind === "done") {
            setOutcome(result);
            setNotice({
              intent: "success",
              text: messages.scanDone(result.rowsWritten, result.resultAddress, result.issues.length),
            });
          } else if (result.kind === "occupied")
            setNotice({ intent: "warning", text: messages.occupied(result.address, result.value) });
          else if (result.kind === "cancelled") setNotice({ intent: "info", text: messages.cancelled });
          else setNotice({ intent: "error", text: messages.invalid(result.message) });
        } finally {
          abort.current = null;
          setBusy(null);
        }
      }),
    [guard, location, resultColumn, workbook, settings, asOfIso, language, messages],
  );

  const clear = useCallback(
    () =>
      guard(async () => {
        setBusy({ phase: "clearing", done: 0, total: 1 });
        try {
          const cleared = await workbook.clear();
          setOutcome(null);
          setNotice({ intent: "success", text: messages.cleared(cleared.removed.length) });
          // The ledger's region no longer includes the result columns: find it again.
          await findLedger(settings.ledgerAddress ?? undefined, true);
        } finally {
          setBusy(null);
        }
      }),
    [guard, workbook, messages, findLedger, settings.ledgerAddress],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const selectCell = useCallback((address: string) => guard(() => workbook.selectCell(address)), [guard, workbook]);

  const state: LedgerDeskState = { settings, location, asOfIso, resultColumn, busy, outcome, notice };
  return { state, findLedger, updateSettings, setAsOfIso, setResultColumn, scan, clear, cancel, selectCell };
}
