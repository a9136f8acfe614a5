import { bucketCount, bucketIndex } from "../aging/agingBuckets";
import { formatIsoDate } from "../dates/excelSerial";
import { ActionCode } from "../dunning/actionCode";
import { dunningLevel } from "../dunning/dunningLevel";
import { DunningStatus, dunningStatus } from "../dunning/dunningStatus";
import { nextActionCode } from "../dunning/nextActionCode";
import { isFailure, type Result } from "../failure";
import { dueDateSerial } from "../terms/dueDateSerial";
import type { CurrencyAccumulator } from "./currencyAccumulator";
import { customerGroupFor, type CustomerGroup, TREND_WINDOW_DAYS } from "./customerAccumulator";
import { finishLedgerAnalysis } from "./finishLedgerAnalysis";
import { CustomerDirectory } from "./customerDirectory";
import { GroupTotals } from "./groupTotals";
import { invoiceKey } from "./invoiceKey";
import { isBlankRow } from "./isBlankRow";
import { hasDuplicateInvoice } from "./hasDuplicateInvoice";
import { scanScratch } from "./scanScratch";
import { invoiceHash } from "./invoiceHash";
import { InvoiceIndex } from "./invoiceIndex";
import { CellStatus, LedgerCellReader, MAX_ABS_AMOUNT } from "./ledgerCellReader";
import { allocateRowResults, PAID_BUCKET, RowState, type AnalyzeLedgerOptions, type LedgerAnalysis } from "./ledgerAnalysisTypes";
import type { LedgerField } from "./ledgerFields";
import { ledgerIssueReason, type IssueDetail, type LedgerIssue, type LedgerIssueCode } from "./ledgerIssue";
import { ledgerColumns, ledgerScanSettings, normalizeCurrency, type LedgerScanSettings } from "./ledgerScanSettings";
import { MAX_SERIAL, MIN_SERIAL } from "../dates/excelSerial";
import { toCentsFast } from "../money/money";

const BAD = CellStatus.bad;

/**
 * Scans a ledger in one pass: per row days overdue, aging bucket, dunning level and next action;
 * rows that cannot be read go to `issues` with a reason (no customer, unreadable amount or date,
 * unreadable terms, due date before invoice date, duplicate invoice number for one customer, no
 * due date and no invoice date + terms); blank rows are skipped. Per customer and currency: open,
 * overdue (credit notes netted), oldest days overdue, highest level, credit use, review flag,
 * average days late, trend and risk; per currency: open, overdue, overdue share and aging.
 *
 * Open amount is the open-amount cell when there is one, else the amount — or 0 when the invoice
 * was paid on or before as-of or its status says paid. A customer whose latest reminder (any
 * currency) is fewer than `minReminderIntervalDays` before as-of gets "Wait until <date>" instead
 * of a chasing action (rung, executive call, promise follow-up).
 *
 * Rows are raw cell values as Office.js gives them. Money is summed in integer cents; numbers
 * already numeric skip parsing (they are read in the loop itself: a million-row scan cannot afford
 * a call per cell), text is parsed once per distinct value.
 *
 * @param rows - the data rows (header excluded)
 * @returns the analysis, or a failure for unusable options (mapping without customer, amount or due date)
 * @example
 * analyzeLedger([["Acme", 100, 45800]], { mapping: { customer: 0, amount: 1, dueDate: 2 }, asOf: 45847 }).rows.daysOverdue[0] //=> 47
 */
export function analyzeLedger(rows: readonly (readonly unknown[])[], options: AnalyzeLedgerOptions): Result<LedgerAnalysis> {
  const settings = ledgerScanSettings(options);
  if (isFailure(settings)) return settings;
  // Most ledgers repeat no invoice number: the fast scan checks for repeats once at the end, in
  // cache-friendly batches. When it finds one, the scan is redone with the exact per-row index so
  // the repeated rows are left out of every total, as they always were.
  const fast = scan(rows, settings, false);
  return fast !== null ? fast : (scan(rows, settings, true) as LedgerAnalysis);
}

/**
 * The scan. With `exact`, duplicate invoice numbers are found row by row (InvoiceIndex) and go to
 * `issues`; without, each accepted row's invoice hash is recorded and null is returned when two
 * rows turn out to be the same invoice of one customer.
 */
function scan(rows: readonly (readonly unknown[])[], settings: LedgerScanSettings, exact: boolean): LedgerAnalysis | null {
  const { mapping, asOf, system, ladder, minCents, edges, language, defaultCurrency } = settings;
  const columns = ledgerColumns(mapping);
  const {
    customer: cCustomer,
    amount: cAmount,
    openAmount: cOpen,
    dueDate: cDue,
    invoiceDate: cInvoice,
    terms: cTerms,
  } = columns;
  const { invoiceNo: cInvoiceNo, paidDate: cPaid, status: cStatus, currency: cCurrency } = columns;
  const { creditLimit: cLimit, lastReminded: cReminded } = columns;
  const n = rows.length;
  const results = allocateRowResults(n);
  const { state, customer: customerOut, dueSerial: dueOut, signedDays: signedOut, daysOverdue: daysOut } = results;
  const { bucket: bucketOut, level: levelOut, action: actionOut, openCents: openOut } = results;
  const issues: LedgerIssue[] = [];
  const reader = new LedgerCellReader(system);
  const buckets = bucketCount(edges);
  const recentFrom = asOf - TREND_WINDOW_DAYS;
  const minSerial = MIN_SERIAL[system],
    maxSerialExclusive = MAX_SERIAL[system] + 1;
  const directory = new CustomerDirectory(settings.keyAccounts);
  const totals = new GroupTotals(64);
  const groups: CustomerGroup[] = [],
    currencies = new Map<string, CurrencyAccumulator>();
  // An earlier row in the index was accepted, so its group (hence customer) is already recorded.
  const sameInvoice = (row: number, customerId: number, key: string | number): boolean =>
    groups[customerOut[row]].entity.id === customerId && invoiceKey(rows[row][cInvoiceNo]) === key;
  const invoiceIndex = exact && cInvoiceNo >= 0 ? new InvoiceIndex(n, sameInvoice) : null;
  // Fast scan: hashes[k] is the invoice hash of accepted row hashedRows[k].
  const scratch = !exact && cInvoiceNo >= 0 ? scanScratch(4 * n) : null;
  const hashes = scratch !== null ? scratch.subarray(0, n) : null;
  const hashedRows = scratch !== null ? scratch.subarray(n, 2 * n) : null;
  let hashed = 0;
  const currencyByCell = new Map<unknown, string>(),
    statusByCell = new Map<unknown, DunningStatus>();
  let lastCurrencyCell: unknown = undefined,
    lastCurrency = defaultCurrency;

  const reject = (i: number, field: LedgerField, code: LedgerIssueCode, detail: IssueDetail, firstRowIndex?: number): void => {
    state[i] = RowState.issue;
    const reason = ledgerIssueReason(code, field, language, detail);
    issues.push(
      firstRowIndex === undefined ? { rowIndex: i, field, code, reason } : { rowIndex: i, field, code, reason, firstRowIndex },
    );
  };
  const unreadable = (i: number, field: LedgerField, code: LedgerIssueCode, row: readonly unknown[], column: number): void =>
    reject(i, field, code, { value: row[column], message: reader.error });

  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) {
      state[i] = RowState.blank;
      continue;
    }
    const entity = directory.entityOf(cCustomer < row.length ? row[cCustomer] : undefined);
    if (entity === null) {
      if (isBlankRow(row)) state[i] = RowState.blank;
      else reject(i, "customer", "noCustomer", {});
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
          unreadable(i, "amount", "unreadableAmount", row, cAmount);
          continue;
        }
      }
    }
    if (cOpen >= 0) {
      openCells = reader.cents(row[cOpen]);
      if (reader.status === BAD) {
        unreadable(i, "openAmount", "unreadableAmount", row, cOpen);
        continue;
      }
    }
    if (amountCents !== amountCents && openCells !== openCells) {
      reject(i, cAmount >= 0 ? "amount" : "openAmount", "noAmount", {});
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
          unreadable(i, "dueDate", "unreadableDate", row, cDue);
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
          unreadable(i, "invoiceDate", "unreadableDate", row, cInvoice);
          continue;
        }
      }
    }
    if (due !== due) {
      const terms = invoice === invoice && cTerms >= 0 ? reader.terms(row[cTerms]) : undefined;
      if (terms === undefined) {
        // cTerms is checked too: with numeric dates read inline, the reader's status may be an earlier cell's.
        if (invoice === invoice && cTerms >= 0 && reader.status === BAD) unreadable(i, "terms", "unreadableTerms", row, cTerms);
        else reject(i, "dueDate", "noDueDate", {});
        continue;
      }
      const computed = dueDateSerial(invoice, terms, system);
      if (isFailure(computed)) {
        reject(i, "terms", "unreadableTerms", { value: row[cTerms], message: computed.message });
        continue;
      }
      due = computed;
    } else if (due < invoice) {
      reject(i, "dueDate", "dueBeforeInvoice", {
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
      else {
        paid = reader.serial(cell);
        if (reader.status === BAD) {
          unreadable(i, "paidDate", "unreadableDate", row, cPaid);
          continue;
        }
      }
    }
    if (cReminded >= 0) {
      const cell = row[cReminded];
      if (typeof cell === "number" && cell >= minSerial && cell < maxSerialExclusive) reminded = Math.floor(cell);
      else {
        reminded = reader.serial(cell);
        if (reader.status === BAD) {
          unreadable(i, "lastReminded", "unreadableDate", row, cReminded);
          continue;
        }
      }
    }
    if (cLimit >= 0) {
      const cell = row[cLimit];
      if (typeof cell === "number" && cell > -MAX_ABS_AMOUNT && cell < MAX_ABS_AMOUNT) limit = toCentsFast(cell);
      else {
        limit = reader.cents(cell);
        if (reader.status === BAD) {
          unreadable(i, "creditLimit", "unreadableAmount", row, cLimit);
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
    let currency = defaultCurrency;
    if (cCurrency >= 0) {
      const currencyCell = row[cCurrency];
      if (currencyCell === lastCurrencyCell) currency = lastCurrency;
      else {
        let code = currencyByCell.get(currencyCell);
        if (code === undefined) {
          code = normalizeCurrency(currencyCell);
          if (code === "") code = defaultCurrency;
          currencyByCell.set(currencyCell, code);
        }
        currency = lastCurrency = code;
        lastCurrencyCell = currencyCell;
      }
    }
    if (cInvoiceNo >= 0) {
      const number = invoiceKey(row[cInvoiceNo]);
      if (number !== undefined) {
        if (hashes !== null && hashedRows !== null) {
          hashes[hashed] = invoiceHash(entity.id, number);
          hashedRows[hashed++] = i;
        } else if (invoiceIndex !== null) {
          const first = invoiceIndex.firstRow(entity.id, number, i);
          if (first !== -1) {
            reject(i, "invoiceNo", "duplicateInvoice", { invoiceNo: String(number), customer: entity.name }, first);
            continue;
          }
        }
      }
    }

    const group = customerGroupFor(entity, currency, groups, currencies, buckets);
    totals.ensure(group.index);
    const paidByAsOf = paid <= asOf; // false for NaN (no paid date)
    const open = openCells === openCells ? openCells : paidByAsOf || status === DunningStatus.paid ? 0 : amountCents;
    const signed = asOf - due;
    let days = 0,
      bucket = PAID_BUCKET,
      level = 0,
      action: ActionCode = ActionCode.paid;
    if (open === 0) {
      if (paidByAsOf && paid > due) days = paid - due;
    } else {
      days = signed > 0 ? signed : 0;
      bucket = bucketIndex(signed, edges);
      if (open < 0) action = ActionCode.creditNote;
      else {
        level = dunningLevel(signed, ladder);
        action = nextActionCode(level, ladder, status, open, minCents, entity.keyAccount);
      }
    }
    state[i] = RowState.accepted;
    customerOut[i] = group.index;
    dueOut[i] = due;
    signedOut[i] = signed;
    daysOut[i] = days;
    bucketOut[i] = bucket;
    levelOut[i] = level;
    actionOut[i] = action;
    openOut[i] = open;

    const g = group.index;
    totals.addInvoice(g, open, signed, days, level);
    const weight = amountCents === amountCents ? amountCents : open;
    if (paidByAsOf && weight > 0) totals.addPayment(g, paid > due ? paid - due : 0, weight, paid, recentFrom);
    if (limit === limit && group.limitCents !== group.limitCents) group.limitCents = limit;
    if (reminded <= asOf && (entity.lastReminded === null || reminded > entity.lastReminded)) entity.lastReminded = reminded;
    if (open !== 0) group.totals.add(open, bucket, signed);
  }

  if (hashes !== null && hashedRows !== null) {
    const sameRows = (a: number, b: number): boolean =>
      groups[customerOut[a]].entity.id === groups[customerOut[b]].entity.id &&
      invoiceKey(rows[a][cInvoiceNo]) === invoiceKey(rows[b][cInvoiceNo]);
    if (hasDuplicateInvoice(hashes, hashedRows, hashed, sameRows, scratch?.subarray(2 * n))) return null;
  }
  return finishLedgerAnalysis(results, issues, groups, totals, [...currencies.values()], settings, cReminded >= 0);
}
