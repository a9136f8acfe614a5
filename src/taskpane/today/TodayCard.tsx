import { Badge, Button, Select, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { Ladder } from "../../core/dunning/ladderPresets";
import type { Language } from "../../core/language";
import { messageText } from "../../core/messages/message";
import { formatMoney } from "../../core/money/formatMoney";
import { todayFlagTexts, todayReasonText, todayStepText } from "../../core/today/todayText";
import type { TodayItem } from "../../core/today/todayWorklist";
import { TODAY_VIEW_MESSAGES as M } from "./todayViewMessages";
import { DEFAULT_SNOOZE_DAYS, SNOOZE_CHOICES } from "./useToday";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // Long names and e-mail addresses wrap inside a 320 px pane instead of widening it.
    overflowWrap: "anywhere",
  },
  flags: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  snooze: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  select: { minWidth: "88px" },
});

export interface TodayCardProps {
  item: TodayItem;
  language: Language;
  ladder: Ladder;
  busy: boolean;
  /** Absent: no Draft letter button (no Reminders view to go to). */
  onDraftLetter?: (customer: string) => void;
  onLogCall: (item: TodayItem) => void;
  onDone: (item: TodayItem) => void;
  onSnooze: (item: TodayItem, days: number) => void;
}

/**
 * One customer of today's worklist: an `li` named by the customer (its accessible name is the
 * customer's name), with the step, the contact, the amounts by currency, the reason and flags,
 * and the buttons Draft letter, Log call, Done and Snooze (for 1, 3 or 7 days; 3 by default).
 */
export function TodayCard({ item, language, ladder, busy, onDraftLetter, onLogCall, onDone, onSnooze }: TodayCardProps) {
  const styles = useStyles();
  const nameId = useId("today-customer");
  const [days, setDays] = useState(DEFAULT_SNOOZE_DAYS);
  const say = (message: Parameters<typeof messageText>[0]) => messageText(message, language);
  const flags = todayFlagTexts(item, language);
  return (
    <li className={styles.card} aria-labelledby={nameId}>
      <Text id={nameId} weight="semibold">
        {item.customer}
      </Text>
      <Text size={200}>{say(M.step({ step: todayStepText(item, ladder, language) }))}</Text>
      <Text size={200} className={styles.muted}>
        {item.email === null ? say(M.noEmail()) : say(M.email({ email: item.email }))}
      </Text>
      {item.amounts.map((amount) => (
        <Text size={200} key={amount.currency}>
          {say(
            M.amounts({
              overdue: formatMoney(amount.overdueCents, amount.currency, language),
              open: formatMoney(amount.openCents, amount.currency, language),
            }),
          )}
        </Text>
      ))}
      <Text size={200} className={styles.muted}>
        {todayReasonText(item, language)}
      </Text>
      {flags.length > 0 && (
        <div className={styles.flags}>
          {flags.map((flag) => (
            <Badge key={flag} appearance="tint" size="small" color="warning">
              {flag}
            </Badge>
          ))}
        </div>
      )}
      <div className={styles.actions}>
        {onDraftLetter !== undefined && (
          <Button size="small" appearance="primary" onClick={() => onDraftLetter(item.customer)}>
            {say(M.draftLetter())}
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => onLogCall(item)}>
          {say(M.logCall())}
        </Button>
        <Button size="small" disabled={busy} onClick={() => onDone(item)}>
          {say(M.done())}
        </Button>
        <span className={styles.snooze}>
          <Button size="small" disabled={busy} onClick={() => onSnooze(item, days)}>
            {say(M.snooze())}
          </Button>
          <Select
            size="small"
            className={styles.select}
            aria-label={say(M.snoozeFor())}
            value={String(days)}
            onChange={(_, d) => setDays(Number(d.value))}
          >
            {SNOOZE_CHOICES.map((choice) => (
              <option key={choice} value={String(choice)}>
                {say(M.snoozeDays({ days: choice }))}
              </option>
            ))}
          </Select>
        </span>
      </div>
    </li>
  );
}
