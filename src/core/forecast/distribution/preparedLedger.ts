import { customerKey } from "../../ledger/ledgerScanSettings";
import type { ForecastLedger } from "../cashForecast";
import { isForecastDisputed } from "../isForecastDisputed";

/**
 * A forecast ledger in typed arrays, read once: customers as dense ids (by customerKey, so " acme "
 * and "ACME" are one customer, as in cashForecast), blank paid dates as NaN, disputed statuses as
 * flags. The probabilistic forecast and the backtest pass over it many times (once per month-end),
 * so it is read from the caller's arrays only here.
 */
export interface PreparedLedger {
  readonly length: number;
  /** Distinct customers; ids run 0 … customerCount − 1 in order of first appearance. */
  readonly customerCount: number;
  readonly customerIds: Int32Array;
  /** Customer key (trimmed, lower-case name) of each id. */
  readonly customerKeys: readonly string[];
  readonly amountsCents: Float64Array;
  readonly dueSerials: Float64Array;
  /** NaN where the row has no paid date. */
  readonly paidSerials: Float64Array;
  /** 1 where the row's status sets it apart as disputed (isForecastDisputed). */
  readonly disputed: Uint8Array;
}

/**
 * Reads a forecast ledger into typed arrays.
 *
 * @example
 * prepareLedger({ customers: ["A", " a ", "B"], amountsCents: [1, 2, 3], dueSerials: [1, 1, 1], paidSerials: [null, 5, null] }).customerIds
 * //=> Int32Array [0, 0, 1]
 */
export function prepareLedger(ledger: ForecastLedger): PreparedLedger {
  const n = ledger.customers.length;
  const customerIds = new Int32Array(n);
  const amountsCents = new Float64Array(n);
  const dueSerials = new Float64Array(n);
  const paidSerials = new Float64Array(n);
  const disputed = new Uint8Array(n);
  const ids = new Map<string, number>();
  // A ledger repeats a few thousand names over a million rows: each raw text is keyed once.
  const idOfRaw = new Map<string, number>();
  const disputedOfRaw = new Map<string, number>();
  const customerKeys: string[] = [];
  const { customers, statuses } = ledger;
  for (let i = 0; i < n; i++) {
    const raw = customers[i];
    let id = idOfRaw.get(raw);
    if (id === undefined) {
      const key = customerKey(raw);
      id = ids.get(key);
      if (id === undefined) {
        id = customerKeys.length;
        ids.set(key, id);
        customerKeys.push(key);
      }
      idOfRaw.set(raw, id);
    }
    customerIds[i] = id;
    amountsCents[i] = ledger.amountsCents[i];
    dueSerials[i] = ledger.dueSerials[i];
    const paid = ledger.paidSerials[i];
    paidSerials[i] = paid === null ? Number.NaN : paid;
    const status = statuses?.[i];
    if (status === null || status === undefined) continue;
    let flag = disputedOfRaw.get(status);
    if (flag === undefined) {
      flag = isForecastDisputed(status) ? 1 : 0;
      disputedOfRaw.set(status, flag);
    }
    disputed[i] = flag;
  }
  return {
    length: n,
    customerCount: customerKeys.length,
    customerIds,
    customerKeys,
    amountsCents,
    dueSerials,
    paidSerials,
    disputed,
  };
}
