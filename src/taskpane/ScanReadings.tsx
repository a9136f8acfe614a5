import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../core/language";
import { LEDGER_READING_MESSAGES } from "../core/messages/ledgerReadingMessages";
import { messageText, type Message } from "../core/messages/message";
import type { SkippedRowCounts } from "../excel/ledgerWorkbook";
import { useMessages } from "./paneContext";

export interface ScanReadingsProps {
  readings: readonly Message[];
  /** The scan's questions the pane does not ask with a control of its own. */
  questions: readonly Message[];
  skipped: SkippedRowCounts;
  language: Language;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const SET_ASIDE = "rowsSetAside";

/**
 * How the scan read the export — date orders, decimal commas, report rows set aside, the grand
 * total check — and what is left for the user to settle, as a short list under the scan's notice.
 */
export function ScanReadings({ readings, questions, skipped, language }: ScanReadingsProps) {
  const styles = useStyles();
  const m = useMessages();
  const lines: { message: Message; question: boolean }[] = [
    ...questions.map((message) => ({ message, question: true })),
    ...readings.map((message) => ({ message, question: false })),
  ];
  // The counts of rows set aside, when the readings do not already say them.
  const { section, subtotal, total, header } = skipped;
  if (section + subtotal + total + header > 0 && !readings.some((r) => r.key === SET_ASIDE)) {
    lines.push({
      message: LEDGER_READING_MESSAGES.rowsSetAside({ sections: section, subtotals: subtotal, totals: total, headers: header }),
      question: false,
    });
  }
  if (lines.length === 0) return null;
  return (
    <section className={styles.root} aria-label={m.readings}>
      <Text weight="semibold">{m.readings}</Text>
      <ul className={styles.list}>
        {lines.map(({ message, question }, i) => (
          <li key={i}>
            <Text weight={question ? "semibold" : "regular"}>{sentence(messageText(message, language), language)}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A reading as a line of its own: first letter up, closed with a full stop (。 in Chinese). */
function sentence(text: string, language: Language): string {
  const trimmed = text.trim();
  if (trimmed === "") return trimmed;
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  if (/[.!?。！？]$/.test(capital)) return capital;
  return capital + (language === "zh" ? "。" : ".");
}
