import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { messageText } from "../../core/messages/message";
import { formatMoney } from "../../core/money/formatMoney";
import { ACTIVITY_PANE_MESSAGES } from "../activity/activityPaneMessages";
import { NoticeBar } from "../NoticeBar";
import type { ScanViewProps } from "../PaneViews";
import { useMessages } from "../paneContext";
import { WriteStatementsButton } from "../statements/WriteStatementsButton";
import { LetterSettingsSection } from "./LetterSettingsSection";
import { ReminderDraftCard } from "./ReminderDraftCard";
import { REMINDERS_MESSAGES } from "./remindersMessages";
import { letterCurrencies, letterParts, useReminders } from "./useReminders";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyleType: "none" },
  row: { display: "flex", flexDirection: "column", paddingBottom: tokens.spacingVerticalXS },
  detail: { paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  drafts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface RemindersViewProps extends ScanViewProps {
  /**
   * A customer to draft for alone (Today's "Draft letter"): only its drafts are listed, with a
   * "Show all" button. Matched as the scan matches names (customerKey).
   * @default null
   */
  focusCustomer?: string | null;
  /** Called by "Show all": the owner clears the focus. */
  onClearFocus?: () => void;
}

/**
 * The Reminders view (taskpane spec §4): customers with overdue invoices, one draft per customer
 * and currency, selectable (all by default); a preview of each with copy / mail buttons; `Write
 * all to sheet` for the selected ones; and the letter settings, kept in the workbook. Copying,
 * mailing or writing a letter logs a reminder in the activity register (dated the scan's as-of).
 */
export function RemindersView({ workbook, language, scanned, focusCustomer = null, onClearFocus }: RemindersViewProps) {
  const styles = useStyles();
  const m = REMINDERS_MESSAGES[language];
  const shared = useMessages();
  const { state, actions } = useReminders(workbook, scanned, language, m, shared, focusCustomer);
  if (scanned === null) {
    return (
      <div className={styles.root}>
        <Text>{m.scanFirst}</Text>
      </div>
    );
  }
  const { form, drafts, skipped, selected, notice, busy } = state;
  const chosen = new Set(selected.map((d) => d.key));
  return (
    <div className={styles.root}>
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader>{m.settings}</AccordionHeader>
          <AccordionPanel>
            <LetterSettingsSection form={form} m={m} onChange={actions.setForm} onSave={() => void actions.saveForm()} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <NoticeBar notice={notice} />
      {focusCustomer !== null && (
        <div className={styles.actions}>
          <Text size={200}>{messageText(ACTIVITY_PANE_MESSAGES.focusedOn({ customer: focusCustomer }), language)}</Text>
          {onClearFocus && (
            <Button size="small" onClick={onClearFocus}>
              {messageText(ACTIVITY_PANE_MESSAGES.showAll(), language)}
            </Button>
          )}
        </div>
      )}
      <WriteStatementsButton workbook={workbook} language={language} scanned={scanned} />
      <section aria-label={m.customers}>
        <Text weight="semibold">{m.customers}</Text>
        {drafts.length === 0 ? (
          <Text block>{m.noOverdue}</Text>
        ) : (
          <>
            <div className={styles.actions}>
              <Button size="small" onClick={actions.selectAll}>
                {m.selectAll}
              </Button>
              <Button size="small" onClick={actions.selectNone}>
                {m.selectNone}
              </Button>
              <Text size={200}>{m.selected(selected.length, drafts.length)}</Text>
            </div>
            <ul className={styles.list} aria-label={m.customers}>
              {drafts.map(({ key, letter }) => (
                <li key={key} className={styles.row}>
                  <Checkbox
                    checked={chosen.has(key)}
                    onChange={(_, d) => actions.toggle(key, d.checked === true)}
                    label={m.customerIn(letter.customer, letterCurrencies(letter))}
                  />
                  <Text size={200} className={styles.detail}>
                    {/* One amount per currency, never a sum across them. */}
                    {m.tones[letter.tone]} ·{" "}
                    {letterParts(letter)
                      .map((part) => formatMoney(part.totals.demandedCents, part.currency, language))
                      .join(", ")}
                  </Text>
                </li>
              ))}
            </ul>
          </>
        )}
        {skipped.length > 0 && (
          <>
            <Text size={200} block>
              {m.notDrafted}
            </Text>
            {/* Each with its reason (waiting, promised, disputed, small balance, covered by credit notes). */}
            <ul className={styles.list} aria-label={m.notDrafted}>
              {skipped.map((s) => (
                <li key={`${s.customer}\u0000${s.currency}`}>
                  <Text size={200}>{s.reason.charAt(0).toUpperCase() + s.reason.slice(1)}</Text>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {drafts.length > 0 && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy || selected.length === 0} onClick={() => void actions.writeAll()}>
            {m.writeAll}
          </Button>
        </div>
      )}
      {selected.length > 0 && (
        <section className={styles.drafts} aria-label={m.drafts}>
          <Text weight="semibold">{m.drafts}</Text>
          {selected.map((draft) => (
            <ReminderDraftCard
              key={draft.key}
              draft={draft}
              m={m}
              onCopyText={(d) => void actions.copyText(d)}
              onCopyHtml={(d) => void actions.copyHtml(d)}
              onOpenMail={(d) => void actions.openMail(d)}
            />
          ))}
        </section>
      )}
    </div>
  );
}
