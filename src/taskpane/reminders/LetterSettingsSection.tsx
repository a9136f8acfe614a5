import { Button, Checkbox, Field, Input, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DEFAULT_LETTER_SETTINGS_FORM, type LetterSettingsForm } from "../../core/letters/letterSettingsFromForm";
import { NumberField } from "../NumberField";
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

/**
 * The form keeps NaN for a number field whose text is refused (the letters then report it); the
 * field itself holds null for that, and shows why in its own label.
 */
const held = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * The letters' settings: letter language (independent of the pane's), signature block, bank
 * details, days to pay, how the tone escalates, one letter per customer or per currency, and the
 * option blocks. The small-balance thresholds are the scan's (analysis settings), said here, so a
 * balance the grid calls small never gets a letter. Changes redraft at once; Save keeps them in
 * the workbook so they travel with it.
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
      <NumberField
        label={m.payByDays}
        rule={{ min: 0, max: 366, whole: true }}
        value={held(form.payByDays)}
        onValueChange={(value) => set({ payByDays: value ?? Number.NaN })}
      />
      <Field hint={m.oneLetterPerCustomerHint}>
        <Switch
          label={m.oneLetterPerCustomer}
          checked={form.oneLetterPerCustomer ?? DEFAULT_LETTER_SETTINGS_FORM.oneLetterPerCustomer ?? true}
          onChange={(_, d) => set({ oneLetterPerCustomer: d.checked })}
        />
      </Field>
      <Text size={200}>{m.smallBalancesFromScan}</Text>
      <Checkbox
        label={m.lateInterest}
        checked={lateInterest.on}
        onChange={(_, d) => set({ lateInterest: { ...lateInterest, on: d.checked === true } })}
      />
      {lateInterest.on && (
        <div className={styles.indent}>
          <NumberField
            label={m.ratePercent}
            rule={{ min: 0 }}
            value={held(lateInterest.ratePercent)}
            onValueChange={(value) => set({ lateInterest: { ...lateInterest, ratePercent: value ?? Number.NaN } })}
          />
          <Field label={m.basis}>
            <Select
              value={lateInterest.basis}
              onChange={(_, d) => set({ lateInterest: { ...lateInterest, basis: d.value === "daily" ? "daily" : "annual" } })}
            >
              <option value="annual">{m.basisNames.annual}</option>
              <option value="daily">{m.basisNames.daily}</option>
            </Select>
          </Field>
          <NumberField
            label={m.fixedFee}
            rule={{ min: 0 }}
            value={held(lateInterest.fixedFee)}
            onValueChange={(value) => set({ lateInterest: { ...lateInterest, fixedFee: value ?? Number.NaN } })}
          />
        </div>
      )}
      <Checkbox
        label={m.paymentPlan}
        checked={paymentPlan.on}
        onChange={(_, d) => set({ paymentPlan: { ...paymentPlan, on: d.checked === true } })}
      />
      {paymentPlan.on && (
        <div className={styles.indent}>
          <NumberField
            label={m.installments}
            rule={{ min: 2, max: 24, whole: true }}
            value={held(paymentPlan.installments)}
            onValueChange={(value) => set({ paymentPlan: { ...paymentPlan, installments: value ?? Number.NaN } })}
          />
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
