import { Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import { useMemo, useState, type ReactNode } from "react";
import type { Language } from "../../core/language";
import { formatIsoDate } from "../../core/dates/excelSerial";
import { failureText, isFailure } from "../../core/failure";
import {
  isFieldProblem,
  readFinancingForm,
  type FinancingField,
  type FinancingForm,
  type FinancingTermsRead,
} from "../../core/financing/financingForm";
import { financingOffers, type FinancingOffer, type FinancingOffers } from "../../core/financing/financingOffers";
import { cashForecastByCurrency } from "../../core/forecast/cashForecastByCurrency";
import { forecastLedgerFromScan } from "../../core/forecast/forecastLedgerFromScan";
import { customerKey } from "../../core/ledger/ledgerScanSettings";
import type { ScannedLedger } from "../../excel/ledgerWorkbook";
import { formatMoney } from "../../core/money/formatMoney";
import { NoticeBar } from "../NoticeBar";
import { NumberField } from "../NumberField";
import { numberOrNull, type NumberRule } from "../numberFieldText";
import type { ScanViewProps } from "../PaneViews";
import { FinancingTable } from "./FinancingTable";
import { financingCustomers, type FinancingCustomer } from "../../core/financing/financingCustomers";
import { FINANCING_MESSAGES } from "./financingMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, border: "none", margin: 0, padding: 0 },
  // A long customer name must not widen the pane: the picker keeps the pane's width and elides.
  selectElement: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  // Fields stacked: side by side they overflow a 320 px pane (Excel's narrowest).
  row: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const DEFAULT_TERMS: FinancingForm = {
  advance: "80",
  fee: "2",
  periodDays: "30",
  factorMaxOverdue: "0",
  discount: "2/10 net 30",
  premium: "0.3",
  indemnity: "90",
  waitingDays: "180",
  coverDays: "90",
};

/** What each number field accepts (the same bounds readFinancingForm checks). */
const PERCENT: NumberRule = { min: 0, max: 100 };
const DAYS: NumberRule = { min: 0, max: 36_500, whole: true };
const TERM_RULES: Readonly<Record<FinancingField, NumberRule>> = {
  advance: PERCENT,
  fee: PERCENT,
  periodDays: { ...DAYS, min: 1 },
  factorMaxOverdue: DAYS,
  premium: PERCENT,
  indemnity: PERCENT,
  waitingDays: DAYS,
  coverDays: DAYS,
};

/** A fraction as the percentage it was typed as (0.003 → "0.3"), exactly. */
const pct = (fraction: Decimal) => fraction.times(100).toString();

/**
 * The Financing view (taskpane spec §3b): for a customer's ticked open invoices in one currency,
 * cash now and its cost under factoring, an early-payment discount, credit insurance and waiting,
 * side by side, with the AR.* formula behind every figure. Each option is priced only on the
 * invoices it applies to (core/financing/financingOffers.ts) and states what it assumes in one
 * line. The customer's payment habit is the forecast's (AR.CASHFORECAST's habit over that
 * currency's rows).
 */
export function FinancingView({ language, scanned }: ScanViewProps) {
  const styles = useStyles();
  const t = FINANCING_MESSAGES[language];
  const customers = useMemo(() => (scanned === null ? [] : financingCustomers(scanned)), [scanned]);
  // Habits are the forecast's, per currency: computed once per scan, not per customer picked.
  const forecasts = useMemo(
    () => (scanned === null ? null : cashForecastByCurrency(forecastLedgerFromScan(scanned), { asOf: scanned.asOf })),
    [scanned],
  );
  const [picked, setPicked] = useState<number | null>(null);
  const [terms, setTerms] = useState<FinancingForm>(DEFAULT_TERMS);
  if (scanned === null)
    return (
      <div className={styles.root}>
        <Text>{t.scanFirst}</Text>
      </div>
    );
  if (customers.length === 0)
    return (
      <div className={styles.root}>
        <Text>{t.noOpen}</Text>
      </div>
    );
  const customer = customers.find((c) => c.index === picked) ?? customers[0];
  const habit =
    forecasts === null || isFailure(forecasts)
      ? undefined
      : forecasts.get(customer.currency)?.habits.get(customerKey(customer.customer));
  const field = (key: keyof FinancingForm, label: string) => {
    const rule = key === "discount" ? undefined : TERM_RULES[key];
    return rule === undefined ? (
      <Field label={label}>
        <Input value={terms[key]} onChange={(_, d) => setTerms({ ...terms, [key]: d.value })} />
      </Field>
    ) : (
      // The text is kept as typed; the field refuses what it cannot read, in its own label.
      <NumberField
        label={label}
        rule={rule}
        language={language}
        value={numberOrNull(terms[key], rule)}
        onValueChange={(_, text) => setTerms({ ...terms, [key]: text })}
      />
    );
  };
  return (
    <div className={styles.root}>
      <Field label={t.customer}>
        <Select
          select={{ className: styles.selectElement }}
          value={String(customer.index)}
          onChange={(_, d) => setPicked(Number(d.value))}
        >
          {customers.map((c) => (
            <option key={c.index} value={c.index}>
              {`${c.customer}${c.currency ? ` · ${c.currency}` : ""} · ${formatMoney(c.openCents, c.currency, language, { display: "number" })}`}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.group}>
        <legend>
          <Text weight="semibold">{t.factoring}</Text>
        </legend>
        <div className={styles.row}>
          {field("advance", t.advanceRate)}
          {field("fee", t.feeRate)}
          {field("periodDays", t.periodDays)}
          {field("factorMaxOverdue", t.factorMaxOverdue)}
        </div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>
          <Text weight="semibold">{t.discount}</Text>
        </legend>
        {field("discount", t.terms)}
      </fieldset>
      <CustomerFinancing
        key={customer.index}
        customer={customer}
        habitDays={habit?.days ?? 0}
        scanned={scanned}
        terms={terms}
        language={language}
      >
        {field("premium", t.premiumRate)}
        {field("indemnity", t.indemnityRate)}
        {field("waitingDays", t.waitingDays)}
        {field("coverDays", t.coverDays)}
      </CustomerFinancing>
    </div>
  );
}

interface CustomerFinancingProps {
  customer: FinancingCustomer;
  /** The customer's payment habit in days (the forecast's), unrounded. */
  habitDays: number;
  scanned: ScannedLedger;
  terms: FinancingForm;
  language: Language;
  /** The insurance fields. */
  children: ReactNode;
}

/** The part of the view that belongs to one customer: its invoices (credit notes unticked), the offers. */
function CustomerFinancing({ customer, habitDays, scanned, terms, language, children }: CustomerFinancingProps) {
  const styles = useStyles();
  const t = FINANCING_MESSAGES[language];
  // Credit notes are never pre-ticked: they net against what the customer pays, not what a factor buys.
  const [ticked, setTicked] = useState<ReadonlySet<number>>(
    () => new Set(customer.invoices.filter((inv) => inv.openCents > 0).map((inv) => inv.rowIndex)),
  );
  const labels: Record<FinancingField, string> = {
    advance: t.advanceRate,
    fee: t.feeRate,
    periodDays: t.periodDays,
    factorMaxOverdue: t.factorMaxOverdue,
    premium: t.premiumRate,
    indemnity: t.indemnityRate,
    waitingDays: t.waitingDays,
    coverDays: t.coverDays,
  };

  const read = readFinancingForm(terms);
  const result = ((): FinancingOffers | string => {
    // Every problem in the field's own label, never an argument name of the functions behind it.
    if (isFieldProblem(read)) {
      const label = labels[read.field];
      if (read.problem === "notANumber") return t.notANumber(label);
      if (read.problem === "percentRange") return t.percentRange(label, !read.zeroAllowed);
      return t.wholeDays(label, read.min);
    }
    const offers = financingOffers(
      customer.invoices.filter((inv) => ticked.has(inv.rowIndex)),
      read,
      { asOf: scanned.asOf, habitDays, dateSystem: scanned.dateSystem },
    );
    return isFailure(offers) ? t.fieldSays(t.terms, failureText(offers, language)) : offers;
  })();

  const iso = (serial: number) => formatIsoDate(serial, scanned.dateSystem);
  return (
    <>
      <fieldset className={styles.group}>
        <legend>
          <Text weight="semibold">{t.insurance}</Text>
        </legend>
        <div className={styles.row}>{children}</div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>
          <Text weight="semibold">{t.invoices}</Text>
        </legend>
        {customer.invoices.map((inv) => (
          <Checkbox
            key={inv.rowIndex}
            checked={ticked.has(inv.rowIndex)}
            onChange={(_, d) => {
              const next = new Set(ticked);
              if (d.checked) next.add(inv.rowIndex);
              else next.delete(inv.rowIndex);
              setTicked(next);
            }}
            label={t.invoice(
              inv.invoiceNo ?? t.row(scanned.firstDataRow + inv.rowIndex + 1),
              iso(inv.dueSerial),
              formatMoney(inv.openCents, customer.currency, language, { display: "number" }),
            )}
          />
        ))}
      </fieldset>
      {typeof result === "string" || isFieldProblem(read) ? (
        // What keeps the table from showing (a field it cannot read), as an alert, in that field's label.
        <NoticeBar notice={{ intent: "warning", text: typeof result === "string" ? result : "" }} role="alert" />
      ) : (
        <OffersShown offers={result} read={read} currency={customer.currency} scanned={scanned} language={language} />
      )}
    </>
  );
}

interface OffersShownProps {
  offers: FinancingOffers;
  read: FinancingTermsRead;
  currency: string;
  scanned: ScannedLedger;
  language: Language;
}

/** The habit, one line per option saying what it assumes and what it applies to, then the table. */
function OffersShown({ offers, read, currency, scanned, language }: OffersShownProps) {
  const t = FINANCING_MESSAGES[language];
  const iso = (serial: number) => formatIsoDate(serial, scanned.dateSystem);
  const wait = offers.offers.find((o) => o.kind === "wait")?.choice ?? null;
  const assumes = (offer: FinancingOffer): string => {
    switch (offer.kind) {
      case "factoring":
        return t.factoringAssumes(pct(read.advanceRate), pct(read.feeRate), read.periodDays, read.factorMaxOverdue);
      case "discount":
        return offers.discount === null
          ? t.noDiscount
          : t.discountAssumes(
              pct(new Decimal(offers.discount.rate)),
              offers.discount.days,
              offers.discount.netDays - offers.discount.days,
            );
      case "insurance":
        return t.insuranceAssumes(pct(read.indemnityRate), pct(read.premiumRate), read.waitingDays, read.coverDays);
      case "wait":
        return t.waitAssumes(wait === null ? t.none : iso(wait.expectedDateSerial));
    }
  };
  const reach = (offer: FinancingOffer): string =>
    offer.choice !== null
      ? t.applies(offer.invoiceCount, offers.tickedCount)
      : offer.kind === "discount" && offers.discount === null
        ? ""
        : t.notOffered[offer.leftOut ?? "nothingOwed"];
  const choices = offers.offers.flatMap((o) => (o.choice === null ? [] : [o.choice]));
  return (
    <>
      {wait !== null ? (
        <Text size={200}>
          {t.habit(offers.habitWholeDays, iso(wait.expectedDateSerial), wait.expectedDateSerial - scanned.asOf)}
        </Text>
      ) : null}
      <ul aria-label={t.assumptions} style={{ margin: 0, paddingInlineStart: "1.2em" }}>
        {offers.offers.map((offer) => (
          <li key={offer.kind}>
            <Text size={200}>{`${assumes(offer)} ${reach(offer)}`.trim()}</Text>
          </li>
        ))}
      </ul>
      {choices.length > 0 ? (
        <FinancingTable choices={choices} currency={currency} dateSystem={scanned.dateSystem} language={language} />
      ) : null}
    </>
  );
}
