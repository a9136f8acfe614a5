import { ACTIVITY_HEADERS, activityColumnsOf } from "../core/activity/activityHeaders";
import { activityRowValues } from "../core/activity/activityRowValues";
import {
  ACTIVITY_COLUMNS,
  type ActivityColumn,
  type ActivityIssue,
  type ActivityRegister,
  type NewActivityRow,
} from "../core/activity/activityTypes";
import { brokenPromiseRows } from "../core/activity/brokenPromiseRows";
import { customerActivity, DEFAULT_PROMISE_GRACE_DAYS, type CustomerActivity } from "../core/activity/customerActivity";
import { parseActivityRows } from "../core/activity/parseActivityRows";
import type { DateSystem } from "../core/dates/excelSerial";
import { isFailure } from "../core/failure";
import type { Language } from "../core/language";
import type { LedgerField } from "../core/ledger/ledgerFields";
import type { LedgerIssueCode } from "../core/ledger/ledgerIssue";
import type { CustomerSummary } from "../core/ledger/ledgerAnalysisTypes";
import { messageText, verbatim, type Message } from "../core/messages/message";
import { cellAddress } from "./a1Address";
import { appendActivityRowsIn } from "./activityRegister";
import { EXCEL_MESSAGES as M } from "./excelMessages";
import type { AddressedIssue } from "./ledgerWorkbook";
import type { RegisterProbe, RegisterValues } from "./readActivityBlocks";

/** What the scan took from the activity register. */
export interface ScanRegister {
  /** The register as read (readable rows and the rows it could not read); null when there is none. */
  readonly register: ActivityRegister | null;
  /** Per customer key, what the register says up to as-of: analyzeLedger's `activity` option. */
  readonly facts: ReadonlyMap<string, CustomerActivity> | undefined;
  /** The register's unreadable rows (and header), each with its cell: listed beside the ledger's. */
  readonly issues: readonly AddressedIssue[];
  readonly readings: readonly Message[];
  /** Data rows of the register as read, blank ones included: where appended rows start. */
  readonly dataRows: number;
}

export interface ScanActivitySettings {
  readonly dateSystem: DateSystem;
  readonly asOf: number;
  readonly promiseGraceDays?: number;
  readonly language: Language;
  readonly signal?: AbortSignal;
}

const NO_REGISTER: ScanRegister = { register: null, facts: undefined, issues: [], readings: [], dataRows: 0 };

/**
 * The register read for a scan (its bounds already queued with the ledger's first block), parsed
 * in the workbook's date system and added up per customer up to as-of. A register Excel cannot
 * read is said in the readings and the scan goes on without it; bad rows become issues.
 */
export async function readScanActivity(
  context: Excel.RequestContext,
  probe: RegisterProbe,
  settings: ScanActivitySettings,
): Promise<ScanRegister | "cancelled"> {
  let read: RegisterValues | null | "cancelled";
  try {
    read = await probe.readValues(context, settings.signal);
  } catch {
    return { ...NO_REGISTER, readings: [M.activityUnreadable()] };
  }
  if (read === null || read === "cancelled") return read ?? NO_REGISTER;
  const dataRows = Math.max(0, read.values.length - 1);
  const parsed = parseActivityRows(read.values, settings.dateSystem);
  if (isFailure(parsed)) {
    // No date, customer or kind column: nothing in it can be used; its header cell says why.
    const address = cellAddress(read.sheet, read.r0, read.c0);
    return { ...NO_REGISTER, dataRows, issues: [registerIssue(-1, null, messageText(parsed.text, settings.language), address)] };
  }
  const columns = activityColumnsOf(read.values[0] ?? []);
  const issues = parsed.issues.map((issue) => addressed(issue, read, columns, settings.language));
  const grace = settings.promiseGraceDays ?? DEFAULT_PROMISE_GRACE_DAYS;
  return { register: parsed, facts: customerActivity(parsed.entries, settings.asOf, grace), issues, readings: [], dataRows };
}

/**
 * After the scan's write: one "Broken promise" note per customer and currency whose promise the
 * scan found broken (none again for a note already in the register), appended in the scan's
 * language. Returns the register with those rows added (what a rescan would read) and what to
 * say; a refused or failed append is said, never thrown: the scan's results stand.
 */
export async function logBrokenPromises(
  context: Excel.RequestContext,
  read: ScanRegister,
  customers: readonly CustomerSummary[],
  settings: ScanActivitySettings,
): Promise<{ readonly activity: ActivityRegister | null; readonly readings: readonly Message[] }> {
  const { register, facts } = read;
  const rows = facts ? brokenPromiseRows(facts, customers, settings.asOf, settings.dateSystem, settings.language) : [];
  if (register === null || rows.length === 0) return { activity: register, readings: [] };
  let reason: Message;
  try {
    const appended = await appendActivityRowsIn(context, rows, settings.language);
    if (!isFailure(appended)) {
      const activity = { ...register, entries: [...register.entries, ...entriesOf(rows, read.dataRows, settings.dateSystem)] };
      return { activity, readings: [M.brokenPromisesLogged({ count: rows.length })] };
    }
    reason = appended.text;
  } catch (error) {
    reason = verbatim(error instanceof Error ? error.message : String(error));
  }
  return { activity: register, readings: [M.brokenPromisesNotLogged({ count: rows.length, reason })] };
}

/** The appended rows as the register will read them, numbered after its last row. */
function entriesOf(rows: readonly NewActivityRow[], dataRows: number, system: DateSystem) {
  const values = [
    ACTIVITY_COLUMNS.map((c) => ACTIVITY_HEADERS.en[c]),
    ...rows.map((row) => activityRowValues(row, ACTIVITY_COLUMNS, "en")),
  ];
  const parsed = parseActivityRows(values, system);
  return isFailure(parsed) ? [] : parsed.entries.map((entry) => ({ ...entry, row: dataRows + entry.row }));
}

/*
 * A register row's issue in the ledger's issue shape, so the Issues view lists it with a button
 * to its cell. The ledger's issue codes and fields are a closed set: each register column takes
 * the nearest (the text is in `reason`, in the scan's language); `rowIndex` is the register's
 * data row (-1 for its header).
 */
const FIELD_OF: Readonly<Record<ActivityColumn, LedgerField>> = {
  date: "invoiceDate",
  customer: "customer",
  currency: "currency",
  invoice: "invoiceNo",
  kind: "status",
  level: "remindersSent",
  channel: "status",
  amount: "amount",
  dueBy: "dueDate",
  reason: "status",
  owner: "status",
};
const CODE_OF: Partial<Record<ActivityColumn, LedgerIssueCode>> = {
  customer: "noCustomer",
  amount: "unreadableAmount",
  level: "unreadableAmount",
  dueBy: "noDueDate",
};

function registerIssue(row: number, column: ActivityColumn | null, reason: string, address: string): AddressedIssue {
  const field = column === null ? "customer" : FIELD_OF[column];
  const code = (column === null ? undefined : CODE_OF[column]) ?? "unreadableDate";
  return { rowIndex: row, field, code, reason, address };
}

function addressed(
  issue: ActivityIssue,
  read: RegisterValues,
  columns: ReadonlyMap<ActivityColumn, number>,
  language: Language,
): AddressedIssue {
  const column = issue.column === null ? undefined : columns.get(issue.column);
  // The row's first cell when the column is absent (e.g. a promise in a register with no Due by column).
  const address = cellAddress(read.sheet, read.r0 + 1 + issue.row, read.c0 + (column ?? 0));
  return registerIssue(issue.row, issue.column, messageText(issue.message, language), address);
}
