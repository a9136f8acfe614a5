import { useCallback, useEffect, useMemo, useState } from "react";
import type { NewActivityRow } from "../../core/activity/activityTypes";
import {
  reminderActivityRows,
  type LoggedLetter,
  type LoggedLetterPart,
  type ReminderChannel,
} from "../../core/activity/reminderActivityRows";
import type { Language } from "../../core/language";
import { customerKey } from "../../core/ledger/ledgerScanSettings";
import { draftLetters, type SkippedLetter } from "../../core/letters/draftLetters";
import { letterClipboard } from "../../core/letters/letterClipboard";
import { letterRowsFromLedger } from "../../core/letters/letterRowsFromLedger";
import {
  DEFAULT_LETTER_SETTINGS_FORM,
  letterSettingsFromForm,
  type LetterSettingsForm,
} from "../../core/letters/letterSettingsFromForm";
import type { LetterModel } from "../../core/letters/letterTypes";
import { mailtoLink } from "../../core/letters/mailtoLink";
import { renderLetterText } from "../../core/letters/renderLetterText";
import { messageText } from "../../core/messages/message";
import type { LedgerWorkbook, ScannedLedger } from "../../excel/ledgerWorkbook";
import type { Messages } from "../messages";
import type { Notice } from "../notice";
import { ACTIVITY_PANE_MESSAGES } from "../activity/activityPaneMessages";
import { logActivityRows } from "../activity/logActivityRows";
import { useAsyncAction } from "../useAsyncAction";
import { reminderClipboard } from "./clipboard";
import { REMINDERS_MESSAGES, type RemindersMessages } from "./remindersMessages";

/** One drafted letter as the view shows it. */
export interface ReminderDraft {
  /** Customer and currency: a customer owing in two currencies has two drafts. */
  readonly key: string;
  readonly letter: LetterModel;
  readonly body: string;
  /** Subject line + body, as copied. */
  readonly text: string;
  readonly html: string;
}

/**
 * The Reminders view's state: letter settings (loaded from and saved to the workbook), the drafts
 * for customers with overdue invoices (computed with src/core from the last scan), the selection
 * (all by default; a customer deselected stays so across re-drafts), and the per-draft actions.
 * Each action that sends a letter out (copy, mail, write to sheet) logs a reminder in the activity
 * register, dated the scan's as-of; copy and mail log a draft once per session. With
 * `focusCustomer` (Today's "Draft letter") only that customer's drafts are listed and written.
 */
export function useReminders(
  workbook: LedgerWorkbook,
  scanned: ScannedLedger | null,
  language: Language,
  m: RemindersMessages,
  shared: Messages,
  focusCustomer: string | null = null,
) {
  const [form, setForm] = useState<LetterSettingsForm>(DEFAULT_LETTER_SETTINGS_FORM);
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
  // Drafts already logged this session (by loggedKey): a second copy of one letter is not a second reminder.
  const logged = useMemo(() => loggedDrafts(workbook), [workbook]);
  const { notice, busy, run, show } = useAsyncAction(shared);

  useEffect(() => {
    let live = true;
    workbook.loadLetterSettings().then(
      (loaded) => live && setForm(loaded),
      () => undefined, // defaults stay: a settings read failing must not block drafting
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  const { drafts, skipped } = useMemo((): { drafts: ReminderDraft[]; skipped: SkippedLetter[] } => {
    if (scanned === null) return { drafts: [], skipped: [] };
    const settings = letterSettingsFromForm(form, language, scanned);
    const { letters, skipped } = draftLetters(letterRowsFromLedger(scanned), scanned.asOf, settings);
    // A courtesy letter means nothing is overdue: the view lists customers with overdue invoices.
    const overdue = letters.filter((l) => l.tone !== "courtesy");
    return {
      drafts: overdue.map((letter) => ({
        key: `${letter.customer}\u0000${letter.currency}`,
        letter,
        body: renderLetterText(letter),
        ...letterClipboard(letter),
      })),
      skipped,
    };
  }, [scanned, form, language]);

  const shown = useMemo(() => {
    if (focusCustomer === null) return drafts;
    const focus = customerKey(focusCustomer);
    return drafts.filter((d) => customerKey(d.letter.customer) === focus);
  }, [drafts, focusCustomer]);
  const selected = useMemo(() => shown.filter((d) => !deselected.has(d.key)), [shown, deselected]);
  const shownSkipped = useMemo(() => {
    if (focusCustomer === null) return skipped;
    const focus = customerKey(focusCustomer);
    return skipped.filter((s) => customerKey(s.customer) === focus);
  }, [skipped, focusCustomer]);
  const toggle = useCallback(
    (key: string, on: boolean) =>
      setDeselected((old) => {
        const next = new Set(old);
        if (on) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const selectAll = useCallback(() => setDeselected(new Set()), []);
  const selectNone = useCallback(() => setDeselected(new Set(drafts.map((d) => d.key))), [drafts]);

  /** The register rows for letters sent by one channel (one per letter and currency). */
  const rowsFor = useCallback(
    (letters: readonly LetterModel[], channel: ReminderChannel): NewActivityRow[] =>
      scanned === null
        ? []
        : letters.flatMap((letter) =>
            reminderActivityRows(letter, { date: scanned.asOf, channel, customers: scanned.analysis.customers, language }),
          ),
    [scanned, language],
  );

  /**
   * Logs a letter just copied or mailed, once per draft and as-of, and gives the sentence to add
   * to the action's notice; `failed` when it did not log, so the notice turns to a warning while
   * still saying the copy worked.
   */
  const logOnce = useCallback(
    async (draft: ReminderDraft, channel: ReminderChannel): Promise<{ text: string; failed: boolean }> => {
      const once = loggedKey(draft, scanned);
      if (logged.has(once)) return { text: messageText(ACTIVITY_PANE_MESSAGES.alreadyLogged(), language), failed: false };
      logged.add(once);
      const result = await logActivityRows(workbook, rowsFor([draft.letter], channel), language, shared);
      if (result.logged)
        return { text: messageText(ACTIVITY_PANE_MESSAGES.loggedReminders({ rows: result.rows }), language), failed: false };
      // Not logged: a later copy may try again.
      logged.delete(once);
      return { text: result.text, failed: true };
    },
    [scanned, workbook, rowsFor, language, shared, logged],
  );

  // The clipboard actions: a refusal is the clipboard's, not Excel's, and says how to copy by hand.
  const clipboard = useCallback(
    (action: () => Promise<Notice>) => run(action, { busy: false, failure: () => m.copyFailed }),
    [run, m],
  );

  const copyText = useCallback(
    (draft: ReminderDraft) =>
      clipboard(async () => {
        await reminderClipboard.writeText(draft.text);
        return withLog({ intent: "success", text: m.copiedText(draft.letter.customer) }, await logOnce(draft, "copy"), language);
      }),
    [clipboard, m, logOnce, language],
  );

  const copyHtml = useCallback(
    (draft: ReminderDraft) =>
      clipboard(async () => {
        const kind = await reminderClipboard.writeHtml(draft.html, draft.text);
        const copied: Notice = {
          intent: "success",
          text: (kind === "html" ? m.copiedHtml : m.copiedText)(draft.letter.customer),
        };
        return withLog(copied, await logOnce(draft, "copy"), language);
      }),
    [clipboard, m, logOnce, language],
  );

  const openMail = useCallback(
    (draft: ReminderDraft) =>
      clipboard(async () => {
        const link = mailtoLink(draft.letter.email, draft.letter.subject, draft.body);
        if ("href" in link) {
          reminderClipboard.openMailto(link.href);
          return withLog({ intent: "info", text: m.mailOpened(draft.letter.customer) }, await logOnce(draft, "email"), language);
        }
        await reminderClipboard.writeText(draft.text);
        // Copied for a new email by hand: logged as a copy.
        return withLog({ intent: "warning", text: m.tooLong(link.length) }, await logOnce(draft, "copy"), language);
      }),
    [clipboard, m, logOnce, language],
  );

  const writeAll = useCallback(async () => {
    if (selected.length === 0) {
      show({ intent: "warning", text: m.nothingSelected });
      return;
    }
    await run(async (): Promise<Notice> => {
      const outcome = await workbook.writeReminders({
        language,
        rows: selected.map(({ letter, body }) => ({
          customer: letter.customer,
          email: letter.email,
          // The level in the letter's own language, like its subject and body on the same row.
          level: REMINDERS_MESSAGES[letter.language].tones[letter.tone],
          subject: letter.subject,
          body,
        })),
      });
      if (outcome.kind === "done") {
        const written = m.written(outcome.rowsWritten, outcome.address);
        // Every letter written is a reminder sent, copied before or not; a later copy does not log it again.
        const result = await logActivityRows(
          workbook,
          rowsFor(
            selected.map((d) => d.letter),
            "sheet",
          ),
          language,
          shared,
        );
        if (result.logged) for (const draft of selected) logged.add(loggedKey(draft, scanned));
        const log = result.logged
          ? { text: messageText(ACTIVITY_PANE_MESSAGES.loggedReminders({ rows: result.rows }), language), failed: false }
          : { text: result.text, failed: true };
        // A letter longer than a cell holds continues in the next cells of its row: said, never silent.
        if (outcome.continued) {
          const note = messageText(outcome.continued, language);
          return withLog(
            { intent: "warning", text: `${written} ${note.charAt(0).toUpperCase()}${note.slice(1)}` },
            log,
            language,
          );
        }
        return withLog({ intent: "success", text: written }, log, language);
      }
      return { intent: "error", text: (outcome.edited ? m.edited : m.occupied)(outcome.address, outcome.value) };
    });
  }, [selected, workbook, language, m, run, show, rowsFor, shared, scanned, logged]);

  const saveForm = useCallback(
    () =>
      run(
        async (): Promise<Notice> => {
          await workbook.saveLetterSettings(form);
          return { intent: "success", text: m.saved };
        },
        { busy: false },
      ),
    [run, workbook, form, m],
  );

  return {
    state: { form, drafts: shown, skipped: shownSkipped, selected, notice, busy },
    actions: { setForm, saveForm, toggle, selectAll, selectNone, copyText, copyHtml, openMail, writeAll },
  };
}

/**
 * The drafts logged in this session, per workbook: kept outside the view, which unmounts when
 * another tab shows, so coming back to Reminders does not log the same letter twice.
 */
const LOGGED_DRAFTS = new WeakMap<LedgerWorkbook, Set<string>>();

function loggedDrafts(workbook: LedgerWorkbook): Set<string> {
  let set = LOGGED_DRAFTS.get(workbook);
  if (set === undefined) {
    set = new Set();
    LOGGED_DRAFTS.set(workbook, set);
  }
  return set;
}

/** A draft as logged once: the letter (customer and currency, tone) on the scan's as-of. */
function loggedKey(draft: ReminderDraft, scanned: ScannedLedger | null): string {
  return `${draft.key}\u0000${draft.letter.tone}\u0000${scanned?.asOf ?? ""}`;
}

/**
 * The action's notice with what logging did after it: the action stays reported as done (a copy
 * that worked is never hidden by a log that did not); a log that failed turns it to a warning.
 */
function withLog(done: Notice, log: { readonly text: string; readonly failed: boolean }, language: Language): Notice {
  // Chinese sentences follow one another without a space.
  const text = `${done.text}${language === "zh" ? "" : " "}${log.text}`;
  return { intent: log.failed && done.intent !== "error" ? "warning" : done.intent, text };
}

/** A letter's currencies and amounts asked: one part per currency (a letter of one currency is its own part). */
export function letterParts(letter: LetterModel): readonly LoggedLetterPart[] {
  // Read through LoggedLetter: a letter model without parts (one currency) is its own part.
  const { parts } = letter as LoggedLetter;
  return parts !== undefined && parts.length > 0 ? parts : [letter];
}

/** The currencies a letter covers, as its heading names them ("USD, EUR"). */
export function letterCurrencies(letter: LetterModel): string {
  return letterParts(letter)
    .map((part) => part.currency)
    .join(", ");
}
