import { formulaText } from "./formulaText";
import { quoteSheetName } from "./quoteSheetName";

/**
 * Where the ledger's columns are: whole columns (`$C:$C`, or with their sheet already,
 * `'Ledger'!$C:$C`), so rows appended below the ledger after the report are in every figure.
 * A column's header and the rows above it are never counted (see ledgerFormulas: a row needs a
 * customer, a numeric amount and a numeric due date).
 */
export interface LedgerRanges {
  readonly sheetName: string;
  readonly customer: string;
  /** The invoice amount; at least one of `amount` and `openAmount`. */
  readonly amount?: string;
  /** The open (remaining) amount: when a row holds a number here, that number is its open balance. */
  readonly openAmount?: string;
  readonly dueDate: string;
  readonly invoiceDate?: string;
  readonly paidDate?: string;
  readonly status?: string;
  readonly currency?: string;
  /**
   * The last scan's `Days overdue` result column: a number on every row the scan accepted, empty
   * on rows it listed in Issues and on rows added since. With it a row holding a number counts, an
   * empty one counts when its typed cells pass the checks a formula can make (see ledgerFormulas),
   * and text there (the column's header) never counts.
   */
  readonly daysOverdue?: string;
  /** The Days overdue header cell (e.g. `$I$1`): the report checks the scan's header is still there. */
  readonly resultsHeader?: string;
  /** The invoice-number column: with `repeatedInvoices`, rows the scan has not seen repeating one are left out. */
  readonly invoiceNo?: string;
  /**
   * Invoice numbers the last scan listed in Issues as repeated (the one Issue a formula cannot see
   * in typed cells): a row with an empty Days overdue cell and one of these numbers is left out.
   * Numbers over 255 characters cannot be listed in a formula and are not, nor those past 600
   * characters of numbers in all (formulas stay well under Excel's 8,192 characters).
   */
  readonly repeatedInvoices?: readonly string[];
  /**
   * The customer column whole (`$A:$A`) and the part the ranges cover from the top (`$A$1:$A$1301`,
   * `lastRow` 1301): more non-empty cells in the whole column means rows typed past the ranges.
   */
  readonly pastRows?: { readonly whole: string; readonly covered: string; readonly lastRow: number };
  /** Further columns whose cells the scan reads as numbers or dates (credit limit, last reminder): a row the scan has not seen counts only when they are blank or numbers. */
  readonly numberColumns?: readonly string[];
}

/**
 * Which rows a formula sums, as formula expressions (never a ledger text embedded in the formula:
 * a 300-character name would exceed Excel's 255-character text constant): `currency` a cell
 * reference holding the code or `""` for blank cells, `customer` a cell reference holding the name.
 */
export interface RowGroup {
  readonly currency?: string;
  readonly customer?: string;
}

/** The status words the scan reads as paid (dunningStatus); such rows are never open. */
export const PAID_STATUS_WORDS = ["paid", "已付", "已付款"] as const;
/** The status words the scan reads as disputed (dunningStatus): their open amount is shown apart. */
export const DISPUTED_STATUS_WORDS = ["disputed", "dispute", "in dispute", "争议", "有争议"] as const;

/**
 * Formula texts over the ledger's whole columns that reproduce the scan's balances (the
 * definitions of src/core/ledger/balances.ts), for the AR Summary sheet and its checks:
 * - a row counts when its customer is not blank, its amount (or open amount) and due date are
 *   numbers and — with the scan's Days overdue column — the scan accepted it (a number there), or
 *   the scan has no verdict on it (an empty cell: a row added since) and its invoice date is not
 *   after its due date and its paid date is blank or a date;
 * - texts compare as the scan reads them: trimmed (TRIM) and case-insensitive (Excel's `=` and
 *   MATCH ignore case): " usd" is USD, "Acme " is acme, "Paid " is paid;
 * - a row's open amount at a date d: its open-amount cell when that holds a number, else its
 *   amount — or 0 when it was paid on or before d or its status says paid;
 * - overdue: open > 0, not disputed, due before as-of; not yet due: every open amount due on or
 *   after as-of; disputed: open > 0 with a disputed status; credits: open < 0; the aging: open > 0,
 *   not disputed;
 * - the trailing window is (start, as-of] on the invoice date, on the amount.
 * Every sum is `IFERROR(SUM(FILTER(values, mask)), 0)`: FILTER finds nothing → 0.
 *
 * What the formulas cannot see as the scan does (text amounts or dates the scan parses, currency
 * names such as 人民币 that the scan turns into codes, a repeated invoice number among rows added
 * since the scan, due dates from terms) is listed in summaryReportPlan's TSDoc.
 *
 * @param ranges - the ledger's column ranges
 * @param asOf - absolute reference of the as-of cell, e.g. `$B$2`
 * @param windowStart - absolute reference of the window-start cell, e.g. `$B$4`
 * @example
 * ledgerFormulas({ sheetName: "Ledger", customer: "$A:$A", amount: "$B:$B", dueDate: "$C:$C" }, "$B$2", "$B$4").open({})
 * //=> "=IFERROR(SUM(FILTER('Ledger'!$B:$B,(TRIM('Ledger'!$A:$A)<>\"\")*ISNUMBER('Ledger'!$C:$C)*ISNUMBER('Ledger'!$B:$B))),0)"
 */
export function ledgerFormulas(ranges: LedgerRanges, asOf: string, windowStart: string) {
  const ref = (range: string): string => (range.includes("!") ? range : `${quoteSheetName(ranges.sheetName)}!${range}`);
  const optional = (range: string | undefined): string | null => (range === undefined ? null : ref(range));
  const cust = ref(ranges.customer),
    due = ref(ranges.dueDate);
  const amt = optional(ranges.amount),
    openCol = optional(ranges.openAmount);
  const inv = optional(ranges.invoiceDate),
    paid = optional(ranges.paidDate),
    status = optional(ranges.status),
    cur = optional(ranges.currency),
    days = optional(ranges.daysOverdue);
  if (amt === null && openCol === null) throw new Error("ledgerFormulas: an amount or open-amount column is required");
  const words = (list: readonly string[]) => `{${list.map(formulaText).join(",")}}`;
  const paidStatus = status === null ? null : `ISNUMBER(MATCH(TRIM(${status}),${words(PAID_STATUS_WORDS)},0))`;
  const disputed = status === null ? null : `ISNUMBER(MATCH(TRIM(${status}),${words(DISPUTED_STATUS_WORDS)},0))`;

  const blankOrNumber = (column: string): string => `((${column}="")+ISNUMBER(${column})>0)`;
  /** 1 where the row counts at all (see above). */
  const counts = (() => {
    const amountOk =
      amt !== null && openCol !== null ? `((ISNUMBER(${amt})+ISNUMBER(${openCol}))>0)` : `ISNUMBER(${amt ?? openCol})`;
    const factors = [`(TRIM(${cust})<>"")`, `ISNUMBER(${due})`, amountOk];
    if (days !== null) {
      // A row the scan has not seen: what a formula can check of the scan's Issues.
      const fresh = [`(${days}="")`];
      if (amt !== null && openCol !== null) fresh.push(blankOrNumber(amt), blankOrNumber(openCol));
      if (inv !== null) fresh.push(`((${inv}="")+ISNUMBER(${inv})*(${due}>=${inv})>0)`);
      for (const column of [paid, ...(ranges.numberColumns ?? []).map(ref)])
        if (column !== null) fresh.push(blankOrNumber(column));
      const repeated = listedRepeats(ranges.repeatedInvoices ?? []);
      if (ranges.invoiceNo !== undefined && repeated.length > 0)
        fresh.push(`ISNA(MATCH(TRIM(${ref(ranges.invoiceNo)}),{${repeated.map(formulaText).join(",")}},0))`);
      factors.push(`((ISNUMBER(${days})+${fresh.join("*")})>0)`);
    }
    return factors.join("*");
  })();

  /** A row's open amount at `date` (see above), as an array expression. */
  const openAt = (date: string): string => {
    const settled = [paid === null ? null : `ISNUMBER(${paid})*(${paid}<=${date})`, paidStatus].filter((s) => s !== null);
    const fromAmount = amt === null ? null : settled.length === 0 ? amt : `IF((${settled.join("+")})>0,0,${amt})`;
    if (openCol === null) return fromAmount!;
    return fromAmount === null ? openCol : `IF(ISNUMBER(${openCol}),${openCol},${fromAmount})`;
  };
  const open = openAt(asOf);

  const groupMask = (group: RowGroup): string => {
    const factors = [counts];
    if (cur !== null) factors.push(`(TRIM(${cur})=${group.currency ?? '""'})`);
    if (group.customer !== undefined) factors.push(`(TRIM(${cust})=TRIM(${group.customer}))`);
    return factors.join("*");
  };
  const sum = (values: string, mask: string): string => `IFERROR(SUM(FILTER(${values},${mask})),0)`;
  const undisputed = disputed === null ? "" : `*(1-${disputed})`;
  /** Current and overdue rows: open > 0, not disputed (the aging's rows). */
  const invoiceMask = (group: RowGroup): string => `${groupMask(group)}*(${open}>0)${undisputed}`;
  const amountIn = (group: RowGroup, extra: string): string => sum(amt!, `${groupMask(group)}*ISNUMBER(${amt})*${extra}`);

  return {
    /** The per-row array expressions, for formulas of their own (the cash forecast). */
    rows: { counts, open, openAt, groupMask, customer: cust, amount: amt, dueDate: due, paidDate: paid, status },
    hasInvoiceDates: inv !== null && amt !== null,
    hasPaidDates: paid !== null,
    hasStatus: status !== null,
    /** Open balance at as-of: every counted row's open amount (credits netted). */
    open: (group: RowGroup): string => `=${sum(open, groupMask(group))}`,
    /** Overdue: undisputed rows with something open past their due date (credit notes not netted). */
    overdue: (group: RowGroup): string => `=${sum(open, `${invoiceMask(group)}*(${due}<${asOf})`)}`,
    /** Not yet due (the dashboard's current receivables): every open amount due on or after as-of, disputed and credits included. */
    current: (group: RowGroup): string => `=${sum(open, `${groupMask(group)}*(${due}>=${asOf})`)}`,
    /** Disputed: rows with something open and a disputed status, whatever their due date. */
    disputed: (group: RowGroup): string => `=${sum(open, `${groupMask(group)}*(${open}>0)*${disputed ?? "0"}`)}`,
    /** Credits: rows whose open amount is negative (credit notes, overpayments). */
    credits: (group: RowGroup): string => `=${sum(open, `${groupMask(group)}*(${open}<0)`)}`,
    /** S: amounts invoiced in (start, as-of], paid or not, whatever the status. */
    invoiced: (group: RowGroup): string => `=${amountIn(group, `ISNUMBER(${inv})*(${inv}>${windowStart})*(${inv}<=${asOf})`)}`,
    /** B: amounts invoiced on or before the start and not settled at the start (paid by then, or a paid status). */
    openAtStart: (group: RowGroup): string => {
      const unsettled = [
        `ISNUMBER(${inv})*(${inv}<=${windowStart})`,
        ...(paidStatus === null ? [] : [`(1-${paidStatus})`]),
        ...(paid === null ? [] : [`(1-ISNUMBER(${paid})*(${paid}<=${windowStart}))`]),
      ];
      return `=${amountIn(group, unsettled.join("*"))}`;
    },
    /** Largest customer's share of the group's open balances (AR.CONCENTRATION nets each customer's rows). */
    concentration: (group: RowGroup): string => {
      const m = groupMask(group);
      return `=AR.CONCENTRATION(FILTER(${cust},${m}),FILTER(${open},${m}))`;
    },
    /** The AR.AGING spill of the group's current and overdue rows (disputed and credits are their own lines). */
    aging: (group: RowGroup, edges: readonly number[] | null, language: "en" | "zh"): string => {
      const m = invoiceMask(group);
      const edgeArg = edges === null ? "" : `{${edges.join(",")}}`;
      const tail = language === "zh" ? `,${edgeArg},,"zh"` : edges === null ? "" : `,${edgeArg}`;
      return `=AR.AGING(FILTER(${open},${m}),FILTER(${due},${m}),${asOf}${tail})`;
    },
    /**
     * The condition (no `=`) that holds while the scan's results are where the report reads them:
     * the Days overdue header is still there and the column holds a number (when the scan accepted
     * a row). False after Clear, or when a new scan wrote its results elsewhere.
     */
    resultsFound: (expectNumbers: boolean): string | null => {
      if (days === null || ranges.resultsHeader === undefined) return null;
      const header = `TRIM(${ref(ranges.resultsHeader)})<>""`;
      return expectNumbers ? `AND(${header},COUNT(${days})>0)` : header;
    },
    /** TRUE when rows were typed below the rows the formulas read (see LedgerRanges.pastRows); null without. */
    pastRows: (): string | null =>
      ranges.pastRows === undefined ? null : `COUNTA(${ref(ranges.pastRows.whole)})>COUNTA(${ref(ranges.pastRows.covered)})`,
  };
}

export type LedgerFormulas = ReturnType<typeof ledgerFormulas>;

/** At most this many characters of repeated invoice numbers go in a formula (each formula names them up to twice). */
const REPEATS_BUDGET = 600;

/**
 * The repeated invoice numbers a formula lists: each at most 255 characters (Excel's longest text
 * constant), in all at most REPEATS_BUDGET, so the formula stays far under 8,192 characters.
 */
function listedRepeats(numbers: readonly string[]): string[] {
  const listed: string[] = [];
  let used = 0;
  for (const n of numbers) {
    const size = formulaText(n).length + 1;
    if (n.length > 255 || used + size > REPEATS_BUDGET) continue;
    listed.push(n);
    used += size;
  }
  return listed;
}
