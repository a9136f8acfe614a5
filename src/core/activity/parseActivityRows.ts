import type { DateSystem } from "../dates/excelSerial";
import { parseDate } from "../dates/parseDate";
import { fail, isFailure, type Result } from "../failure";
import { customerNameKey } from "../ledger/customerNameKey";
import { currencyCode } from "../money/currencyCode";
import { toCents, toCentsFast } from "../money/money";
import { parseAmount } from "../money/parseAmount";
import { ACTIVITY_HEADERS, activityColumnsOf } from "./activityHeaders";
import { activityKind, isReleaseText } from "./activityKind";
import { ACTIVITY_MESSAGES as M } from "./activityMessages";
import type { ActivityColumn, ActivityEntry, ActivityIssue, ActivityRegister } from "./activityTypes";

/** Without these the register says nothing usable. */
const REQUIRED: readonly ActivityColumn[] = ["date", "customer", "kind"];

/**
 * Reads the register's values (header row first) as the add-in wrote them or a person typed
 * them: dates as Excel serials or date text (parseDate: yyyy-mm-dd, 2025年7月4日, 4 Jul 2025…),
 * kinds in English or Chinese, amounts as parseAmount reads them. A row that cannot be read is
 * listed with its reason and left out; blank rows are skipped. Nothing here throws.
 *
 * @param values - the table's values, header row included
 * @returns the register, or a failure when the header lacks the date, customer or kind column
 * @example
 * parseActivityRows([["Date", "Customer", "Kind"], [45835, "Acme", "Reminder"]]).entries[0].kind //=> "reminder"
 */
export function parseActivityRows(values: readonly (readonly unknown[])[], system: DateSystem = 1900): Result<ActivityRegister> {
  const columns = activityColumnsOf(values[0] ?? []);
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0)
    return fail("missing", M.missingColumns({ columns: missing.map((c) => ACTIVITY_HEADERS.en[c]).join(", ") }));
  const entries: ActivityEntry[] = [];
  const issues: ActivityIssue[] = [];
  const cells = new CellReaders(system);
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row) || row.every(isBlank)) continue;
    const read = readRow(row, columns, r - 1, cells);
    if ("message" in read) issues.push(read);
    else entries.push(read);
  }
  return { entries, issues };
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function textOf(cell: unknown): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * Date and amount cells read once per distinct value: a register of 100,000 rows repeats its
 * dates and amounts, and parseDate and parseAmount (decimal.js) are the row's costly steps.
 */
class CellReaders {
  private readonly dates = new Map<unknown, Result<number | null>>();
  private readonly amounts = new Map<unknown, Result<number | null>>();

  constructor(private readonly system: DateSystem) {}

  date(cell: unknown, name: string): Result<number | null> {
    let read = this.dates.get(cell);
    if (read === undefined) {
      read = parseDate(cell, this.system, name);
      this.dates.set(cell, read);
    }
    return read;
  }

  /** Cents; numbers take the scan's fast path (exact for whole cents). */
  amountCents(cell: unknown): Result<number | null> {
    if (typeof cell === "number" && Number.isFinite(cell)) return toCentsFast(cell);
    let read = this.amounts.get(cell);
    if (read === undefined) {
      const amount = parseAmount(cell, ACTIVITY_HEADERS.en.amount);
      read = isFailure(amount) || amount === null ? amount : toCents(amount.toNumber());
      this.amounts.set(cell, read);
    }
    return read;
  }
}

function readRow(
  row: readonly unknown[],
  columns: ReadonlyMap<ActivityColumn, number>,
  index: number,
  cells: CellReaders,
): ActivityEntry | ActivityIssue {
  const cell = (column: ActivityColumn): unknown => {
    const at = columns.get(column);
    return at === undefined ? undefined : row[at];
  };
  const issue = (column: ActivityColumn | null, message: ActivityIssue["message"]): ActivityIssue => ({
    row: index,
    column,
    message,
  });

  const date = cells.date(cell("date"), ACTIVITY_HEADERS.en.date);
  if (isFailure(date)) return issue("date", M.badDate({ column: ACTIVITY_HEADERS.en.date, text: textOf(cell("date")) }));
  if (date === null) return issue("date", M.noDate());
  const customer = textOf(cell("customer"));
  if (customer === "") return issue("customer", M.noCustomer());
  const kindText = textOf(cell("kind"));
  const kind = activityKind(kindText) ?? (isReleaseText(kindText) ? "note" : undefined);
  if (kind === undefined) return issue("kind", M.badKind({ text: kindText }));

  let level: number | null = null;
  const levelCell = cell("level");
  if (!isBlank(levelCell)) {
    const value = typeof levelCell === "number" ? levelCell : Number(textOf(levelCell));
    if (!Number.isInteger(value) || value < 0) return issue("level", M.badLevel({ text: textOf(levelCell) }));
    level = value;
  }
  let amountCents: number | null = null;
  const amountCell = cell("amount");
  if (!isBlank(amountCell)) {
    const amount = cells.amountCents(amountCell);
    if (isFailure(amount)) return issue("amount", M.badAmount({ text: textOf(amountCell) }));
    amountCents = amount;
  }
  const dueBy = cells.date(cell("dueBy"), ACTIVITY_HEADERS.en.dueBy);
  if (isFailure(dueBy)) return issue("dueBy", M.badDate({ column: ACTIVITY_HEADERS.en.dueBy, text: textOf(cell("dueBy")) }));
  const reason = textOf(cell("reason"));
  const invoice = textOf(cell("invoice"));
  const released = isReleaseText(reason) || isReleaseText(kindText);
  if (kind === "promise" && dueBy === null) return issue("dueBy", M.promiseNoDueBy());
  if (kind === "dispute" && invoice === "" && !released) return issue("invoice", M.disputeNoInvoice());
  return {
    row: index,
    date,
    customer,
    customerKey: customerNameKey(customer),
    currency: currencyCode(cell("currency")),
    invoice,
    kind,
    level,
    channel: textOf(cell("channel")),
    amountCents,
    dueBy,
    reason,
    owner: textOf(cell("owner")),
    released,
  };
}
