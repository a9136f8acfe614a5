import { useCallback, useEffect, useMemo, useState } from "react";
import type { Language } from "../../core/language";
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
 */
export function useReminders(
  workbook: LedgerWorkbook,
  scanned: ScannedLedger | null,
  language: Language,
  m: RemindersMessages,
  shared: Messages,
) {
  const [form, setForm] = useState<LetterSettingsForm>(DEFAULT_LETTER_SETTINGS_FORM);
  const [deselected, setDeselected] = useState<ReadonlySet<string>>(new Set());
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

  const selected = useMemo(() => drafts.filter((d) => !deselected.has(d.key)), [drafts, deselected]);
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

  // The clipboard actions: a refusal is the clipboard's, not Excel's, and says how to copy by hand.
  const clipboard = useCallback(
    (action: () => Promise<Notice>) => run(action, { busy: false, failure: () => m.copyFailed }),
    [run, m],
  );

  const copyText = useCallback(
    (draft: ReminderDraft) =>
      clipboard(async () => {
        await reminderClipboard.writeText(draft.text);
        return { intent: "success", text: m.copiedText(draft.letter.customer) };
      }),
    [clipboard, m],
  );

  const copyHtml = useCallback(
    (draft: ReminderDraft) =>
      clipboard(async () => {
        const kind = await reminderClipboard.writeHtml(draft.html, draft.text);
        return { intent: "success", text: (kind === "html" ? m.copiedHtml : m.copiedText)(draft.letter.customer) };
      }),
    [clipboard, m],
  );

  const openMail = useCallback(
    (draft: ReminderDraft) =>
      clipboard(async () => {
        const link = mailtoLink(draft.letter.email, draft.letter.subject, draft.body);
        if ("href" in link) {
          reminderClipboard.openMailto(link.href);
          return { intent: "info", text: m.mailOpened(draft.letter.customer) };
        }
        await reminderClipboard.writeText(draft.text);
        return { intent: "warning", text: m.tooLong(link.length) };
      }),
    [clipboard, m],
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
        // A letter longer than a cell holds continues in the next cells of its row: said, never silent.
        if (outcome.continued) {
          const note = messageText(outcome.continued, language);
          return { intent: "warning", text: `${written} ${note.charAt(0).toUpperCase()}${note.slice(1)}` };
        }
        return { intent: "success", text: written };
      }
      return { intent: "error", text: (outcome.edited ? m.edited : m.occupied)(outcome.address, outcome.value) };
    });
  }, [selected, workbook, language, m, run, show]);

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
    state: { form, drafts, skipped, selected, notice, busy },
    actions: { setForm, saveForm, toggle, selectAll, selectNone, copyText, copyHtml, openMail, writeAll },
  };
}
