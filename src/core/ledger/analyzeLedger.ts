import { ScanActivity } from "../activity/scanActivity";
import { bucketCount } from "../aging/agingBuckets";
import { formatIsoDate, MAX_SERIAL, MIN_SERIAL } from "../dates/excelSerial";
import { DunningStatus, dunningStatus } from "../dunning/dunningStatus";
import { reminderCount } from "../dunning/stepsTaken";
import { isFailure, type Result } from "../failure";
import { toCentsFast } from "../money/money";
import { dueDateSerial } from "../terms/dueDateSerial";
import { computeRowResults, NOT_PAID } from "./computeRowResults";
import { CustomerDirectory } from "./customerDirectory";
import { levelCaps, recordSteps } from "./customerSteps";
import { finishLedgerAnalysis } from "./finishLedgerAnalysis";
import { GroupIndex } from "./groupIndex";
import { GroupTotals } from "./groupTotals";
import { identifyRows, NO_CUSTOMER } from "./identifyRows";
import { hasRepeatedInvoice, sameInvoiceAs } from "./repeatedInvoices";
import { InvoiceIndex } from "./invoiceIndex";
import { invoiceKey } from "./invoiceKey";
import { isBlankRow } from "./isBlankRow";
import { allocateRowResults, RowState, type AnalyzeLedgerOptions, type LedgerAnalysis } from "./ledgerAnalysisTypes";
import { CellStatus, LedgerCellReader, MAX_ABS_AMOUNT } from "./ledgerCellReader";
import { CurrencyIndex } from "./currencyIndex";
import { ledgerColumns, ledgerScanSettings, type LedgerScanSettings } from "./ledgerScanSettings";
import { RowIssues } from "./rowIssues";
import { scanScratch } from "./scanScratch";

const BAD = CellStatus.bad;

/** An empty cell as Office.js gives it (""), or a missing one: read inline, as the reader would read it (NaN, blank). */
function isBlankCell(cell: unknown): boolean {
  return cell === "" || cell === undefined || cell === null;
}

/** What the first pass (`identifyRows`) found, shared by the fast scan and the exact one. */
interface RowIdentities {
  readonly directory: CustomerDirectory;
  /** Per row: the customer's entity id, or NO_CUSTOMER. */
  readonly entityOfRow: Int32Array;
  /** Per row: invoiceHash(customer, invoice number), or NO_INVOICE; null without an invoice column. */
  readonly invoiceOfRow: Int32Array | null;
  /** 4 × rows work slots for the fast scan's duplicate check. */
  readonly work: Int32Array;
  /** Per row, the amount that weighs its lateness (see computeRowResults). */
  readonly weights: Float64Array;
}

/**
 * Scans a ledger: per row days overdue, aging bucket, dunning level and next action;
 * rows that cannot be read go to `issues` with a reason (no customer, unreadable amount or date,
 * unreadable terms, due date before invoice date, duplicate invoice number for one customer, no
 * due date and no invoice date + terms); blank rows are skipped. Per customer and currency: open,
 * overdue (credit notes netted), oldest days overdue, highest level, credit use, review flag,
 * average days late, trend and risk; per currency: open, overdue, overdue share and aging.
 *
 * Open amount is the open-amount cell when there is one, else the amount — or 0 when the invoice
 * was paid on or before as-of or its status says paid. A customer whose latest reminder (any
 * currency) is fewer than `minReminderIntervalDays` before as-of gets "Wait until <date>" instead
 * of a chasing action (rung, executive call, promise follow-up). With escalation "steps" (the
 * default) a chased invoice's rung is never past its customer's recorded steps: the first overdue
 * rung for a customer never reminded, one rung more per reminder or call recorded (the Reminders
 * count, the register, a Last reminded date); a ledger with neither column and no register records
 * nothing, and there the age decides, as with "age".
 *
 * Rows are raw cell values as Office.js gives them. Money is summed in integer cents; numbers
 * already numeric skip parsing (they are read in the loop itself: a million-row scan cannot afford
 * a call per cell), text is parsed once per distinct value. Each cell is read once: the customer
 * and invoice-number text in a first pass (`identifyRows`), the other cells in the row loop, whose
 * accepted rows `computeRowResults` then finishes from typed arrays alone.
 *
 * @param rows - the data rows (header excluded)
 * @returns the analysis, or a failure for unusable options (mapping without customer, amount or due date)
 * @example
 * analyzeLedger([["Acme", 100, 45800]], { mapping: { customer: 0, amount: 1, dueDate: 2 }, asOf: 45847 }).rows.daysOverdue[0] //=> 47
 */
export function analyzeLedger(rows: readonly (readonly unknown[])[], options: AnalyzeLedgerOptions): Result<LedgerAnalysis> {
  const settings = ledgerScanSettings(options);
  if (isFailure(settings)) return settings;
  const n = rows.length;
  const { customer: cCustomer, invoiceNo: cInvoiceNo } = ledgerColumns(settings.mapping);
  const directory = new CustomerDirectory(settings.keyAccounts);
  // Int32 slots: entity ids, invoice hashes, 4 × rows of work, then the weights as n Float64s.
  const scratch = scanScratch(8 * n);
  const identities: RowIdentities = {
    directory,
    entityOfRow: scratch.subarray(0, n),
    invoiceOfRow: cInvoiceNo >= 0 ? scratch.subarray(n, 2 * n) : null,
    work: scratch.subarray(2 * n, 6 * n),
    weights: new Float64Array(scratch.buffer, scratch.byteOffset + 6 * n * Int32Array.BYTES_PER_ELEMENT, n),
  };
  identifyRows(rows, cCustomer, cInvoiceNo, directory, identities.entityOfRow, identities.invoiceOfRow);
  // Most ledgers repeat no invoice number: the fast scan checks for repeats once at the end, in
  // cache-friendly batches. When it finds one, the scan is redone with the exact per-row index so
  // the repeated rows are left out of every total, as they always were.
  // The register's facts by entity id, made once the first pass has named every customer.
  const activity = options.activity === undefined ? null : new ScanActivity(options.activity, directory.list, settings.asOf);
  const fast = scan(rows, settings, identities, false, activity);
  return fast !== null ? fast : (scan(rows, settings, identities, true, activity) as LedgerAnalysis);
}

/**
 * The row loop and what follows it. With `exact`, duplicate invoice numbers are found row by row
 * (InvoiceIndex) and go to `issues`; without, null is returned when two accepted rows turn out to
 * be the same invoice of one customer (`hasRepeatedInvoice`).
 */
function scan(
  rows: readonly (readonly unknown[])[],
  settings: LedgerScanSettings,
  identities: RowIdentities,
  exact: boolean,
  activity: ScanActivity | null = null,
): LedgerAnalysis | null {
  const { mapping, asOf, system, ladder, minCents, edges, language, defaultCurrency } = settings;
  const columns = ledgerColumns(mapping);
  const { amount: cAmount, openAmount: cOpen, dueDate: cDue, invoiceDate: cInvoice, terms: cTerms } = columns;
  const { invoiceNo: cInvoiceNo, paidDate: cPaid, status: cStatus, currency: cCurrency } = columns;
  const { creditLimit: cLimit, lastReminded: cReminded, remindersSent: cSent } = columns;
  const { directory, entityOfRow, invoiceOfRow, weights } = identities;
  const n = rows.length;
  const results = allocateRowResults(n);
  const {
    state,
    customer: customerOut,
    dueSerial: dueOut,
    daysOverdue: daysOut,
    action: actionOut,
    openCents: openOut,
  } = results;
  const issues = new RowIssues(state, language);
  const reader = new LedgerCellReader(system);
  const minSerial = MIN_SERIAL[system],
    maxSerialExclusive = MAX_SERIAL[system] + 1;
  const entities = directory.list;
  const keyAccount = Uint8Array.from(entities, (entity) => (entity.keyAccount ? 1 : 0));
  // Latest reminder on or before as-of per customer; NaN until one is seen.
  const remindedOf = new Float64Array(entities.length).fill(Number.NaN);
  // The highest Reminders / Dunning level count in the customer's rows; -1 until one is seen.
  const sentOf = new Int32Array(cSent >= 0 ? entities.length : 0).fill(-1);
  // Currency codes by index; rows carry the index, groups and portfolio totals are made on first use.
  const codes: string[] = [];
  const currencyIndex = new CurrencyIndex(codes);
  const groupIndex = new GroupIndex(entities, codes, bucketCount(edges));
  const totals = new GroupTotals(64);
  const invoiceIndex = exact && cInvoiceNo >= 0 ? new InvoiceIndex(n, sameInvoiceAs(rows, entityOfRow, cInvoiceNo)) : null;
  const statusByCell = new Map<unknown, DunningStatus>();
  const defaultCurrencyIndex = currencyIndex.of(defaultCurrency);
  let lastCurrencyCell: unknown = undefined,
    lastCurrency = defaultCurrencyIndex;

  for (let i = 0; i < n; i++) {
    const e = entityOfRow[i];
    const row = rows[i];
    if (e === NO_CUSTOMER) {
      if (!Array.isArray(row) || isBlankRow(row)) state[i] = RowState.blank;
      else issues.reject(i, "customer", "noCustomer", {});
      continue;
    }

    let amountCents = Number.NaN,
      openCells = Number.NaN;
    if (cAmount >= 0) {
      const cell = row[cAmount];
      if (typeof cell === "number" && cell > -MAX_ABS_AMOUNT && cell < MAX_ABS_AMOUNT) amountCents = toCentsFast(cell);
      else {
        amountCents = reader.cents(cell);
        if (reader.status === BAD) {
          issues.unreadable(i, "amount", "unreadableAmount", cell, reader.error);
          continue;
        }
      }
    }
    if (cOpen >= 0) {
      openCells = reader.cents(row[cOpen]);
      if (reader.status === BAD) {
        issues.unreadable(i, "openAmount", "unreadableAmount", row[cOpen], reader.error);
        continue;
      }
    }
    if (amountCents !== amountCents && openCells !== openCells) {
      issues.reject(i, cAmount >= 0 ? "amount" : "openAmount", "noAmount", {});
      continue;
    }

    let due = Number.NaN,
      invoice = Number.NaN;
    if (cDue >= 0) {
      const cell = row[cDue];
      if (typeof cell === "number" && cell >= minSerial && cell < maxSerialExclusive) due = Math.floor(cell);
      else {
        due = reader.serial(cell);
        if (reader.status === BAD) {
          issues.unreadable(i, "dueDate", "unreadableDate", cell, reader.error);
          continue;
        }
      }
    }
    if (cInvoice >= 0) {
      const cell = row[cInvoice];
      if (typeof cell === "number" && cell >= minSerial && cell < maxSerialExclusive) invoice = Math.floor(cell);
      else {
        invoice = reader.serial(cell);
        if (reader.status === BAD) {
          issues.unreadable(i, "invoiceDate", "unreadableDate", cell, reader.error);
          continue;
        }
      }
    }
    if (due !== due) {
      const terms = invoice === invoice && cTerms >= 0 ? reader.terms(row[cTerms]) : undefined;
      if (terms === undefined) {
        // cTerms is checked too: with numeric dates read inline, the reader's status may be an earlier cell's.
        if (invoice === invoice && cTerms >= 0 && reader.status === BAD)
          issues.unreadable(i, "terms", "unreadableTerms", row[cTerms], reader.error);
        else issues.reject(i, "dueDate", "noDueDate", {});
        continue;
      }
      const computed = dueDateSerial(invoice, terms, system);
      if (isFailure(computed)) {
        issues.unreadable(i, "terms", "unreadableTerms", row[cTerms], computed.message);
        continue;
      }
      due = computed;
    } else if (due < invoice) {
      issues.reject(i, "dueDate", "dueBeforeInvoice", {
        dueIso: formatIsoDate(due, system),
        invoiceIso: formatIsoDate(invoice, system),
      });
      continue;
    }
    let paid = Number.NaN,
      reminded = Number.NaN,
      limit = Number.NaN;
    if (cPaid >= 0) {
      const cell = row[cPaid];
      if (typeof cell === "number" && cell >= minSerial && cell < maxSerialExclusive) paid = Math.floor(cell);
      else if (!isBlankCell(cell)) {
        paid = reader.serial(cell);
        if (reader.status === BAD) {
          issues.unreadable(i, "paidDate", "unreadableDate", cell, reader.error);
          continue;
        }
      }
    }
    if (cReminded >= 0) {
      const cell = row[cReminded];
      if (typeof cell === "number" && cell >= minSerial && cell < maxSerialExclusive) reminded = Math.floor(cell);
      else if (!isBlankCell(cell)) {
        reminded = reader.serial(cell);
        if (reader.status === BAD) {
          issues.unreadable(i, "lastReminded", "unreadableDate", cell, reader.error);
          continue;
        }
      }
    }
    if (cLimit >= 0) {
      const cell = row[cLimit];
      if (typeof cell === "number" && cell > -MAX_ABS_AMOUNT && cell < MAX_ABS_AMOUNT) limit = toCentsFast(cell);
      else if (!isBlankCell(cell)) {
        limit = reader.cents(cell);
        if (reader.status === BAD) {
          issues.unreadable(i, "creditLimit", "unreadableAmount", cell, reader.error);
          continue;
        }
      }
    }
    let status: DunningStatus = DunningStatus.none;
    if (cStatus >= 0) {
      const statusCell = row[cStatus];
      if (statusCell !== "" && statusCell !== null && statusCell !== undefined) {
        let known = statusByCell.get(statusCell);
        if (known === undefined) statusByCell.set(statusCell, (known = dunningStatus(statusCell)));
        status = known;
      }
    }
    let currency = defaultCurrencyIndex;
    if (cCurrency >= 0) {
      const currencyCell = row[cCurrency];
      if (currencyCell === lastCurrencyCell) currency = lastCurrency;
      else {
        currency = lastCurrency = currencyIndex.ofCell(currencyCell, defaultCurrencyIndex);
        lastCurrencyCell = currencyCell;
      }
    }
    if (invoiceIndex !== null) {
      const number = invoiceKey(row[cInvoiceNo]);
      if (number !== undefined) {
        const first = invoiceIndex.firstRow(e, number, i);
        if (first !== -1) {
          issues.reject(i, "invoiceNo", "duplicateInvoice", { invoiceNo: String(number), customer: entities[e].name }, first);
          continue;
        }
      }
    }

    if (activity !== null) status = activity.status(e, codes[currency], cInvoiceNo >= 0 ? row[cInvoiceNo] : undefined, status);
    const g = groupIndex.groupOf(e, currency);
    totals.ensure(g);
    const paidByAsOf = paid <= asOf; // false for NaN (no paid date)
    // Stage 2 (computeRowResults) reads these and fills in the rest of the row's results.
    state[i] = RowState.accepted;
    customerOut[i] = g;
    dueOut[i] = due;
    openOut[i] = openCells === openCells ? openCells : paidByAsOf || status === DunningStatus.paid ? 0 : amountCents;
    daysOut[i] = paidByAsOf ? paid : NOT_PAID;
    actionOut[i] = status;
    weights[i] = amountCents === amountCents ? amountCents : openOut[i];
    if (limit === limit) totals.setLimitOnce(g, limit);
    // `!(reminded <= latest)` is also true while the latest is NaN (none yet).
    if (reminded <= asOf && !(reminded <= remindedOf[e])) remindedOf[e] = reminded;
    if (cSent >= 0) {
      const cell = row[cSent];
      const count = typeof cell === "number" ? (Number.isInteger(cell) && cell >= 0 ? cell : -1) : (reminderCount(cell) ?? -1);
      if (count > sentOf[e]) sentOf[e] = Math.min(count, MAX_STEPS);
    }
  }
  if (activity !== null) {
    // A reminder in the register counts as one in the last-reminded column: the later wins.
    for (let e = 0; e < entities.length; e++) {
      const reminded = activity.reminded[e];
      if (reminded === reminded && !(reminded <= remindedOf[e])) remindedOf[e] = reminded;
    }
  }
  for (let e = 0; e < entities.length; e++) {
    const latest = remindedOf[e];
    entities[e].lastReminded = latest === latest ? latest : null;
  }
  // Steps are known when something could record them: a Last reminded or Reminders column, or a register.
  const stepsKnown = cReminded >= 0 || cSent >= 0 || activity !== null;
  recordSteps(entities, cSent >= 0 ? sentOf : null, activity, stepsKnown);
  computeRowResults(results, entityOfRow, keyAccount, weights, totals, groupIndex.currencyOfGroup, {
    asOf,
    edges,
    ladder,
    minCents,
    minCentsByGroup:
      settings.minCentsByCurrency.size === 0
        ? undefined
        : Float64Array.from(groupIndex.groups, (group) => settings.minCentsByCurrency.get(group.currency) ?? minCents),
    system,
    levelCapOfEntity: settings.escalation === "steps" && stepsKnown ? levelCaps(entities, ladder) : undefined,
  });

  if (!exact && invoiceOfRow !== null && hasRepeatedInvoice(rows, identities, state, cInvoiceNo)) return null;
  if (activity !== null) {
    activity.escalateBrokenPromises(
      results,
      entityOfRow,
      groupIndex.groups.map((group) => group.currency),
      keyAccount,
      ladder,
      totals.highestLevel,
    );
  }
  return finishLedgerAnalysis(
    results,
    issues.list,
    groupIndex.groups,
    totals,
    groupIndex.currencies,
    settings,
    cReminded >= 0 || (activity !== null && activity.hasReminders),
    directory.mergedNames(),
  );
}

/** A reminder count above this is read as this (a typo of 1e9 reminders must not overflow anything). */
const MAX_STEPS = 1000;
