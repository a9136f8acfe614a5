import { Button, Checkbox, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { LetterSettingsForm } from "../../core/letters/letterSettingsFromForm";
import type { RemindersMessages } from "./remindersMessages";

export interface LetterSettingsSectionProps {
  form: LetterSettingsForm;
  m: RemindersMessages;
  onChange: (form: LetterSettingsForm) => void;
  onSave: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  indent: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXXL },
});

type TextField =
  "company" | "contact" | "title" | "email" | "phone" | "bankAccountName" | "bankName" | "bankAccountNumber" | "bankSwift";
const SIGNATURE: readonly TextField[] = ["company", "contact", "title", "email", "phone"];
const BANK: readonly TextField[] = ["bankAccountName", "bankName", "bankAccountNumber", "bankSwift"];

/** A number input's value; an empty or unreadable field is NaN, which the letters then report. */
const numberOf = (value: string): number => (value.trim() === "" ? Number.NaN : Number(value));
const shown = (value: number): string => (Number.isFinite(value) ? String(value) : "");

/**
 * The letters' settings: letter language (independent of the pane's), signature block, bank
 * details, days to pay and the option blocks. Changes redraft at once; Save keeps them in the
 * workbook so they travel with it.
 */
export function LetterSettingsSection({ form, m, onChange, onSave }: LetterSettingsSectionProps) {
  const styles = useStyles();
  const set = (change: Partial<LetterSettingsForm>) => onChange({ ...form, ...change });
  const text = (field: TextField) => (
    <Field key={field} label={m[field]}>
      <Input value={form[field]} onChange={(_, d) => set({ [field]: d.value })} />
    </Field>
  );
  const { lateInterest, paymentPlan, discount } = form;
  return (
    <section className={styles.root} aria-label={m.settings}>
      <Field label={m.letterLanguage}>
        <Select
          value={form.language ?? "ui"}
          onChange={(_, d) => set({ language: d.value === "en" || d.value === "zh" ? d.value : null })}
        >
          <option value="ui">{m.languageNames.ui}</option>
          <option value="en">{m.languageNames.en}</option>
          <option value="zh">{m.languageNames.zh}</option>
        </Select>
      </Field>
      {SIGNATURE.map(text)}
      {BANK.map(text)}
      <Field label={m.payByDays}>
        <Input
          type="number"
          min={0}
          max={366}
          value={shown(form.payByDays)}
          onChange={(_, d) => set({ payByDays: numberOf(d.value) })}
        />
      </Field>
      <Checkbox
        label={m.lateInterest}
        checked={lateInterest.on}
        onChange={(_, d) => set({ lateInterest: { ...lateInterest, on: d.checked === true } })}
      />
      {lateInterest.on && (
        <div className={styles.indent}>
          <Field label={m.ratePercent}>
            <Input
              type="number"
              min={0}
              step={0.1}
              value={shown(lateInterest.ratePercent)}
              onChange={(_, d) => set({ lateInterest: { ...lateInterest, ratePercent: numberOf(d.value) } })}
            />
          </Field>
          <Field label={m.basis}>
            <Select
              value={lateInterest.basis}
              onChange={(_, d) => set({ lateInterest: { ...lateInterest, basis: d.value === "daily" ? "daily" : "annual" } })}
            >
              <option value="annual">{m.basisNames.annual}</option>
              <option value="daily">{m.basisNames.daily}</option>
            </Select>
          </Field>
          <Field label={m.fixedFee}>
            <Input
              type="number"
              min={0}
              value={shown(lateInterest.fixedFee)}
              onChange={(_, d) => set({ lateInterest: { ...lateInterest, fixedFee: numberOf(d.value) } })}
            />
          </Field>
        </div>
      )}
      <Checkbox
        label={m.paymentPlan}
        checked={paymentPlan.on}
        onChange={(_, d) => set({ paymentPlan: { ...paymentPlan, on: d.checked === true } })}
      />
      {paymentPlan.on && (
        <div className={styles.indent}>
          <Field label={m.installments}>
            <Input
              type="number"
              min={2}
              max={24}
              value={shown(paymentPlan.installments)}
              onChange={(_, d) => set({ paymentPlan: { ...paymentPlan, installments: numberOf(d.value) } })}
            />
          </Field>
        </div>
      )}
      <Checkbox
        label={m.discount}
        checked={discount.on}
        onChange={(_, d) => set({ discount: { ...discount, on: d.checked === true } })}
      />
      {discount.on && (
        <div className={styles.indent}>
          <Field label={m.discountTerms}>
            <Input value={discount.terms} onChange={(_, d) => set({ discount: { ...discount, terms: d.value } })} />
          </Field>
          <Field label={m.discountText}>
            <Input value={discount.text} onChange={(_, d) => set({ discount: { ...discount, text: d.value } })} />
          </Field>
        </div>
      )}
      <div>
        <Button onClick={onSave}>{m.save}</Button>
      </div>
    </section>
  );
}
