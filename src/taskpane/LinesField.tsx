import { Field, Textarea } from "@fluentui/react-components";
import { useState } from "react";

export interface LinesFieldProps {
  label: string;
  /** @default undefined */
  hint?: string;
  /** The lines the field holds now; the text follows them only when they change from outside. */
  lines: readonly string[];
  /** Called on every edit with the text's lines, trimmed, blank ones left out. */
  onLinesChange: (lines: string[]) => void;
  /** @default false */
  disabled?: boolean;
}

/** The lines a text holds, as the setting keeps them: trimmed, blank ones left out. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/**
 * A list typed one item a line (key accounts). The text is kept as typed, spaces and empty lines
 * included, so "Acme Ltd" can be typed a letter at a time and Enter starts a new line; only what
 * the field reports is trimmed. Rebuilding the text from the trimmed list on every key press is
 * what ate the space after "Acme" and the new line.
 */
export function LinesField({ label, hint, lines, onLinesChange, disabled = false }: LinesFieldProps) {
  const [text, setText] = useState(() => lines.join("\n"));
  const [held, setHeld] = useState(lines);
  if (held !== lines) {
    setHeld(lines);
    // Lines set from outside (settings loaded from the workbook) replace the text, unless it already holds them.
    if (!sameLines(linesOf(text), lines)) setText(lines.join("\n"));
  }
  return (
    <Field label={label} hint={hint}>
      <Textarea
        value={text}
        disabled={disabled}
        onChange={(_, d) => {
          setText(d.value);
          onLinesChange(linesOf(d.value));
        }}
      />
    </Field>
  );
}
