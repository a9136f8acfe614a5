import { Badge, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CurrencyDashboard } from "../../core/dashboard/dashboardTypes";
import type { DateSystem } from "../../core/dates/excelSerial";
import type { Language } from "../../core/language";
import type { CustomerSummary } from "../../core/ledger/ledgerAnalysisTypes";
import { formatLetterDate } from "../../core/letters/formatLetterDate";
import { formatMoney, formatNumber, formatPercent } from "../../core/money/formatMoney";
import { toCents } from "../../core/money/money";
import { AgingChart } from "./AgingChart";
import type { DashboardMessages } from "./dashboardMessages";
import { RiskGrades } from "./RiskGrades";

export interface CurrencyPanelProps {
  figures: CurrencyDashboard;
  /** The UI language: amounts by ISO code (formatMoney), ratios and days with one decimal, dates as letters write them. */
  language: Language;
  /** The scanned workbook's date system, for the window's dates. */
  dateSystem: DateSystem;
  messages: DashboardMessages;
  /** The concentration flag as a ratio (0.2), shown as the threshold. */
  concentrationFlag: number;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  table: { width: "100%", borderCollapse: "collapse" },
  rowHeader: { textAlign: "start", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  line: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * One currency's dashboard: totals, ratios over the trailing window, aging, customer lists and risk
 * grades. Each balance is labelled with what it is (src/core/ledger/balances.ts): the open balance
 * nets credit notes, overdue leaves disputed invoices out, and both of those have a line of their own.
 */
export function CurrencyPanel({ figures: f, language, dateSystem, messages: t, concentrationFlag }: CurrencyPanelProps) {
  const styles = useStyles();
  const name = f.currency === "" ? t.noCurrency : f.currency;
  const money = (cents: number) => formatMoney(cents, f.currency, language);
  /** An amount the core gave as a number of currency units (rounded to cents first). */
  const amount = (units: number) => money(toCents(units));
  const percent = (ratio: number) => formatPercent(ratio, language, 1);
  const date = (serial: number) => formatLetterDate(serial, language, dateSystem);
  const days = (value: number | null) => (value === null ? t.notAvailable : t.days(formatNumber(value, language, 1)));
  const row = (label: string, value: string) => (
    <tr key={label}>
      <th scope="row" className={styles.rowHeader}>
        {label}
      </th>
      <td className={styles.number}>{value}</td>
    </tr>
  );
  const agingLine = (label: string, value: string, count: number | null) => (
    <tr key={label}>
      <th scope="row" className={styles.rowHeader}>
        {label}
      </th>
      <td className={styles.number}>{value}</td>
      <td className={styles.number}>{count ?? ""}</td>
    </tr>
  );
  const windowNote =
    f.window === null
      ? t.needsInvoiceDates
      : f.dso === null
        ? t.nothingInvoiced
        : t.window(date(f.window.start), date(f.window.end));
  const chartLabel = t.chartLabel(name, f.buckets.map((b) => `${b.label} ${money(b.amountCents)}`).join(", "));
  const customerList = (
    label: string,
    customers: readonly CustomerSummary[],
    empty: string,
    value: (c: CustomerSummary) => string,
  ) =>
    section(
      label,
      customers.length === 0 ? (
        <Text className={styles.note}>{empty}</Text>
      ) : (
        <ol className={styles.list} aria-label={label}>
          {customers.map((c) => (
            <li key={c.customer}>
              <span className={styles.line}>
                <span>{c.customer}</span>
                <span className={styles.number}>{value(c)}</span>
              </span>
            </li>
          ))}
        </ol>
      ),
    );

  return (
    <section className={styles.root} aria-label={name}>
      <Subtitle2 as="h3">{name}</Subtitle2>
      <table className={styles.table} aria-label={t.keyFigures}>
        <tbody>
          {row(t.open, amount(f.open))}
          {row(t.overdue, amount(f.overdue))}
          {row(t.overduePct, percent(f.overduePct))}
          {row(t.disputed, amount(f.disputed))}
          {row(t.credits, amount(f.credits))}
          {row(t.dso, days(f.dso))}
          {row(t.bpdso, days(f.bpdso))}
          {row(t.add, days(f.add))}
          {row(t.cei, f.cei === null ? t.notAvailable : percent(f.cei))}
        </tbody>
      </table>
      <Text size={200} className={styles.note}>
        {windowNote}
        {f.window !== null && f.dso !== null && f.cei === null ? ` ${t.ceiNeedsPaidDates}` : ""}
      </Text>

      {section(
        t.aging,
        <>
          <AgingChart buckets={f.buckets} label={chartLabel} />
          <table className={styles.table} aria-label={`${t.aging} ${name}`}>
            <thead>
              <tr>
                <th scope="col" className={styles.rowHeader}>
                  {t.bucket}
                </th>
                <th scope="col" className={styles.number}>
                  {t.amount}
                </th>
                <th scope="col" className={styles.number}>
                  {t.count}
                </th>
              </tr>
            </thead>
            <tbody>
              {f.buckets.map((b) => (
                <tr key={b.label}>
                  <th scope="row" className={styles.rowHeader}>
                    {b.label}
                  </th>
                  <td className={styles.number}>{money(b.amountCents)}</td>
                  <td className={styles.number}>{b.count}</td>
                </tr>
              ))}
              {/* Apart from the buckets (src/core/ledger/balances.ts); with them they add up to the open balance. */}
              {agingLine(t.disputed, amount(f.disputed), f.disputedCount)}
              {agingLine(t.credits, amount(f.credits), f.creditNoteCount)}
              {agingLine(t.agingTotal, amount(f.open), null)}
            </tbody>
          </table>
        </>,
      )}

      {customerList(t.topOverdue, f.topOverdue, t.noOverdue, (c) => money(c.overdueCents))}

      {section(
        t.concentration,
        f.concentration.share === null ? (
          <Text className={styles.note}>{t.noConcentration}</Text>
        ) : (
          <span className={styles.line}>
            <span>
              {f.concentration.customer} · {percent(f.concentration.share)}
            </span>
            {f.concentration.flagged && (
              <Badge color="danger" appearance="tint">
                {t.concentrationFlag(percent(concentrationFlag))}
              </Badge>
            )}
          </span>
        ),
      )}

      {customerList(t.overLimit, f.overLimit, t.noOverLimit, (c) => t.ofLimit(percent(c.creditUse ?? 0)))}
      {customerList(t.review, f.reviewFlagged, t.noReview, (c) => money(c.overdueCents))}
      {section(t.riskGrades, <RiskGrades grades={f.riskGrades} language={language} messages={t} />)}
    </section>
  );
}

/** A sub-heading and its content. */
function section(label: string, content: ReactNode): ReactNode {
  return (
    <div key={label}>
      <Text as="h4" weight="semibold" block>
        {label}
      </Text>
      {content}
    </div>
  );
}
