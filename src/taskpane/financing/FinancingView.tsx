import { Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import { useMemo, useState, type ReactNode } from "react";
import type { Language } from "../../core/language";
import { formatIsoDate } from "../../core/dates/excelSerial";
import { failureText, isFailure, type Result } from "../../core/failure";
import { financingChoices, type FinancingTable as Table } from "../../core/financing/financingChoices";
import { financingChoicesSelection } from "../../core/financing/financingChoicesSelection";
import { cashForecastByCurrency } from "../../core/forecast/cashForecastByCurrency";
import { forecastLedgerFromScan } from "../../core/forecast/forecastLedgerFromScan";
import { customerKey } from "../../core/ledger/ledgerScanSettings";
import { centsToMoney, Money } from "../../core/money/money";
import { parseAmount } from "../../core/money/parseAmount";
import type { ScannedLedger } from "../../excel/ledgerWorkbook";
import { formatMoney } from "../../core/money/formatMoney";
import { NoticeBar } from "../NoticeBar";
import type { ScanViewProps } from "../PaneViews";
import { FinancingTable } from "./FinancingTable";
import { financingCustomers, type FinancingCustomer } from "../../core/financing/financingCustomers";
import { FINANCING_MESSAGES } from "./financingMessages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, border: "none", margin: 0, padding: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

/** The terms the analyst types, as text (percentages for rates), shared by every customer. */
interface TermsForm {
  advance: string;
  fee: string;
  periodDays: string;
  discount: string;
  premium: string;
  indemnity: string;
}

const DEFAULT_TERMS: TermsForm = {
  advance: "80",
  fee: "2",
  periodDays: "30",
  discount: "2/10 net 30",
  premium: "0.3",
  indemnity: "90",
};

/** A percentage typed in a field as a fraction (80 → 0.8), exactly; null when it is not a number. */
function percent(text: string): Decimal | null {
  try {
    const value = new Money(text.trim().replace(/%$/, ""));
    return value.isFinite() ? value.dividedBy(100) : null;
  } catch {
    return null;
  }
}

/**
 * The Financing view (taskpane spec §3b): for a customer's open invoices in one currency (all, or
 * those ticked), cash now and its cost under factoring, an early-payment discount, credit
 * insurance and waiting, side by side, with the AR.* formula behind every figure. The customer's
 * payment habit is the forecast's (AR.CASHFORECAST's habit over that currency's rows).
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
  const [terms, setTerms] = useState<TermsForm>(DEFAULT_TERMS);
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
  const field = (key: keyof TermsForm, label: string) => (
    <Field label={label}>
      <Input value={terms[key]} onChange={(_, d) => setTerms({ ...terms, [key]: d.value })} />
    </Field>
  );
  return (
    <div className={styles.root}>
      <Field label={t.customer}>
        <Select value={String(customer.index)} onChange={(_, d) => setPicked(Number(d.value))}>
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
      </CustomerFinancing>
    </div>
  );
}

interface CustomerFinancingProps {
  customer: FinancingCustomer;
  /** The customer's payment habit in days (the forecast's), unrounded. */
  habitDays: number;
  scanned: ScannedLedger;
  terms: TermsForm;
  language: Language;
  /** The insurance rate fields, shown beside the customer's own at-risk amount. */
  children: ReactNode;
}

/** The part of the view that belongs to one customer: its invoices, its at-risk amount, the table. */
function CustomerFinancing({ customer, habitDays, scanned, terms, language, children }: CustomerFinancingProps) {
  const styles = useStyles();
  const t = FINANCING_MESSAGES[language];
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const [atRisk, setAtRisk] = useState(centsToMoney(customer.overdueCents).toFixed(2));

  const result = ((): Result<Table> | string => {
    const rates = {
      advance: percent(terms.advance),
      fee: percent(terms.fee),
      premium: percent(terms.premium),
      indemnity: percent(terms.indemnity),
    };
    const labels = { advance: t.advanceRate, fee: t.feeRate, premium: t.premiumRate, indemnity: t.indemnityRate };
    for (const key of Object.keys(rates) as (keyof typeof rates)[]) if (rates[key] === null) return t.notANumber(labels[key]);
    const periodDays = Number(terms.periodDays);
    if (terms.periodDays.trim() === "" || !Number.isFinite(periodDays)) return t.notANumber(t.periodDays);
    const risk = parseAmount(atRisk, "at-risk amount");
    if (isFailure(risk)) return failureText(risk, language);
    const selection = financingChoicesSelection(
      customer.invoices
        .filter((inv) => !unticked.has(inv.rowIndex))
        .map((inv) => ({ amountCents: inv.openCents, dueSerial: inv.dueSerial })),
    );
    if (isFailure(selection)) return selection;
    return financingChoices({
      ...selection,
      asOf: scanned.asOf,
      habitDays,
      dateSystem: scanned.dateSystem,
      factoring: { advanceRate: rates.advance as Decimal, feeRate: rates.fee as Decimal, periodDays },
      discountTerms: terms.discount,
      insurance: {
        premiumRate: rates.premium as Decimal,
        indemnityRate: rates.indemnity as Decimal,
        atRiskCents: risk === null ? 0 : risk.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber(),
      },
    });
  })();

  const iso = (serial: number) => formatIsoDate(serial, scanned.dateSystem);
  return (
    <>
      <fieldset className={styles.group}>
        <legend>
          <Text weight="semibold">{t.insurance}</Text>
        </legend>
        <div className={styles.row}>
          {children}
          <Field label={t.atRisk}>
            <Input value={atRisk} onChange={(_, d) => setAtRisk(d.value)} />
          </Field>
        </div>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>
          <Text weight="semibold">{t.invoices}</Text>
        </legend>
        {customer.invoices.map((inv) => (
          <Checkbox
            key={inv.rowIndex}
            checked={!unticked.has(inv.rowIndex)}
            onChange={(_, d) => {
              const next = new Set(unticked);
              if (d.checked) next.delete(inv.rowIndex);
              else next.add(inv.rowIndex);
              setUnticked(next);
            }}
            label={t.invoice(
              inv.invoiceNo ?? t.row(scanned.firstDataRow + inv.rowIndex + 1),
              iso(inv.dueSerial),
              formatMoney(inv.openCents, customer.currency, language, { display: "number" }),
            )}
          />
        ))}
      </fieldset>
      {typeof result === "string" || isFailure(result) ? (
        // What keeps the table from showing (a field that is not a number, a bad selection), as an alert.
        <NoticeBar
          notice={{ intent: "warning", text: typeof result === "string" ? result : failureText(result, language) }}
          role="alert"
        />
      ) : (
        <>
          <Text size={200}>{t.habit(result.habitWholeDays, iso(result.expectedSerial), result.daysToCollect)}</Text>
          <FinancingTable table={result} currency={customer.currency} dateSystem={scanned.dateSystem} language={language} />
        </>
      )}
    </>
  );
}
