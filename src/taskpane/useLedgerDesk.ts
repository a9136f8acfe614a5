import { useCallback, useEffect, useEffectEvent, useRef, useState } from "react";
import type { Language } from "../core/language";
import { messageText } from "../core/messages/message";
import { columnIndexOf } from "../core/report/cellAddress";
import {
  DEFAULT_PANE_SETTINGS,
  type DayMonthOrder,
  type LedgerFingerprint,
  type LedgerFreshness,
  type LedgerLocation,
  type LedgerWorkbook,
  type PaneSettings,
  type ScanOutcome,
  type ScanProgress,
} from "../excel/ledgerWorkbook";
import { friendlyError } from "./friendlyError";
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
  /** When the shown results were scanned (time of day, for the stale notices); null before a scan. */
  readonly scannedAt: string | null;
  /** The ledger changed since the shown scan (checked when the pane gets focus); null when it did not. */
  readonly stale: Extract<LedgerFreshness, { kind: "stale" }> | null;
}

/** The scan the pane shows: its outcome, when it ran, and the ledger's fingerprint then. */
interface ShownScan {
  readonly outcome: LedgerDeskState["outcome"];
  readonly scannedAt: string | null;
  readonly fingerprint: LedgerFingerprint | null;
}

const NO_SCAN: ShownScan = { outcome: null, scannedAt: null, fingerprint: null };

/** The time of day of a scan, as the pane shows it ("14:05"). */
function timeOfDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
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
  const locationNow = location;
  const [asOfIso, setAsOfIso] = useState(() => todayIso());
  const [resultColumn, setResultColumn] = useState("");
  const [busy, setBusy] = useState<ScanProgress | null>(null);
  const [outcome, setOutcome] = useState<LedgerDeskState["outcome"]>(null);
  const [scannedAt, setScannedAt] = useState<string | null>(null);
  const [stale, setStale] = useState<LedgerDeskState["stale"]>(null);
  // The shown scan and whether an action runs, for the focus check (an event outside React's render).
  const shown = useRef<ShownScan>(NO_SCAN);
  const running = useRef(false);
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
    (at?: LedgerLocation) =>
      run(
        async (signal): Promise<Notice | undefined> => {
          // A rescan of stale results finds the ledger again first (rows appended since): `at`.
          const location = at ?? locationNow;
          if (!location) return undefined;
          // The settings as last set: a change made in the same event (a date order just confirmed) counts.
          const settings = latestSettings.current;
          const previous = shown.current;
          // A rescan that fails leaves the earlier results in the grid and the pane: say whose they are.
          const stillShown = (text: string): Notice => ({
            intent: "warning",
            text:
              previous.outcome && previous.scannedAt
                ? messages.rescanFailed(text, previous.scannedAt, previous.outcome.asOfIso)
                : text,
          });
          running.current = true;
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
                agingEdges: settings.agingEdges,
                reviewThreshold: settings.reviewThreshold,
                minReminderIntervalDays: settings.minReminderIntervalDays,
                escalation: settings.escalation,
                promiseGraceDays: settings.promiseGraceDays,
                smallBalanceByCurrency: settings.smallBalanceByCurrency,
                creditLimitRange: settings.creditLimitRange,
                ...(column === undefined ? {} : { resultColumn: column }),
              },
              { signal, onProgress: setBusy },
            );
            switch (result.kind) {
              case "done": {
                const scannedTime = timeOfDay();
                // What the ledger is now, to tell later whether these results are still its. Without
                // it (an older port, or Excel failing right after the scan) the pane only cannot say stale.
                const fingerprint = workbook.ledgerFingerprint
                  ? await workbook.ledgerFingerprint(result.ledger).catch(() => null)
                  : null;
                shown.current = { outcome: result, scannedAt: scannedTime, fingerprint };
                setOutcome(result);
                setScannedAt(scannedTime);
                setStale(null);
                return {
                  intent: "success",
                  text: messages.scanDone(result.rowsWritten, result.resultAddress, result.issues.length),
                };
              }
              case "occupied":
                return stillShown(messages.occupied(result.address, result.value));
              case "cancelled":
                return { intent: "info", text: messages.cancelled };
              default: {
                const text = messages.invalid(messageText(result.text, language));
                return previous.outcome ? stillShown(text) : { intent: "error", text };
              }
            }
          } catch (error) {
            // Excel failed mid-scan: the earlier results may still be in the grid (and are in the pane).
            if (!previous.outcome || !previous.scannedAt) throw error;
            const reason = friendlyError(error, messages);
            return { intent: "error", text: messages.rescanInterrupted(reason, previous.scannedAt, previous.outcome.asOfIso) };
          } finally {
            running.current = false;
            setBusy(null);
          }
        },
        { clearNotice: true },
      ),
    [run, locationNow, resultColumn, workbook, asOfIso, language, messages],
  );

  /** Rescan after the ledger changed: find it again (it may have grown), then scan it. */
  const rescan = useCallback(async () => {
    const found: { location: LedgerLocation | null } = { location: null };
    await run(
      async () => {
        const located = await workbook.locateLedger(latestSettings.current.ledgerAddress ?? undefined);
        if (located.kind !== "found") {
          const address = located.address;
          return {
            intent: "warning",
            text: located.reason === "badAddress" ? messages.notFoundBadAddress(address) : messages.notFoundNoHeader(address),
          };
        }
        found.location = located.location;
        setLocation(located.location);
        return undefined;
      },
      { busy: false },
    );
    if (found.location) await scan(found.location);
  }, [run, workbook, messages, scan]);

  /** The user's answer to "which order do the file's dates use?": saved with the settings, then scanned again. */
  const answerDateOrder = useCallback(
    (dateOrder: DayMonthOrder) => {
      updateSettings({ dateOrder });
      return scan(undefined);
    },
    [updateSettings, scan],
  );

  const clear = useCallback(
    () =>
      run(async () => {
        setBusy({ phase: "clearing", done: 0, total: 1 });
        try {
          const cleared = await workbook.clear();
          shown.current = NO_SCAN;
          setOutcome(null);
          setScannedAt(null);
          setStale(null);
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

  /** Asks the workbook whether the shown results are still the ledger's (not during a scan or Clear). */
  const checkFreshness = useCallback(
    () =>
      run(
        async () => {
          const fingerprint = shown.current.fingerprint;
          if (!fingerprint || !workbook.ledgerFreshness || running.current) return undefined;
          const freshness = await workbook.ledgerFreshness(fingerprint);
          // A scan that finished meanwhile has its own fingerprint: this answer is about an older one.
          if (shown.current.fingerprint !== fingerprint) return undefined;
          setStale(freshness.kind === "stale" ? freshness : null);
          return undefined;
        },
        { busy: false },
      ),
    [run, workbook],
  );
  // The pane gets focus back after the user worked in the grid: the moment to look.
  useEffect(() => {
    const onFocus = () => void checkFreshness();
    const onVisible = () => {
      if (document.visibilityState === "visible") void checkFreshness();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [checkFreshness]);

  const state: LedgerDeskState = {
    settings,
    location: locationNow,
    asOfIso,
    resultColumn,
    busy,
    outcome,
    notice,
    scannedAt,
    stale,
  };
  return {
    state,
    findLedger,
    updateSettings,
    setAsOfIso,
    setResultColumn,
    scan,
    answerDateOrder,
    clear,
    cancel,
    selectCell,
    checkFreshness,
    rescan,
  };
}
