import { bucketCount, bucketIndex, DEFAULT_AGING_EDGES } from "../aging/agingBuckets";
import { signedDaysPastDue } from "../aging/daysOverdue";
import { DunningStatus } from "../dunning/dunningStatus";
import { BalanceKind, balanceKind } from "../ledger/balances";
import type { Statement, StatementCurrency, StatementItemKind, StatementLine, StatementSourceRow } from "./statementTypes";

export interface StatementOptions {
  readonly asOfSerial: number;
  /** Aging edges, as the scan and the dashboard use them. @default [30, 60, 90] */
  readonly edges?: readonly number[];
}

const KIND: Readonly<Record<BalanceKind, StatementItemKind | null>> = {
  [BalanceKind.settled]: null,
  [BalanceKind.current]: "current",
  [BalanceKind.overdue]: "overdue",
  [BalanceKind.disputed]: "disputed",
  [BalanceKind.credit]: "credit",
};

/**
 * One statement per customer (in the order customers first appear), one section per currency (in
 * the order the currency first appears for that customer). Lines run oldest due date first (ties
 * keep ledger order), each with the running balance of its currency. Rows whose open amount is 0
 * are settled and left out. The aging footer puts current and overdue items in buckets (as the
 * dashboard does, by as_of − due), disputed items and credits on their own lines, so buckets +
 * disputed + credits = the currency's balance.
 *
 * @param rows - the scan's open accepted rows (letterRowsFromLedger gives them)
 * @param options - as-of date and aging edges
 * @example
 * buildStatements([{ customer: "Acme", currency: "USD", dueSerial: 45800, openCents: 100000 }], { asOfSerial: 45838 })[0].currencies[0].aging.buckets
 * //=> [0, 0, 100000, 0, 0]   (38 days overdue: 31-60)
 */
export function buildStatements(rows: readonly StatementSourceRow[], options: StatementOptions): Statement[] {
  const edges = options.edges ?? DEFAULT_AGING_EDGES;
  const customers = new Map<string, Map<string, StatementSourceRow[]>>();
  for (const row of rows) {
    if (row.openCents === 0) continue;
    let byCurrency = customers.get(row.customer);
    if (!byCurrency) customers.set(row.customer, (byCurrency = new Map()));
    const currency = (row.currency ?? "").trim();
    const list = byCurrency.get(currency);
    if (list) list.push(row);
    else byCurrency.set(currency, [row]);
  }
  return [...customers].map(([customer, byCurrency]) => ({
    customer,
    asOfSerial: options.asOfSerial,
    edges: [...edges],
    currencies: [...byCurrency].map(([currency, items]) => section(currency, items, options.asOfSerial, edges)),
  }));
}

function section(
  currency: string,
  items: readonly StatementSourceRow[],
  asOf: number,
  edges: readonly number[],
): StatementCurrency {
  const ordered = items
    .map((row, order) => ({ row, order }))
    .sort((a, b) => a.row.dueSerial - b.row.dueSerial || a.order - b.order);
  const buckets = new Array<number>(bucketCount(edges)).fill(0);
  let disputedCents = 0;
  let creditCents = 0;
  let balance = 0;
  const lines: StatementLine[] = [];
  for (const { row } of ordered) {
    const signed = signedDaysPastDue(row.dueSerial, asOf);
    const kind = KIND[balanceKind(row.openCents, signed, row.disputed ? DunningStatus.disputed : DunningStatus.none)];
    if (kind === null) continue;
    balance += row.openCents;
    if (kind === "credit") creditCents += row.openCents;
    else if (kind === "disputed") disputedCents += row.openCents;
    else buckets[bucketIndex(signed, edges)] += row.openCents;
    lines.push({
      kind,
      invoiceNumber: row.invoiceNumber ?? null,
      invoiceSerial: row.invoiceSerial ?? null,
      dueSerial: row.dueSerial,
      daysOverdue: kind === "credit" || signed <= 0 ? 0 : signed,
      openCents: row.openCents,
      balanceCents: balance,
    });
  }
  return { currency, lines, totalCents: balance, aging: { buckets, disputedCents, creditCents } };
}
