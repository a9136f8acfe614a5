import { ActionCode } from "../dunning/actionCode";
import { DunningStatus } from "../dunning/dunningStatus";
import type { Ladder } from "../dunning/ladderPresets";
import { nextActionCode } from "../dunning/nextActionCode";
import { invoiceKey } from "../ledger/invoiceKey";
import { RowState, type LedgerRowResults } from "../ledger/ledgerAnalysisTypes";
import type { CustomerActivity, PromiseFact } from "./customerActivity";

/**
 * The register's facts lined up with the scan's customers (entity ids), so the row loop asks by
 * index: a dispute in the register holds its invoice as a "Disputed" status cell would, a promise
 * holds the customer's rows in its currency as "Promised" would until due-by + grace, and a
 * broken promise (the hold is over and rows are still being chased) moves those rows one rung up.
 */
export class ScanActivity {
  /** Per entity: the register's latest reminder on or before as-of, NaN when none. */
  readonly reminded: Float64Array;
  /** Some customer of the ledger has a reminder in the register. */
  readonly hasReminders: boolean;
  /** Per entity: the register's reminders on or before as-of (0 when none). */
  readonly remindersSent: Int32Array;
  /** Per entity: the register's calls on or before as-of (0 when none); not written steps (stepsTaken.ts). */
  readonly callsMade: Int32Array;
  private readonly held: (ReadonlySet<string | number> | undefined)[];
  private readonly promises: (ReadonlyMap<string, PromiseFact> | undefined)[];

  constructor(
    facts: ReadonlyMap<string, CustomerActivity>,
    entities: readonly { readonly key: string }[],
    private readonly asOf: number,
  ) {
    this.reminded = new Float64Array(entities.length).fill(Number.NaN);
    this.remindersSent = new Int32Array(entities.length);
    this.callsMade = new Int32Array(entities.length);
    this.held = [];
    this.promises = [];
    let hasReminders = false;
    entities.forEach((entity, e) => {
      const customer = facts.get(entity.key);
      const reminded = customer?.lastReminded ?? null;
      if (reminded !== null && reminded <= asOf) {
        this.reminded[e] = reminded;
        hasReminders = true;
      }
      if (customer !== undefined) {
        this.remindersSent[e] = customer.remindersSent;
        this.callsMade[e] = customer.callsMade;
      }
      this.held.push(customer !== undefined && customer.heldInvoices.size > 0 ? customer.heldInvoices : undefined);
      this.promises.push(customer !== undefined && customer.promises.size > 0 ? customer.promises : undefined);
    });
    this.hasReminders = hasReminders;
  }

  /**
   * The status a row takes once the register is read: paid stays paid; an invoice the register
   * holds in dispute is disputed; a row with no status of its own is promised while a promise
   * of its customer and currency (or one naming no currency) holds.
   */
  status(entity: number, currency: string, invoiceCell: unknown, status: DunningStatus): DunningStatus {
    if (status === DunningStatus.paid) return status;
    const held = this.held[entity];
    if (held !== undefined) {
      const key = invoiceKey(invoiceCell);
      if (key !== undefined && held.has(key)) return DunningStatus.disputed;
    }
    if (status === DunningStatus.none) {
      const promise = this.promiseOf(entity, currency);
      if (promise !== undefined && this.asOf <= promise.holdUntil) return DunningStatus.promised;
    }
    return status;
  }

  /**
   * After the levels are set: rows still chased (rung or executive call) of a customer and
   * currency whose promise's hold has ended move one rung up (never past the last), and their
   * group's highest level follows.
   *
   * @param currencyOfGroup - per group, its currency code
   * @param highestLevel - per group, its highest level (GroupTotals.highestLevel)
   */
  escalateBrokenPromises(
    results: LedgerRowResults,
    entityOfRow: Int32Array,
    currencyOfGroup: readonly string[],
    keyAccount: Uint8Array,
    ladder: Ladder,
    highestLevel: Int32Array,
  ): void {
    const { state, customer, level, action, openCents } = results;
    const top = ladder.rungs.length;
    for (let i = 0; i < results.count; i++) {
      if (state[i] !== RowState.accepted) continue;
      if (action[i] !== ActionCode.rung && action[i] !== ActionCode.executiveCall) continue;
      const e = entityOfRow[i];
      if (this.promises[e] === undefined) continue;
      const g = customer[i];
      const promise = this.promiseOf(e, currencyOfGroup[g]);
      // Chased rows mean the customer still owes something overdue: the promise is broken.
      if (promise === undefined || this.asOf <= promise.holdUntil) continue;
      const next = Math.min(level[i] + 1, top);
      level[i] = next;
      action[i] = nextActionCode(next, ladder, DunningStatus.none, openCents[i], 0, keyAccount[e] === 1);
      if (next > highestLevel[g]) highestLevel[g] = next;
    }
  }

  private promiseOf(entity: number, currency: string): PromiseFact | undefined {
    const promises = this.promises[entity];
    return promises === undefined ? undefined : (promises.get(currency) ?? promises.get(""));
  }
}
