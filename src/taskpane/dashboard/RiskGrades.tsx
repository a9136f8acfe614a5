import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CurrencyDashboard } from "../../core/dashboard/dashboardTypes";
import type { Language } from "../../core/language";
import { formatNumber, formatPercent } from "../../core/money/formatMoney";
import type { RiskGrade } from "../../core/risk/riskGrade";
import type { DashboardMessages } from "./dashboardMessages";

export interface RiskGradesProps {
  grades: CurrencyDashboard["riskGrades"];
  /** The UI language: ratios as percentages and days with one decimal. */
  language: Language;
  messages: DashboardMessages;
}

const RISK_GRADES: readonly RiskGrade[] = ["A", "B", "C", "D", "E"];

/** Customers listed at once; the riskiest come first, so the list's tail matters least. */
const MAX_SHOWN = 50;

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS },
  factors: {
    display: "grid",
    gridTemplateColumns: "1fr auto auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end" },
});

/** Risk grades A–E: how many customers in each, then per customer the factors behind the grade on expand. */
export function RiskGrades({ grades, language, messages: t }: RiskGradesProps) {
  const styles = useStyles();
  const percent = (ratio: number) => formatPercent(ratio, language, 1);
  const days = (value: number) => formatNumber(value, language, 1);
  const shown = grades.customers.slice(0, MAX_SHOWN);
  return (
    <>
      <div className={styles.counts} role="list" aria-label={t.riskGrades}>
        {RISK_GRADES.map((grade) => (
          <Badge
            key={grade}
            role="listitem"
            appearance="tint"
            color={grade <= "B" ? "success" : grade === "C" ? "warning" : "danger"}
          >
            {t.gradeCount(grade, grades.counts[grade])}
          </Badge>
        ))}
      </div>
      <Accordion collapsible multiple>
        {shown.map((c) => {
          const factor = (term: string, value: string, points: number) => (
            <>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
              <dd className={styles.value}>{t.points(points)}</dd>
            </>
          );
          return (
            <AccordionItem key={c.customer} value={c.customer}>
              <AccordionHeader size="small">{t.gradeHeader(c.customer, c.grade, c.score)}</AccordionHeader>
              <AccordionPanel>
                <dl className={styles.factors} aria-label={c.customer}>
                  {factor(t.factorDebtAge, t.days(days(c.oldestDaysOverdue)), c.points.debtAge)}
                  {/* One habit slot: a customer that never paid is scored on how long it has been overdue. */}
                  {c.neverPaid && c.oldestDaysOverdue > 0
                    ? factor(t.factorNeverPaid, t.days(days(c.oldestDaysOverdue)), c.points.neverPaid)
                    : factor(t.factorDaysLate, t.days(days(c.avgDaysLate)), c.points.daysLate)}
                  {factor(t.factorOverdueShare, percent(c.overdueShare), c.points.overdueShare)}
                  {factor(t.factorCreditUse, c.creditUse === null ? t.noLimit : percent(c.creditUse), c.points.creditUse)}
                  {factor(t.factorTrend, days(c.trend), c.points.trend)}
                </dl>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {grades.customers.length > MAX_SHOWN && <Text size={200}>{t.shown(MAX_SHOWN, grades.customers.length)}</Text>}
    </>
  );
}
