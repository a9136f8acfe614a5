import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { messageText } from "../../core/messages/message";
import { formatMoney, formatPercent } from "../../core/money/formatMoney";
import { useTableStyles } from "../useTableStyles";
import { PROVISION_VIEW_MESSAGES as M } from "./provisionViewMessages";

/** One bucket's row as the provision matrix gives it (core/history/provisionMatrix.ts). */
export interface ProvisionTableRow {
  readonly label: string;
  /** Balance in the bucket at the as-of date, integer cents. */
  readonly balanceCents: number;
  /** null: no balance in the bucket over the window (or the oldest bucket, which rolls nowhere). */
  readonly rollRate: number | null;
  readonly lossRate: number | null;
  /** null when the bucket has no loss rate. */
  readonly provisionCents: number | null;
}

export interface ProvisionTableProps {
  readonly rows: readonly ProvisionTableRow[];
  /**
   * The pooled roll rates' amounts, one per bucket except the oldest (the matrix's rolls.pooled):
   * a rate cell's title shows what it divides.
   */
  readonly pooled: readonly { readonly balanceCents: number; readonly rolledCents: number }[];
  /** The sum of the rows' rounded provisions, as the matrix gives it. */
  readonly provisionCents: number;
  readonly currency: string;
  /** The as-of date as the column header writes it (yyyy-mm-dd). */
  readonly asOfIso: string;
  readonly language: Language;
}

const useStyles = makeStyles({
  head: { fontWeight: tokens.fontWeightSemibold },
  // Figure headers may wrap ("Balance at 2025-06-30" on two lines): the pane is 320 px narrow and
  // the figures, not their headers, should set the columns' widths.
  wrapHead: { whiteSpace: "normal" },
});

/**
 * Bucket | Roll rate | Loss rate | Balance at as-of | Provision, then the total. A rate the window
 * cannot give is an empty cell with a title saying why — never 0, which would read as "no loss".
 */
export function ProvisionTable({ rows, pooled, provisionCents, currency, asOfIso, language }: ProvisionTableProps) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const text = (message: ReturnType<typeof M.tab>) => messageText(message, language);
  // The grouped number alone: the table is labelled with its currency.
  const money = (cents: number) => formatMoney(cents, currency, language, { display: "number" });
  const numeric = `${styles.cell} ${styles.num}`;
  const last = rows.length - 1;
  const rate = (value: number | null, index: number, kind: "roll" | "loss") => {
    if (value !== null) {
      const roll = kind === "roll" ? pooled[index] : undefined;
      const title = roll && text(M.rolledOf({ rolled: money(roll.rolledCents), balance: money(roll.balanceCents) }));
      return (
        <td className={numeric} title={title}>
          {formatPercent(value, language, 2)}
        </td>
      );
    }
    // The oldest bucket rolls nowhere: its empty roll-rate cell says so rather than "no history".
    const why = kind === "roll" && index === last ? M.oldestBucket() : M.noHistory();
    return <td className={numeric} title={text(why)} aria-label={text(why)} data-empty="true" />;
  };
  const headers = [M.rollRate(), M.lossRate(), M.balanceAt({ date: asOfIso }), M.provision()].map(text);
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={text(M.tableLabel({ currency }))}>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>
              {text(M.bucket())}
            </th>
            {headers.map((h) => (
              <th key={h} scope="col" className={mergeClasses(styles.cell, styles.head, styles.num, styles.wrapHead)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.label}>
              <th scope="row" className={`${styles.cell} ${styles.head}`}>
                {row.label}
              </th>
              {rate(row.rollRate, index, "roll")}
              {rate(row.lossRate, index, "loss")}
              <td className={numeric}>{money(row.balanceCents)}</td>
              <td className={numeric}>{row.provisionCents === null ? "" : money(row.provisionCents)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={`${styles.cell} ${styles.head}`}>
              {text(M.total())}
            </th>
            <td className={numeric} />
            <td className={numeric} />
            <td className={numeric}>{money(rows.reduce((sum, row) => sum + row.balanceCents, 0))}</td>
            <td className={numeric}>{money(provisionCents)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
