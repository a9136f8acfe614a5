import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CollectionKpis as Kpis } from "../../core/activity/collectionKpis";
import type { DateSystem } from "../../core/dates/excelSerial";
import type { Language } from "../../core/language";
import { formatLetterDate } from "../../core/letters/formatLetterDate";
import { formatMoney, formatNumber, formatPercent } from "../../core/money/formatMoney";
import type { DashboardMessages } from "./dashboardMessages";

export interface CollectionKpisProps {
  /** The KPIs of the scan's register; null when the workbook has no register yet. */
  kpis: Kpis | null;
  /** Register rows the scan could not read (left out of every figure). */
  rowsLeftOut: number;
  language: Language;
  dateSystem: DateSystem;
  messages: DashboardMessages;
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
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  // Label and value share a line while they fit, and wrap at 320 px rather than overflow.
  line: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  value: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3 },
});

/**
 * The dashboard's "Collection" panel: the collection KPIs from the activity register
 * (src/core/activity/collectionKpis.ts), each figure with its definition on one line. Without a
 * register it says how one is made. Amounts stay per currency.
 */
export function CollectionKpis({ kpis, rowsLeftOut, language, dateSystem, messages: t }: CollectionKpisProps) {
  const styles = useStyles();
  if (kpis === null) {
    return (
      <section className={styles.root} aria-label={t.collection}>
        <Subtitle2 as="h3">{t.collection}</Subtitle2>
        <Text>{t.noRegister}</Text>
      </section>
    );
  }
  const date = (serial: number) => formatLetterDate(serial, language, dateSystem);
  const percent = (ratio: number) => formatPercent(ratio, language, 1);
  const days = (value: number) => t.days(formatNumber(value, language, 1));
  const money = (cents: number, currency: string) => formatMoney(cents, currency, language);
  const { promises, disputes, atRisk, reminders } = kpis;

  const promiseDetail = [
    promises.judged === 0 ? t.promisesNoneJudged : t.promisesKeptDetail(promises.kept, promises.judged),
    promises.held > 0 ? t.promisesHeld(promises.held) : null,
    promises.replaced > 0 ? t.promisesReplaced(promises.replaced) : null,
  ];
  const brokenDetail = promises.brokenAmounts.flatMap((b) => [
    b.currency === "" ? `${t.noCurrency} ${money(b.amountCents, "")}` : money(b.amountCents, b.currency),
    b.withoutAmount > 0 ? t.brokenWithoutAmount(b.withoutAmount) : null,
  ]);
  const oldestOpen = disputes.openAgesDays[0];
  const disputeDetail = [
    disputes.averageDays === null ? t.disputesNoneReleased : t.disputesReleased(disputes.releasedDays.length),
    oldestOpen === undefined ? null : t.disputesOpen(disputes.openAgesDays.length, t.dayCount(oldestOpen)),
  ];
  const atRiskLabel = atRisk[0]?.label ?? "91+";
  const reminderDetail = reminders.byLevel.map((l) =>
    l.level === null ? t.reminderNoLevel(l.count) : t.reminderLevel(l.level, l.count),
  );

  /** One KPI: its name and value, the parts behind it, and its definition on a line of its own. */
  const figure = (label: string, value: string, detail: readonly (string | null)[], definition: string) => {
    const parts = detail.filter((part): part is string => part !== null);
    return (
      <li key={label} aria-label={label}>
        <span className={styles.line}>
          <Text weight="semibold">{label}</Text>
          {value !== "" && <span className={styles.value}>{value}</span>}
        </span>
        {parts.map((part, i) => (
          <Text key={i} block>
            {part}
          </Text>
        ))}
        <Text size={200} block className={styles.note}>
          {definition}
        </Text>
      </li>
    );
  };

  return (
    <section className={styles.root} aria-label={t.collection}>
      <Subtitle2 as="h3">{t.collection}</Subtitle2>
      <Text size={200} className={styles.note}>
        {t.collectionScope(date(kpis.asOf))}
      </Text>
      {rowsLeftOut > 0 && (
        <Text size={200} className={styles.note}>
          {t.registerRowsLeftOut(rowsLeftOut)}
        </Text>
      )}
      <ul className={styles.list} aria-label={t.collection}>
        {figure(
          t.promisesKept,
          promises.keptRate === null ? t.notAvailable : percent(promises.keptRate),
          promiseDetail,
          t.promisesKeptDefinition(kpis.graceDays),
        )}
        {figure(t.brokenPromises, String(promises.broken), brokenDetail, t.brokenDefinition)}
        {figure(
          t.disputeCycle,
          disputes.averageDays === null || disputes.medianDays === null
            ? t.notAvailable
            : t.disputeCycleValue(days(disputes.averageDays), days(disputes.medianDays)),
          disputeDetail,
          t.disputeDefinition,
        )}
        {figure(
          t.atRisk(atRiskLabel),
          atRisk.length === 0 ? t.notAvailable : "",
          atRisk.map(
            (a) =>
              `${a.currency === "" ? t.noCurrency : a.currency} ` +
              (a.rate === null
                ? t.notAvailable
                : t.atRiskValue(percent(a.rate), money(a.atRiskCents, a.currency), money(a.invoicesCents, a.currency))),
          ),
          t.atRiskDefinition(atRisk[0]?.edge ?? 90, atRiskLabel),
        )}
        {figure(
          t.remindersThisMonth,
          String(reminders.total),
          reminderDetail,
          t.remindersDefinition(date(reminders.from), date(reminders.to)),
        )}
      </ul>
    </section>
  );
}
