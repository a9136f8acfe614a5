import { Button, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../core/language";
import { messageText, type Message } from "../core/messages/message";
import type { DayMonthOrder } from "../excel/ledgerWorkbook";
import { useMessages } from "./paneContext";

/** The question key the scan asks when a column's day-month dates read either way. */
export const DATE_ORDER_QUESTION = "dateOrderAmbiguous";

export interface DateOrderQuestionProps {
  /** The scan's dateOrderAmbiguous questions (one per date column): one answer settles them all. */
  questions: readonly Message[];
  language: Language;
  /** Pre-selected, not applied: the order the workbook's locale most likely writes. */
  likely: DayMonthOrder;
  onConfirm: (order: DayMonthOrder) => void;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  confirm: { alignSelf: "flex-start", maxWidth: "100%" },
});

const ORDERS: readonly DayMonthOrder[] = ["dmy", "mdy"];

/**
 * Asks the order of the file's day-month dates: the scan's question, the two orders (the locale's
 * likely one pre-selected), and a button that applies the choice and scans again. Nothing is
 * applied until the user confirms.
 */
export function DateOrderQuestion({ questions, language, likely, onConfirm, disabled = false }: DateOrderQuestionProps) {
  const styles = useStyles();
  const m = useMessages();
  const [order, setOrder] = useState<DayMonthOrder>(likely);
  return (
    <section className={styles.root} aria-label={m.dateOrderQuestion}>
      {questions.map((question, i) => (
        <Text key={i}>{messageText(question, language)}</Text>
      ))}
      <Field label={m.dateOrderQuestion}>
        <RadioGroup layout="horizontal" value={order} onChange={(_, d) => setOrder(d.value === "mdy" ? "mdy" : "dmy")}>
          {ORDERS.map((value) => (
            <Radio key={value} value={value} label={m.dateOrderNames[value]} disabled={disabled} />
          ))}
        </RadioGroup>
      </Field>
      <Button className={styles.confirm} appearance="primary" disabled={disabled} onClick={() => onConfirm(order)}>
        {m.dateOrderConfirm}
      </Button>
    </section>
  );
}

/**
 * The order a workbook's text dates most likely follow, from Office's display language: month first
 * in the United States, day first elsewhere (and when Office does not say).
 *
 * @example
 * likelyDateOrder("en-US") //=> "mdy"
 */
export function likelyDateOrder(displayLanguage: string | undefined): DayMonthOrder {
  return displayLanguage?.trim().toLowerCase() === "en-us" ? "mdy" : "dmy";
}
