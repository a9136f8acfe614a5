import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatIsoDate } from "../../core/dates/excelSerial";
import { messageText, type Message } from "../../core/messages/message";
import { NoticeBar } from "../NoticeBar";
import type { ScanViewProps } from "../PaneViews";
import { TodayCard } from "./TodayCard";
import { TODAY_VIEW_MESSAGES as M } from "./todayViewMessages";
import { useToday } from "./useToday";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface TodayViewProps extends ScanViewProps {
  /** Today's "Draft letter": open the Reminders view on this customer. Absent: no such button. */
  onDraftLetter?: (customer: string) => void;
}

/**
 * The Today view (issue #18, item 2): the customers to act on today, in the order to work them
 * (src/core/today/todayWorklist.ts: promises due today, key accounts, then overdue share × risk ×
 * age), each with one click to draft the letter, log a call, mark it done or snooze it. What it
 * logs is dated the scan's as-of date; the list drops the customer at once and the scan's figures
 * follow at the next rescan.
 */
export function TodayView({ workbook, language, scanned, onDraftLetter }: TodayViewProps) {
  const styles = useStyles();
  const { state, actions } = useToday(workbook, scanned, language);
  const say = (message: Message) => messageText(message, language);
  if (scanned === null || state.items === null) {
    return (
      <div className={styles.root}>
        <Text>{say(M.scanFirst())}</Text>
      </div>
    );
  }
  const { items, notice, busy, canLog } = state;
  return (
    <div className={styles.root}>
      <Text weight="semibold" role="status">
        {say(M.count({ count: items.length }))}
      </Text>
      <Text size={200} className={styles.muted}>
        {say(M.asOfHelp({ date: formatIsoDate(scanned.asOf, scanned.dateSystem) }))}
      </Text>
      {!canLog && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{say(M.loggingUnavailable())}</MessageBarBody>
        </MessageBar>
      )}
      <NoticeBar notice={notice} />
      {items.length === 0 ? (
        <Text>{say(M.nothingToDo())}</Text>
      ) : (
        <ul className={styles.list} aria-label={say(M.worklist())}>
          {items.map((item) => (
            <TodayCard
              key={item.customerKey}
              item={item}
              language={language}
              ladder={scanned.analysis.context.ladder}
              busy={busy}
              onDraftLetter={onDraftLetter}
              onLogCall={(i) => void actions.logCall(i)}
              onDone={(i) => void actions.done(i)}
              onSnooze={(i, days) => void actions.snooze(i, days)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
