import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RemindersMessages } from "./remindersMessages";
import { letterCurrencies, type ReminderDraft } from "./useReminders";

export interface ReminderDraftCardProps {
  draft: ReminderDraft;
  m: RemindersMessages;
  onCopyText: (draft: ReminderDraft) => void;
  onCopyHtml: (draft: ReminderDraft) => void;
  onOpenMail: (draft: ReminderDraft) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  body: {
    margin: 0,
    maxHeight: "240px",
    overflow: "auto",
    whiteSpace: "pre-wrap",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalXS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  warning: { color: tokens.colorStatusWarningForeground1 },
});

/**
 * One draft: recipient, subject and body as plain text (React escapes it: customer data with
 * markup shows as text), what the draft lacks (no signature, no bank details) above its buttons so
 * it is read before the letter goes out, and its buttons. The HTML rendering only ever goes to the
 * clipboard.
 */
export function ReminderDraftCard({ draft, m, onCopyText, onCopyHtml, onOpenMail }: ReminderDraftCardProps) {
  const styles = useStyles();
  const { letter } = draft;
  const currencies = letterCurrencies(letter);
  const heading = m.customerIn(letter.customer, currencies);
  const labelled = (action: string) => m.actionFor(action, letter.customer, currencies);
  return (
    <article className={styles.root} aria-label={heading}>
      <Text weight="semibold">{heading}</Text>
      <Text size={200}>{letter.email ? m.to(letter.email) : m.noEmail}</Text>
      <Text size={200}>{m.subject(letter.subject)}</Text>
      <pre className={styles.body} tabIndex={0} lang={letter.language === "zh" ? "zh-CN" : "en"}>
        {draft.body}
      </pre>
      {letter.warnings.map((warning) => (
        <Text key={warning} size={200} weight="semibold" className={styles.warning} data-warning={warning}>
          {m.warnings[warning]}
        </Text>
      ))}
      <div className={styles.actions}>
        <Button size="small" aria-label={labelled(m.copyText)} onClick={() => onCopyText(draft)}>
          {m.copyText}
        </Button>
        <Button size="small" aria-label={labelled(m.copyHtml)} onClick={() => onCopyHtml(draft)}>
          {m.copyHtml}
        </Button>
        <Button size="small" aria-label={labelled(m.openMail)} onClick={() => onOpenMail(draft)}>
          {m.openMail}
        </Button>
      </div>
    </article>
  );
}
