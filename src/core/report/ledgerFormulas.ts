import { equalsCriterion, formulaText } from "./formulaText";
import { quoteSheetName } from "./quoteSheetName";

/**
 * Where the ledger's columns are: A1 ranges of the data rows (header excluded), aligned, e.g.
 * `$C$2:$C$301`, or with their sheet already (`'Ledger'!$C$2:$C$301`).
 */
export interface LedgerRanges {
  readonly sheetName: string;
  readonly customer: string;
  readonly amount: string;
  readonly dueDate: string;
  readonly invoiceDate?: string;
  readonly paidDate?: string;
  readonly status?: string;
  readonly currency?: string;
  /**
   * The last scan's `Days overdue` result column over the same data rows: a number ≥ 0 on every row
   * the scan accepted, "" on rows it listed in Issues (or blank rows). With it every sum and FILTER
   * keeps only those rows, as the dashboard does; without it (no scan) every typed row counts.
   */
  readonly daysOverdue?: string;
}

/** Which rows a formula sums: one currency (when the ledger has a currency column), one customer. */
export interface RowGroup {
  readonly currency?: string;
  readonly customer?: string;
}

/** The status words the scan reads as paid (dunningStatus); such rows are never open. */
export const PAID_STATUS_WORDS = ["paid", "已付", "已付款"] as const;

/**
 * Formula texts over the ledger's ranges that reproduce the scan's sums, for the AR Summary sheet.
 * Every row kind the scan accepts is counted the same way:
 * - a row counts when its customer is not blank, its amount is a number (SUMIFS skips text) and
 *   its due date is a number (a date), in the group's currency and customer;
 * - open at a date d: not paid on or before d (a paid date after d, blank or text is open) and
 *   without a paid status — `SUMIFS(all) − SUMIFS(paid ≤ d)`, since SUMIFS cannot "or";
 * - the trailing window is (start, as-of] on the invoice date;
 * - with `daysOverdue` (the scan's result column) only rows holding a number there count: rows
 *   listed in Issues at the last scan (e.g. a duplicate invoice number, a due date before the
 *   invoice date) are left out of every figure, as the pane leaves them out of its totals.
 * What the formulas cannot see as the scan does (text amounts or dates that the scan parses,
 * duplicate invoice numbers without `daysOverdue`, untrimmed names, due dates from terms) is listed in the report's TSDoc.
 *
 * @param ranges - the ledger's column ranges
 * @param asOf - absolute reference of the as-of cell, e.g. `$B$2`
 * @param windowStart - absolute reference of the window-start cell, e.g. `$B$4`
 * @example
 * ledgerFormulas({ sheetName: "Ledger", customer: "$A$2:$A$9", amount: "$B$2:$B$9", dueDate: "$C$2:$C$9" }, "$B$2", "$B$4").open({})
 * //=> "=SUMIFS('Ledger'!$B$2:$B$9,'Ledger'!$A$2:$A$9,\"<>\",'Ledger'!$C$2:$C$9,\">=0\")"
 */
export function ledgerFormulas(ranges: LedgerRanges, asOf: string, windowStart: string) {
  const ref = (range: string): string => (range.includes("!") ? range : `${quoteSheetName(ranges.sheetName)}!${range}`);
  const cust = ref(ranges.customer),
    amt = ref(ranges.amount),
    due = ref(ranges.dueDate);
  const inv = ranges.invoiceDate === undefined ? null : ref(ranges.invoiceDate);
  const paid = ranges.paidDate === undefined ? null : ref(ranges.paidDate);
  const status = ranges.status === undefined ? null : ref(ranges.status);
  const cur = ranges.currency === undefined ? null : ref(ranges.currency);
  const days = ranges.daysOverdue === undefined ? null : ref(ranges.daysOverdue);
  const onOrBefore = (cell: string): string => `"<="&${cell}`;

  const criteria = (group: RowGroup, withStatus: boolean): string[] => {
    const list = [`${cust},${group.customer === undefined ? '"<>"' : equalsCriterion(group.customer)}`, `${due},">=0"`];
    // A number test, not "<>": Excel and HyperFormula disagree on whether "" meets "<>".
    if (days !== null) list.push(`${days},">=0"`);
    if (cur !== null) list.push(`${cur},${equalsCriterion(group.currency ?? "")}`);
    if (status !== null && withStatus) for (const word of PAID_STATUS_WORDS) list.push(`${status},${formulaText(`<>${word}`)}`);
    return list;
  };
  const sumifs = (group: RowGroup, extra: readonly string[], withStatus = true): string =>
    `SUMIFS(${amt},${[...criteria(group, withStatus), ...extra].join(",")})`;
  /** Sum of the rows open at `date` among those meeting `extra`. */
  const openSum = (group: RowGroup, extra: readonly string[], date = asOf): string =>
    paid === null ? sumifs(group, extra) : `${sumifs(group, extra)}-${sumifs(group, [...extra, `${paid},${onOrBefore(date)}`])}`;

  /** A 1/0 array per row for FILTER: the row counts and is open at as-of. */
  const mask = (currency: string | undefined): string => {
    const factors = [`(${cust}<>"")`, `ISNUMBER(${amt})`, `ISNUMBER(${due})`];
    if (days !== null) factors.push(`ISNUMBER(${days})`);
    if (cur !== null) factors.push(`(${cur}=${formulaText(currency ?? "")})`);
    if (status !== null) factors.push(`ISNA(MATCH(${status},{${PAID_STATUS_WORDS.map(formulaText).join(",")}},0))`);
    if (paid !== null) factors.push(`(1-ISNUMBER(${paid})*(${paid}<=${asOf}))`);
    return factors.join("*");
  };

  return {
    hasInvoiceDates: inv !== null,
    hasPaidDates: paid !== null,
    /** Open at as-of (E; the aging total). */
    open: (group: RowGroup): string => `=${openSum(group, [])}`,
    /** Open and past due at as-of (due < as-of). */
    overdue: (group: RowGroup): string => `=${openSum(group, [`${due},"<"&${asOf}`])}`,
    /** Open and not yet due at as-of (due ≥ as-of): the aging's Current bucket. */
    current: (group: RowGroup): string => `=${openSum(group, [`${due},">="&${asOf}`])}`,
    /** S: invoiced in (start, as-of], paid or not, whatever the status. */
    invoiced: (group: RowGroup): string =>
      `=${sumifs(group, [`${inv},">"&${windowStart}`, `${inv},${onOrBefore(asOf)}`], false)}`,
    /** B: invoiced on or before the start and open at the start. */
    openAtStart: (group: RowGroup): string => `=${openSum(group, [`${inv},${onOrBefore(windowStart)}`], windowStart)}`,
    /** A customer's overdue as the scan nets it: max(0, overdue invoices + open credit notes). */
    customerOverdue: (group: RowGroup): string =>
      `=MAX(0,${openSum(group, [`${amt},">0"`, `${due},"<"&${asOf}`])}+${openSum(group, [`${amt},"<0"`])})`,
    /** Largest customer's share of the currency's open balances. */
    concentration: (currency?: string): string => {
      const m = mask(currency);
      return `=AR.CONCENTRATION(FILTER(${cust},${m}),FILTER(${amt},${m}))`;
    },
    /** The AR.AGING spill of the currency's open rows. */
    aging: (currency: string | undefined, edges: readonly number[] | null, language: "en" | "zh"): string => {
      const m = mask(currency);
      const edgeArg = edges === null ? "" : `{${edges.join(",")}}`;
      const tail = language === "zh" ? `,${edgeArg},,"zh"` : edges === null ? "" : `,${edgeArg}`;
      return `=AR.AGING(FILTER(${amt},${m}),FILTER(${due},${m}),${asOf}${tail})`;
    },
  };
}

export type LedgerFormulas = ReturnType<typeof ledgerFormulas>;
