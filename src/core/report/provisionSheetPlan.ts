import { bucketCount, bucketLabels, DEFAULT_AGING_EDGES, validateEdges } from "../aging/agingBuckets";
import { fail, isFailure, type Result } from "../failure";
import type { Message } from "../messages/message";
import { cellAddress, rangeAddress } from "./cellAddress";
import type { LedgerRanges, RowGroup } from "./ledgerFormulas";
import { provisionFormulas } from "./provisionFormulas";
import { PROVISION_SHEET_MESSAGES as M } from "./provisionSheetMessages";
import type { PlanCell, ReportPlan } from "./reportTypes";
import { AMOUNT_FORMAT, DATE_FORMAT } from "./summaryReportPlan";

/** The sheet Insert provision matrix writes. */
export const PROVISION_SHEET = "AR Provision";
/** Rates (roll, loss) as the sheet shows them. */
export const RATE_FORMAT = "0.00%";
/** Default month-end window: the 12 month-ends ending at the last one on or before as-of. */
export const DEFAULT_PROVISION_MONTHS = 12;

export interface ProvisionSheetOptions {
  /** As-of serial written to each block's as-of input. */
  readonly asOf: number;
  /** The scan's currencies in display order (ignored without a currency column: one block). */
  readonly currencies: readonly string[];
  /** Aging edges; default 30/60/90. */
  readonly edges?: readonly number[] | null;
  /** @default "en" */
  readonly language?: "en" | "zh";
  /** Month-ends in the window (rows of snapshots). @default 12 */
  readonly months?: number;
  /** Written to each block's final-loss-rate input. @default 1 */
  readonly finalLossRate?: number;
  /** Written to each block's adjustment input. @default 0 */
  readonly adjustment?: number;
  /**
   * What each block's inputs hold instead of the defaults, by block and then by input (as listed in
   * `inputs` of the plan): an analyst's entries kept across a refresh (a number, or a formula).
   */
  readonly inputEntries?: readonly (readonly (number | string | undefined)[] | undefined)[];
}

/** The plan, with where the analyst's inputs are (per block, A1 addresses): a refresh keeps what they typed there. */
export interface ProvisionPlan extends ReportPlan {
  readonly inputs: readonly (readonly string[])[];
}

/** Where each part of one block is, as 0-based sheet rows (tests and the adapter read them). */
export interface ProvisionBlockRows {
  readonly top: number;
  readonly asOf: number;
  readonly finalLossRate: number;
  readonly adjustment: number;
  readonly lastMonthEnd: number;
  readonly firstMonthEnd: number;
  /** First snapshot row (the first month-end); one row per month-end. */
  readonly snapshots: number;
  /** First rolled row (pair first → second month-end); one row per pair. */
  readonly rolled: number;
  /** First per-pair roll-rate row. */
  readonly rates: number;
  readonly pooledRate: number;
  readonly pooledBalance: number;
  readonly lossRate: number;
  readonly balanceAtAsOf: number;
  readonly provisionLossRate: number;
  readonly provision: number;
  readonly note: number;
  /** Last row of the block. */
  readonly bottom: number;
}

/**
 * The rows of a block starting at sheet row `top` for `months` month-ends: inputs, snapshots,
 * rolled amounts, roll rates, loss rates, provision, each section a title and a header row first,
 * a blank row between sections.
 *
 * @example
 * provisionBlockRows(0, 4).snapshots //=> 11
 */
export function provisionBlockRows(top: number, months: number): ProvisionBlockRows {
  const pairs = months - 1;
  const snapshots = top + 11;
  const rolled = snapshots + months + 3;
  const rates = rolled + pairs + 3;
  const pooledRate = rates + pairs;
  const lossRate = pooledRate + 5;
  const balanceAtAsOf = lossRate + 4;
  return {
    top,
    asOf: top + 3,
    finalLossRate: top + 4,
    adjustment: top + 5,
    lastMonthEnd: top + 6,
    firstMonthEnd: top + 7,
    snapshots,
    rolled,
    rates,
    pooledRate,
    pooledBalance: pooledRate + 1,
    lossRate,
    balanceAtAsOf,
    provisionLossRate: balanceAtAsOf + 1,
    provision: balanceAtAsOf + 2,
    note: balanceAtAsOf + 3,
    bottom: balanceAtAsOf + 3,
  };
}

const text = (t: string): PlanCell => ({ kind: "text", text: t });
const formula = (f: string, format?: string): PlanCell =>
  format ? { kind: "formula", formula: f, format } : { kind: "formula", formula: f };
const EMPTY: PlanCell = { kind: "empty" };

/**
 * The AR Provision sheet as a plan the Excel adapter carries out: per currency, top to bottom, a
 * block an auditor can follow cell by cell, every figure a live formula over the ledger's columns
 * (provisionFormulas: sums of amounts > 0 by currency, invoice date, paid date and bucket)
 * reading the block's own inputs:
 * 1. inputs: the currency (its code is read by every formula), as-of date, final loss rate (100%),
 *    forward-looking adjustment (0%), the last month-end (=EOMONTH(as-of+1,-1): the last month-end
 *    on or before as-of; the analyst may type another) and the first (EOMONTH back months − 1);
 * 2. snapshots: a row per month-end (=EOMONTH off the last), a column per bucket;
 * 3. rolled: a row per month-end pair, a column per bucket but the oldest: what was in the bucket at
 *    the first month-end and is still open and past the bucket's upper edge at the next;
 * 4. roll rates per pair, =IF(balance=0,"",rolled/balance): blank, never 0 or #DIV/0!, when the
 *    bucket had no balance; the pooled rate Σ rolled ÷ Σ balance over the pairs (blank when Σ balance
 *    is 0) and that Σ balance;
 * 5. loss rates: the product of the pooled rates from the bucket to the oldest × final × (1 + adj),
 *    at most 100% (blank when a rate in the product is blank); the oldest's MIN(1, final × (1 + adj));
 * 6. provision at as-of: the balance per bucket (the snapshot at the as-of date), the loss rate,
 *    ROUND(MAX(0, balance) × rate, 2) per bucket and their SUM; a bucket with a balance and a blank
 *    rate shows no provision and a note saying so.
 * Labels are texts (never formulas); dates as dates, rates 0.00%, amounts #,##0.00.
 *
 * @param ranges - the ledger's column ranges (reportLedgerRanges); invoice and paid dates required
 * @returns the plan, or a failure saying which column or option is missing or out of range
 * @example
 * provisionSheetPlan(ranges, { asOf: 45777, currencies: ["USD"], months: 4 }).blocks[0].address //=> "A1:G40"
 */
export function provisionSheetPlan(ranges: LedgerRanges, options: ProvisionSheetOptions): Result<ProvisionPlan> {
  if (ranges.invoiceDate === undefined) return fail("missing", M.needsInvoiceDate());
  if (ranges.paidDate === undefined) return fail("missing", M.needsPaidDate());
  const months = options.months ?? DEFAULT_PROVISION_MONTHS;
  if (!Number.isInteger(months) || months < 2 || months > 120) return fail("outOfRange", M.months({ value: String(months) }));
  const finalRate = options.finalLossRate ?? 1;
  if (!(finalRate >= 0 && finalRate <= 1)) return fail("outOfRange", M.finalRate({ value: String(finalRate) }));
  const adjustment = options.adjustment ?? 0;
  if (!(adjustment >= -1 && adjustment <= 10)) return fail("outOfRange", M.adjustmentRange({ value: String(adjustment) }));
  const edges = validateEdges(options.edges ?? DEFAULT_AGING_EDGES);
  if (isFailure(edges)) return edges;
  const language = options.language ?? "en";
  const say = (message: Message): string => message[language];
  const perCurrency = ranges.currency !== undefined;
  const codes = perCurrency ? options.currencies : [options.currencies[0] ?? ""];
  const formulas = provisionFormulas(ranges, edges);
  const buckets = bucketCount(edges);
  const labels = bucketLabels(edges, language);
  const width = buckets + 2; // labels, one column per bucket, Total
  const col = (k: number) => k + 1; // bucket k's column
  const at = (row: number, column: number) => cellAddress(row, column, true);

  const blocks: ReportPlan["blocks"][number][] = [];
  const inputs: string[][] = [];
  let top = 0;
  codes.forEach((code, b) => {
    const rows = provisionBlockRows(top, months);
    const grid: PlanCell[][] = Array.from({ length: rows.bottom - top + 1 }, () => new Array<PlanCell>(width).fill(EMPTY));
    const put = (row: number, column: number, cell: PlanCell) => (grid[row - top][column] = cell);
    const line = (row: number, label: string, cells: PlanCell[]) => {
      put(row, 0, text(label));
      cells.forEach((cell, c) => put(row, c + 1, cell));
    };
    const header = (row: number, first: string, count: number, total = false) =>
      line(row, first, [...labels.slice(0, count).map(text), ...(total ? [text(say(M.total()))] : [])]);
    const group: RowGroup = perCurrency ? { currency: code === "" ? '""' : at(top + 1, 1) } : {};
    const asOf = at(rows.asOf, 1),
      final = at(rows.finalLossRate, 1),
      adj = at(rows.adjustment, 1),
      last = at(rows.lastMonthEnd, 1);
    const entries = options.inputEntries?.[b] ?? [];
    const input = (k: number, fallback: PlanCell): PlanCell => {
      const entry = entries[k];
      if (entry === undefined) return fallback;
      const format = fallback.kind === "empty" || fallback.kind === "text" ? undefined : fallback.format;
      return typeof entry === "number" ? { kind: "number", value: entry, ...(format ? { format } : {}) } : formula(entry, format);
    };

    // 1. Inputs.
    put(top, 0, text(say(M.title({ currency: code === "" ? say(M.noCurrency()) : code }))));
    line(top + 1, say(M.currency()), [text(code === "" ? say(M.noCurrency()) : code)]);
    put(top + 2, 0, text(say(M.inputs())));
    line(rows.asOf, say(M.asOf()), [input(0, { kind: "number", value: Math.floor(options.asOf), format: DATE_FORMAT })]);
    line(rows.finalLossRate, say(M.finalLossRate()), [input(1, { kind: "number", value: finalRate, format: RATE_FORMAT })]);
    line(rows.adjustment, say(M.adjustment()), [input(2, { kind: "number", value: adjustment, format: RATE_FORMAT })]);
    line(rows.lastMonthEnd, say(M.lastMonthEnd()), [input(3, formula(`=EOMONTH(${asOf}+1,-1)`, DATE_FORMAT))]);
    line(rows.firstMonthEnd, say(M.firstMonthEnd()), [formula(`=EOMONTH(${last},-${months - 1})`, DATE_FORMAT)]);
    inputs.push([asOf, final, adj, last].map((a) => a.replace(/\$/g, "")));

    // 2. Snapshots: the month-end in column A, each a formula off the last month-end.
    put(rows.snapshots - 2, 0, text(say(M.snapshots())));
    header(rows.snapshots - 1, say(M.monthEnd()), buckets);
    const monthEnd = (t: number) => at(rows.snapshots + t, 0);
    for (let t = 0; t < months; t++) {
      const r = rows.snapshots + t;
      const date = t === months - 1 ? `=${last}` : `=EOMONTH(${last},-${months - 1 - t})`;
      put(r, 0, formula(date, DATE_FORMAT));
      for (let k = 0; k < buckets; k++) put(r, col(k), formula(formulas.snapshot(group, monthEnd(t), k, asOf), AMOUNT_FORMAT));
    }
    const balance = (t: number, k: number) => cellAddress(rows.snapshots + t, col(k));

    // 3. Rolled amounts, one row per pair (t, t + 1), every bucket but the oldest.
    put(rows.rolled - 2, 0, text(say(M.rolled())));
    header(rows.rolled - 1, say(M.fromMonthEnd()), buckets - 1);
    for (let t = 0; t < months - 1; t++) {
      const r = rows.rolled + t;
      put(r, 0, formula(`=${monthEnd(t)}`, DATE_FORMAT));
      for (let k = 0; k < buckets - 1; k++)
        put(r, col(k), formula(formulas.rolled(group, monthEnd(t), monthEnd(t + 1), k, asOf), AMOUNT_FORMAT));
    }
    const rolled = (t: number, k: number) => cellAddress(rows.rolled + t, col(k));

    // 4. Roll rates per pair, pooled rate and its balance.
    put(rows.rates - 2, 0, text(say(M.rollRates())));
    header(rows.rates - 1, say(M.fromMonthEnd()), buckets - 1);
    for (let t = 0; t < months - 1; t++) {
      const r = rows.rates + t;
      put(r, 0, formula(`=${monthEnd(t)}`, DATE_FORMAT));
      for (let k = 0; k < buckets - 1; k++)
        put(r, col(k), formula(`=IF(${balance(t, k)}=0,"",${rolled(t, k)}/${balance(t, k)})`, RATE_FORMAT));
    }
    put(rows.pooledRate, 0, text(say(M.pooledRate())));
    put(rows.pooledBalance, 0, text(say(M.pooledBalance())));
    for (let k = 0; k < buckets - 1; k++) {
      const balances = `${balance(0, k)}:${balance(months - 2, k)}`;
      const rolledAll = `${rolled(0, k)}:${rolled(months - 2, k)}`;
      const pooledBalance = cellAddress(rows.pooledBalance, col(k));
      put(rows.pooledRate, col(k), formula(`=IF(${pooledBalance}=0,"",SUM(${rolledAll})/${pooledBalance})`, RATE_FORMAT));
      put(rows.pooledBalance, col(k), formula(`=SUM(${balances})`, AMOUNT_FORMAT));
    }

    // 5. Loss rates: the pooled rates from the bucket to the oldest, multiplied out cell by cell.
    put(rows.lossRate - 2, 0, text(say(M.lossRates())));
    header(rows.lossRate - 1, say(M.bucket()), buckets);
    put(rows.lossRate, 0, text(say(M.lossRate())));
    const scaled = `${final}*(1+${adj})`;
    for (let k = 0; k < buckets; k++) {
      const chain = Array.from({ length: buckets - 1 - k }, (_, j) => cellAddress(rows.pooledRate, col(k + j)));
      const cell =
        chain.length === 0
          ? `=MIN(1,${scaled})`
          : `=IF(OR(${chain.map((c) => `${c}=""`).join(",")}),"",MIN(1,${chain.join("*")}*${scaled}))`;
      put(rows.lossRate, col(k), formula(cell, RATE_FORMAT));
    }

    // 6. Provision at as-of.
    put(rows.balanceAtAsOf - 2, 0, text(say(M.provisionSection())));
    header(rows.balanceAtAsOf - 1, say(M.bucket()), buckets, true);
    put(rows.balanceAtAsOf, 0, text(say(M.balanceAtAsOf())));
    put(rows.provisionLossRate, 0, text(say(M.lossRate())));
    put(rows.provision, 0, text(say(M.provision())));
    put(rows.note, 0, text(say(M.note())));
    const note = say(M.noRateNote()).replace(/"/g, '""');
    for (let k = 0; k < buckets; k++) {
      const bal = cellAddress(rows.balanceAtAsOf, col(k)),
        rate = cellAddress(rows.provisionLossRate, col(k));
      put(rows.balanceAtAsOf, col(k), formula(formulas.snapshot(group, asOf, k, asOf), AMOUNT_FORMAT));
      put(rows.provisionLossRate, col(k), formula(`=${cellAddress(rows.lossRate, col(k))}`, RATE_FORMAT));
      put(rows.provision, col(k), formula(`=IF(${rate}="",IF(${bal}>0,"",0),ROUND(MAX(0,${bal})*${rate},2))`, AMOUNT_FORMAT));
      put(rows.note, col(k), formula(`=IF(AND(${rate}="",${bal}>0),"${note}","")`));
    }
    const totalOf = (row: number) => `=SUM(${cellAddress(row, col(0))}:${cellAddress(row, col(buckets - 1))})`;
    put(rows.balanceAtAsOf, col(buckets), formula(totalOf(rows.balanceAtAsOf), AMOUNT_FORMAT));
    put(rows.provision, col(buckets), formula(totalOf(rows.provision), AMOUNT_FORMAT));

    blocks.push({ address: rangeAddress(top, 0, rows.bottom, width - 1), cells: grid });
    top = rows.bottom + 3;
  });

  return {
    sheetName: PROVISION_SHEET,
    blocks,
    spills: [],
    charts: [],
    ownedRanges: blocks.map((block) => block.address),
    inputs,
  };
}
