import { Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../core/language";
import { messageText, type Message } from "../core/messages/message";
import { MESSAGES } from "./messages";
import { NUMBER_FIELD_MESSAGES as M } from "./numberFieldMessages";
import { readNumberText, type NumberReading, type NumberRule } from "./numberFieldText";
import { useMessages } from "./paneContext";

export interface NumberFieldProps {
  /** The field's label; refusals are worded with it. */
  label: string;
  /** The number the field holds now (null: none); the text follows it only when it changes from outside. */
  value: number | null;
  /** Called on every edit: the number the text reads as (null when refused) and the text itself. */
  onValueChange: (value: number | null, text: string) => void;
  /** @default {} */
  rule?: NumberRule;
  /** @default undefined */
  hint?: string;
  /** A refusal from the caller (e.g. the figures it feeds cannot compute), shown when the text itself reads. */
  error?: string;
  /** @default false */
  disabled?: boolean;
  /** The pane's language; by default the one of the message catalogue in context. */
  language?: Language;
  /**
   * How a number set from outside is written into the field (e.g. money with two decimals).
   * @default String
   */
  format?: (value: number) => string;
}

function refusal(reading: NumberReading, label: string, text: string): Message | null {
  switch (reading.kind) {
    case "number":
      return null;
    case "empty":
      return M.empty({ label });
    case "unreadable":
      return M.unreadable({ label, text: text.trim() });
    case "notWhole":
      return M.notWhole({ label, text: text.trim() });
    case "belowMin":
      return M.belowMin({ label, text: text.trim(), min: String(reading.min) });
    case "aboveMax":
      return M.aboveMax({ label, text: text.trim(), max: String(reading.max) });
  }
}

/**
 * The pane's one number input. It keeps exactly what the user types ("12." stays "12." while they
 * go on typing), reads it with readNumberText, and refuses what it cannot read or what is out of
 * range with an error in its own label, in English or Chinese. It never turns the text into
 * another number: a plain text input (decimal keyboard on touch), because a browser's
 * type="number" input hides "1e9" or "12." from the page and reports "" or a different value.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onValueChange, rule = {}, hint, error, disabled = false, language, format = String } = props;
  // A held number as first shown: by default as JavaScript writes it, which the field reads back unchanged.
  const shown = (held: number | null): string => (held === null || !Number.isFinite(held) ? "" : format(held));
  const catalogue = useMessages();
  const lang: Language = language ?? (catalogue === MESSAGES.zh ? "zh" : "en");
  const [text, setText] = useState(() => shown(value));
  const [held, setHeld] = useState(value);
  const reading = readNumberText(text, rule);
  // A number set from outside (settings loaded from the workbook) replaces the text, unless the
  // text already reads as it: the user's own "12." is never rewritten to "12".
  if (!Object.is(held, value)) {
    setHeld(value);
    const current = reading.kind === "number" ? reading.value : null;
    if (!Object.is(current, value)) setText(shown(value));
  }
  const refused = refusal(reading, label, text);
  const message = refused ? messageText(refused, lang) : error;
  return (
    <Field label={label} hint={hint} validationState={message === undefined ? "none" : "error"} validationMessage={message}>
      <Input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={disabled}
        onChange={(_, d) => {
          setText(d.value);
          const next = readNumberText(d.value, rule);
          onValueChange(next.kind === "number" ? next.value : null, d.value);
        }}
      />
    </Field>
  );
}
