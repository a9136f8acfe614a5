import { makeStyles, tokens } from "@fluentui/react-components";
import { formatIsoDate, type DateSystem } from "../../core/dates/excelSerial";
import type { Language } from "../../core/language";
import { messageText } from "../../core/messages/message";
import { formatMoney } from "../../core/money/formatMoney";
import { useTableStyles } from "../useTableStyles";
import { PROVISION_VIEW_MESSAGES as M } from "./provisionViewMessages";

export interface SnapshotTableProps {
  /** Month-end serials, oldest first. */
  readonly monthEnds: readonly number[];
  /** Balances in integer cents, month-ends × buckets, row-major (core/history/provisionMatrix.ts). */
  readonly balanceCents: Float64Array;
  /** Bucket labels, Current first. */
  readonly labels: readonly string[];
  readonly currency: string;
  readonly dateSystem: DateSystem;
  readonly language: Language;
}

const useStyles = makeStyles({
  head: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The month-end snapshots the roll rates are counted from: one row per month-end, one column per
 * bucket, so the analyst can follow a rate back to the balances behind it.
 */
export function SnapshotTable({ monthEnds, balanceCents, labels, currency, dateSystem, language }: SnapshotTableProps) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const width = labels.length;
  const money = (cents: number) => formatMoney(cents, currency, language, { display: "number" });
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={messageText(M.snapshotsLabel({ currency }), language)}>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>
              {messageText(M.monthEnd(), language)}
            </th>
            {labels.map((label) => (
              <th key={label} scope="col" className={`${styles.cell} ${styles.head} ${styles.num}`}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthEnds.map((serial, t) => {
            const iso = formatIsoDate(serial, dateSystem);
            return (
              <tr key={serial}>
                <th scope="row" className={`${styles.cell} ${styles.head}`}>
                  {iso}
                </th>
                {labels.map((label, k) => (
                  <td key={label} className={`${styles.cell} ${styles.num}`}>
                    {money(balanceCents[t * width + k])}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
