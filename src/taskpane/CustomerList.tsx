import { Badge, Button, Input, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { creditLimitMapKey, customerCreditLimits } from "../core/credit/customerCreditLimits";
import type { Language } from "../core/language";
import type { CustomerSummary } from "../core/ledger/ledgerAnalysisTypes";
import { messageText } from "../core/messages/message";
import { formatMoney } from "../core/money/formatMoney";
import type { LedgerWorkbook, ScannedLedger } from "../excel/ledgerWorkbook";
import { ACTIVITY_PANE_MESSAGES } from "./activity/activityPaneMessages";
import { CustomerActivityForm } from "./activity/CustomerActivityForm";
import { CustomerHistoryLines } from "./CustomerHistoryLines";
import { DASHBOARD_MESSAGES } from "./dashboard/dashboardMessages";
import { NoticeBar } from "./NoticeBar";
import type { Notice } from "./notice";
import { useMessages } from "./paneContext";

export interface CustomerListProps {
  customers: readonly CustomerSummary[];
  /** Language of the amounts (formatMoney) and of the rows logged. @default "en" */
  language?: Language;
  /**
   * The port, for the cards' "Log…" form (promise, dispute, release, note). The form shows only
   * with both `workbook` and `scanned`.
   * @default undefined
   */
  workbook?: LedgerWorkbook;
  /** The scan the cards come from: its as-of dates what is logged, its rows offer the invoices. @default undefined */
  scanned?: ScannedLedger | null;
}

/** Rows shown at once; a filter narrows a long list. */
const MAX_SHOWN = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  filters: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
  },
  line: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  figure: { display: "flex", flexDirection: "column", alignItems: "flex-end", flexShrink: 0 },
  badges: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  logAction: { display: "flex", justifyContent: "flex-end" },
});

/** A card is one customer in one currency. */
function cardKey(c: CustomerSummary): string {
  return `${c.customer}\u0000${c.currency}`;
}

/**
 * Per customer and currency: overdue, open balance, disputed and credit notes (each labelled as
 * src/core/ledger/balances.ts defines it, in the dashboard's words), oldest days, level, credit use,
 * review flag and risk grade, how it usually pays and its recommended limit (CustomerHistoryLines),
 * with filters.
 */
export function CustomerList({ customers, language = "en", workbook, scanned = null }: CustomerListProps) {
  const styles = useStyles();
  const m = useMessages();
  const t = DASHBOARD_MESSAGES[language];
  // The card whose "Log…" form is open (customer and currency), and what the last log said.
  const [logging, setLogging] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const canLog = workbook !== undefined && scanned !== null;
  const [overdueOnly, setOverdueOnly] = useState(true);
  const [reviewOnly, setReviewOnly] = useState(false);
  const [search, setSearch] = useState("");
  // Recommended limits for every card at once, per scan: one pass over the rows, never one per
  // card; none at all when there is no card to show them on.
  const anyCustomer = customers.length > 0;
  const limits = useMemo(() => (scanned === null || !anyCustomer ? null : customerCreditLimits(scanned)), [scanned, anyCustomer]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return customers
      .filter(
        (c) =>
          (!overdueOnly || c.overdueCents > 0) &&
          (!reviewOnly || c.reviewFlag) &&
          (!needle || c.customer.toLowerCase().includes(needle)),
      )
      .sort((a, b) => b.oldestDaysOverdue - a.oldestDaysOverdue || b.overdueCents - a.overdueCents);
  }, [customers, overdueOnly, reviewOnly, search]);
  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <Switch label={m.filterOverdue} checked={overdueOnly} onChange={(_, d) => setOverdueOnly(d.checked)} />
        <Switch label={m.filterReview} checked={reviewOnly} onChange={(_, d) => setReviewOnly(d.checked)} />
        <Input aria-label={m.filterSearch} placeholder={m.filterSearch} value={search} onChange={(_, d) => setSearch(d.value)} />
      </div>
      <Text size={200}>{m.shown(Math.min(shown.length, MAX_SHOWN), shown.length)}</Text>
      <NoticeBar notice={notice} />
      {shown.length === 0 ? (
        <Text>{m.noCustomers}</Text>
      ) : (
        <ul className={styles.list} aria-label={m.customers}>
          {shown.slice(0, MAX_SHOWN).map((c) => (
            <li key={cardKey(c)} className={styles.item}>
              <div className={styles.line}>
                <Text weight="semibold" className={styles.name} title={c.customer}>
                  {c.customer}
                </Text>
                <span className={styles.figure}>
                  <Text size={100}>{t.overdue}</Text>
                  <Text data-figure="overdue">{formatMoney(c.overdueCents, c.currency, language)}</Text>
                </span>
              </div>
              <Text size={200} data-figure="balances">
                {[
                  t.labelled(t.open, formatMoney(c.openCents, c.currency, language)),
                  ...(c.disputedCents !== 0 ? [t.labelled(t.disputed, formatMoney(c.disputedCents, c.currency, language))] : []),
                  ...(c.creditsCents !== 0 ? [t.labelled(t.credits, formatMoney(c.creditsCents, c.currency, language))] : []),
                ].join(" · ")}
              </Text>
              <div className={styles.line}>
                <Text size={200}>
                  {m.oldest(c.oldestDaysOverdue)} · {m.level(c.highestLevel)} ·{" "}
                  {c.creditUse === null ? m.noLimit : t.labelled(t.creditUseLabel, `${Math.round(c.creditUse * 100)}%`)}
                </Text>
                <span className={styles.badges}>
                  {c.reviewFlag && (
                    <Badge color="danger" appearance="tint">
                      {m.review}
                    </Badge>
                  )}
                  <Badge appearance="outline">{m.grade(c.grade)}</Badge>
                </span>
              </div>
              <CustomerHistoryLines
                customer={c}
                limit={limits?.get(creditLimitMapKey(c.customer, c.currency))}
                language={language}
              />
              {canLog && logging !== cardKey(c) && (
                <span className={styles.logAction}>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={messageText(
                      ACTIVITY_PANE_MESSAGES.logActionFor({ customer: c.customer, currency: c.currency }),
                      language,
                    )}
                    onClick={() => {
                      setNotice(null);
                      setLogging(cardKey(c));
                    }}
                  >
                    {messageText(ACTIVITY_PANE_MESSAGES.logAction(), language)}
                  </Button>
                </span>
              )}
              {canLog && logging === cardKey(c) && (
                <CustomerActivityForm
                  workbook={workbook}
                  scanned={scanned}
                  customer={c}
                  language={language}
                  onLogged={(logged) => {
                    setLogging(null);
                    setNotice(logged);
                  }}
                  onCancel={() => setLogging(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
