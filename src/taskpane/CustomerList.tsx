import { Badge, Input, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Language } from "../core/language";
import type { CustomerSummary } from "../core/ledger/ledgerAnalysisTypes";
import { formatMoney } from "../core/money/formatMoney";
import { DASHBOARD_MESSAGES } from "./dashboard/dashboardMessages";
import { useMessages } from "./paneContext";

export interface CustomerListProps {
  customers: readonly CustomerSummary[];
  /** Language of the amounts (formatMoney). @default "en" */
  language?: Language;
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
});

/**
 * Per customer and currency: overdue, open balance, disputed and credit notes (each labelled as
 * src/core/ledger/balances.ts defines it, in the dashboard's words), oldest days, level, credit use,
 * review flag and risk grade, with filters.
 */
export function CustomerList({ customers, language = "en" }: CustomerListProps) {
  const styles = useStyles();
  const m = useMessages();
  const t = DASHBOARD_MESSAGES[language];
  const [overdueOnly, setOverdueOnly] = useState(true);
  const [reviewOnly, setReviewOnly] = useState(false);
  const [search, setSearch] = useState("");
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
      {shown.length === 0 ? (
        <Text>{m.noCustomers}</Text>
      ) : (
        <ul className={styles.list} aria-label={m.customers}>
          {shown.slice(0, MAX_SHOWN).map((c) => (
            <li key={`${c.customer}\u0000${c.currency}`} className={styles.item}>
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
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
