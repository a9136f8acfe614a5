import { useCallback, useEffect, useRef, useState } from "react";
import { friendlyError } from "./friendlyError";
import type { Messages } from "./messages";
import type { Notice } from "./notice";

/**
 * What an action gives back: a notice to show, null to clear the current one, or nothing to leave
 * it as it is.
 */
export type ActionResult = Notice | null | undefined | void;

export interface RunOptions {
  /**
   * Whether the view counts as busy while the action runs (its buttons disabled, a spinner).
   * @default true
   */
  readonly busy?: boolean;
  /**
   * Whether the current notice is cleared as the action starts (a new attempt's outcome replaces
   * an old one; a background save or a lookup leaves it).
   * @default false
   */
  readonly clearNotice?: boolean;
  /**
   * The text an error becomes, for an action that does not talk to Excel (the clipboard).
   * @default friendlyError: Excel's error code when it gave one, else the pane's "unexpected" text
   */
  readonly failure?: (error: unknown) => string;
}

export interface AsyncAction {
  /** The view's one notice: the last action's outcome or error. */
  readonly notice: Notice | null;
  /** True while an action run with `busy` (the default) is in flight. */
  readonly busy: boolean;
  /**
   * Runs `action` and shows the notice it returns. Whatever it throws becomes an error notice
   * (`friendlyError`: Excel's error code when it gave one, never a stack trace; or the action's
   * own `failure` text): no view swallows
   * an error or lets one escape as an unhandled rejection. Resolves when the action has settled,
   * never rejects. The signal aborts on `cancel()` and when the view unmounts.
   */
  run(action: (signal: AbortSignal) => Promise<ActionResult>, options?: RunOptions): Promise<void>;
  /** Shows a notice (or clears it with null) outside any action, e.g. a check before one starts. */
  show(notice: Notice | null): void;
  /** Aborts the signal of every action in flight; each decides what a cancel means. */
  cancel(): void;
}

/**
 * One view's async actions: runs them, tracks busy, turns every failure into an error notice.
 * Every view of the pane (scan desk, dashboard, reminders, forecast, financing) keeps its notice
 * here and shows it with `NoticeBar`.
 *
 * @param messages - the pane's catalogue in the current language, for the error texts
 * @example
 * const { notice, busy, run } = useAsyncAction(useMessages());
 * <Button disabled={busy} onClick={() => void run(async () => ({ intent: "success", text: await save() }))} />
 */
export function useAsyncAction(messages: Messages): AsyncAction {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(0);
  const controllers = useRef(new Set<AbortController>());

  useEffect(() => {
    const live = controllers.current;
    return () => {
      for (const controller of live) controller.abort();
    };
  }, []);

  const run = useCallback(
    async (
      action: (signal: AbortSignal) => Promise<ActionResult>,
      { busy: counts = true, clearNotice = false, failure }: RunOptions = {},
    ) => {
      const controller = new AbortController();
      controllers.current.add(controller);
      if (clearNotice) setNotice(null);
      if (counts) {
        running.current += 1;
        setBusy(true);
      }
      try {
        const result = await action(controller.signal);
        if (result !== undefined) setNotice(result);
      } catch (error) {
        setNotice({ intent: "error", text: failure ? failure(error) : friendlyError(error, messages) });
      } finally {
        controllers.current.delete(controller);
        if (counts) {
          running.current -= 1;
          if (running.current === 0) setBusy(false);
        }
      }
    },
    [messages],
  );

  const cancel = useCallback(() => {
    for (const controller of controllers.current) controller.abort();
  }, []);

  return { notice, busy, run, show: setNotice, cancel };
}
