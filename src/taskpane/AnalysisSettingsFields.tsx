import { Field, Input, Select, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { PaneSettings } from "../excel/ledgerWorkbook";
import { NumberField } from "./NumberField";
import { useMessages } from "./paneContext";
import { currencyAmountsFromText, currencyAmountsText, edgesFromText, edgesText } from "./settingsText";

export interface AnalysisSettingsFieldsProps {
  settings: PaneSettings;
  onSettingsChange: (change: Partial<PaneSettings>) => void;
  /** @default false */
  disabled?: boolean;
}

/**
 * The text of a field kept as typed ("15, 45, " while the next edge is typed). A value set from
 * outside (settings loaded from the workbook) replaces the text, unless the text already reads as
 * that value (`readsAs`): the user's own spelling is never rewritten.
 */
function useTypedText<T>(value: T, show: (value: T) => string, readsAs: (text: string, value: T) => boolean) {
  const [text, setText] = useState(() => show(value));
  const [held, setHeld] = useState(value);
  if (held !== value) {
    setHeld(value);
    if (!readsAs(text, value)) setText(show(value));
  }
  return [text, setText] as const;
}

const sameList = <T,>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((x, i) => eq(x, b[i]));

/**
 * The analysis settings the core supports, kept with the workbook: aging edges (scan, dashboard
 * and AR Summary), the review threshold, the days between reminders, small-balance thresholds per
 * currency (the only ones: the grid's next step, the dashboard and the letters all read them) and
 * the credit-limit table's range, and how the next step escalates (by steps or by age: the grid, Today
 * and the letters follow it). Each field refuses what it cannot read, in its own
 * label, and keeps the last good setting meanwhile.
 */
export function AnalysisSettingsFields({ settings, onSettingsChange, disabled = false }: AnalysisSettingsFieldsProps) {
  const m = useMessages();
  const [edges, setEdges] = useTypedText(settings.agingEdges, edgesText, (text, value) => {
    const read = edgesFromText(text);
    return read !== null && sameList(read, value, (x, y) => x === y);
  });
  const [amounts, setAmounts] = useTypedText(settings.smallBalanceByCurrency, currencyAmountsText, (text, value) => {
    const read = currencyAmountsFromText(text);
    return Array.isArray(read) && sameList(read, value, (x, y) => x.currency === y.currency && x.amount === y.amount);
  });
  const edgesRead = edgesFromText(edges);
  const amountsRead = currencyAmountsFromText(amounts);
  const amountsRefused = Array.isArray(amountsRead) ? undefined : m.smallBalancesRefused(amountsRead.line, amountsRead.text);
  const edgesRefused = edgesRead === null ? m.agingEdgesRefused(edges.trim()) : undefined;
  return (
    <>
      <Text weight="semibold">{m.analysisSettings}</Text>
      <Field
        label={m.agingEdges}
        hint={m.agingEdgesHint}
        validationState={edgesRefused ? "error" : "none"}
        validationMessage={edgesRefused}
      >
        <Input
          value={edges}
          disabled={disabled}
          autoComplete="off"
          spellCheck={false}
          onChange={(_, d) => {
            setEdges(d.value);
            const read = edgesFromText(d.value);
            if (read) onSettingsChange({ agingEdges: read });
          }}
        />
      </Field>
      <NumberField
        label={m.reviewThreshold}
        hint={m.reviewThresholdHint}
        rule={{ min: 0, max: 1000 }}
        // Kept as a share (0.1); shown and typed as a percentage (10), rounded off float noise.
        value={Math.round(settings.reviewThreshold * 1e8) / 1e6}
        disabled={disabled}
        onValueChange={(value) => value !== null && onSettingsChange({ reviewThreshold: value / 100 })}
      />
      <NumberField
        label={m.reminderInterval}
        hint={m.reminderIntervalHint}
        rule={{ min: 0, max: 3650, whole: true }}
        value={settings.minReminderIntervalDays}
        disabled={disabled}
        onValueChange={(value) => value !== null && onSettingsChange({ minReminderIntervalDays: value })}
      />
      <NumberField
        label={m.promiseGrace}
        hint={m.promiseGraceHint}
        rule={{ min: 0, max: 365, whole: true }}
        value={settings.promiseGraceDays}
        disabled={disabled}
        onValueChange={(value) => value !== null && onSettingsChange({ promiseGraceDays: value })}
      />
      <Field label={m.escalation} hint={m.escalationHint}>
        <Select
          value={settings.escalation}
          disabled={disabled}
          onChange={(_, d) => onSettingsChange({ escalation: d.value === "age" ? "age" : "steps" })}
        >
          <option value="steps">{m.escalationNames.steps}</option>
          <option value="age">{m.escalationNames.age}</option>
        </Select>
      </Field>
      <Field
        label={m.smallBalances}
        hint={m.smallBalancesHint}
        validationState={amountsRefused ? "error" : "none"}
        validationMessage={amountsRefused}
      >
        <Textarea
          value={amounts}
          disabled={disabled}
          onChange={(_, d) => {
            setAmounts(d.value);
            const read = currencyAmountsFromText(d.value);
            if (Array.isArray(read)) onSettingsChange({ smallBalanceByCurrency: read });
          }}
        />
      </Field>
      <Field label={m.creditLimitRange} hint={m.creditLimitRangeHint}>
        <Input
          value={settings.creditLimitRange ?? ""}
          placeholder="Limits!A:C"
          disabled={disabled}
          onChange={(_, d) => onSettingsChange({ creditLimitRange: d.value.trim() === "" ? null : d.value })}
        />
      </Field>
    </>
  );
}
