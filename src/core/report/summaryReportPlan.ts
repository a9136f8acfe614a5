import { DEFAULT_AGING_EDGES, validateEdges } from "../aging/agingBuckets";
import { fail, isFailure, type Result } from "../failure";
import { checkDays } from "../metrics/checkDays";
import { cellAddress, rangeAddress } from "./cellAddress";
import { ledgerFormulas, type LedgerRanges, type RowGroup } from "./ledgerFormulas";
import { REPORT_LABELS } from "./reportLabels";
import type { PlanBlock, PlanCell, PlanChart, PlanSpill, ReportPlan } from "./reportTypes";
import { REPORT_MESSAGES as M } from "../messages/reportMessages";

export interface SummaryReportOptions {
  /** As-of serial written to B2; every formula reads it there, so editing B2 re-dates the report. */
  readonly asOf: number;
  /** @default 90 */
  readonly trailingDays?: number;
  /** @default 0.2 */
  readonly concentrationFlag?: number;
  /** The scan's currencies in display order (ignored without a currency column; its first names the column). */
  readonly currencies: readonly string[];
  /** Rows of the customer table (e.g. the dashboard's top overdue), each in its currency. */
  readonly customers?: readonly { readonly customer: string; readonly currency: string }[];
  /** Aging edges; default 30/60/90. */
  readonly edges?: readonly number[] | null;
  /** @default "en" */
  readonly language?: "en" | "zh";
  /** @default "AR Summary" */
  readonly sheetName?: string;
}

export const AMOUNT_FORMAT = "#,##0.00";
/** Excel's built-in short date (format 14): shown in the user's locale whatever the code says. */
export const DATE_FORMAT = "m/d/yyyy";
export const PERCENT_FORMAT = "0.0%";
export const DAYS_FORMAT = "0.0";

const text = (t: string): PlanCell => ({ kind: "text", text: t });
const formula = (f: string, format?: string): PlanCell =>
  format ? { kind: "formula", formula: f, format } : { kind: "formula", formula: f };
const EMPTY: PlanCell = { kind: "empty" };

/**
 * The AR Summary sheet as a plan the Excel adapter carries out: every figure is a live formula
 * over the ledger's ranges (SUMIFS for the sums, AR.DSO, AR.BPDSO, AR.ADD, AR.CEI, AR.CONCENTRATION,
 * an AR.AGING spill per currency), reading the as-of date in B2, the trailing days in B3 and the
 * window start in B4 (=B2-B3). With the scan's Days overdue column in `ranges.daysOverdue`, rows
 * listed in Issues at the last scan are left out (they hold "" there), so the figures equal
 * dashboardFigures'; without it (no scan) every typed row counts, issue rows included.
 *
 * Layout: parameters A1:B5; from row 7 one column per currency (label in row 7) with open,
 * overdue, overdue %, not yet due, then — with invoice dates — invoiced in window, open at window
 * start (with paid dates), DSO, BPDSO, ADD, CEI (with paid dates); then the largest customer's
 * share and its flag. Below, per currency, a title and the AR.AGING spill with a chart of its
 * Bucket and Amount columns beside it; then the customer table (customer, currency, open, overdue).
 *
 * Multi-currency: with a currency column every SUMIFS has a currency criterion and each FILTER a
 * currency test, one column and one aging per currency; blank currency cells form their own
 * group (the scan's default currency for blank cells is not reproduced). The formulas read typed
 * cells: text amounts or dates that the scan parses, names with stray spaces and due dates derived
 * from terms are counted differently than by the scan; rows edited since the last scan keep the
 * scan's verdict until the next scan (without `daysOverdue`, duplicate invoice numbers count too).
 *
 * @param ranges - the ledger's column ranges and sheet name
 * @returns the plan, or a failure for bad options
 * @example
 * summaryReportPlan(ranges, { asOf: 45838, currencies: ["USD"] }).blocks[1].cells[1][1]
 * //=> { kind: "formula", formula: "=SUMIFS('Ledger'!$E$2:$E$301,…)", format: "#,##0.00" }
 */
export function summaryReportPlan(ranges: LedgerRanges, options: SummaryReportOptions): Result<ReportPlan> {
  const days = checkDays(options.trailingDays ?? 90, "trailing days", "90");
  if (isFailure(days)) return days;
  if (!Number.isInteger(days)) return fail("outOfRange", M.trailingWhole({ value: String(days) }));
  const flag = options.concentrationFlag ?? 0.2;
  if (!(flag >= 0 && flag <= 1)) return fail("outOfRange", M.flagShare({ value: String(flag) }));
  const edges = options.edges === undefined || options.edges === null ? null : validateEdges(options.edges);
  if (isFailure(edges)) return edges;
  const language = options.language ?? "en";
  const words = REPORT_LABELS[language];
  const f = ledgerFormulas(ranges, "$B$2", "$B$4");
  const perCurrency = ranges.currency !== undefined;
  const codes = perCurrency ? options.currencies : [options.currencies[0] ?? ""];
  if (codes.length === 0) return fail("missing", M.noCurrency());
  const groups: RowGroup[] = codes.map((code) => (perCurrency ? { currency: code } : {}));

  const blocks: PlanBlock[] = [];
  const spills: PlanSpill[] = [];
  const charts: PlanChart[] = [];
  const owned: string[] = [];
  const addBlock = (top: number, cells: PlanCell[][]): void => {
    const address = rangeAddress(top, 0, top + cells.length - 1, cells[0].length - 1);
    blocks.push({ address, cells });
    owned.push(address);
  };

  addBlock(0, [
    [text(words.title), EMPTY],
    [text(words.asOf), { kind: "number", value: Math.floor(options.asOf), format: DATE_FORMAT }],
    [text(words.trailingDays), { kind: "number", value: days, format: "0" }],
    [text(words.windowStart), formula("=$B$2-$B$3", DATE_FORMAT)],
    [text(words.concentrationFlag), { kind: "number", value: flag, format: PERCENT_FORMAT }],
  ]);

  // The figures: one row per measure; `cell(row)` is this column's cell of an earlier measure.
  const top = 6;
  const rows: { label: string; make: (group: RowGroup, cell: (key: string) => string, i: number) => PlanCell }[] = [];
  const at = new Map<string, number>();
  const measure = (key: string, label: string, make: (typeof rows)[number]["make"]): void => {
    at.set(key, top + 1 + rows.length);
    rows.push({ label, make });
  };
  measure("open", words.open, (g) => formula(f.open(g), AMOUNT_FORMAT));
  measure("overdue", words.overdue, (g) => formula(f.overdue(g), AMOUNT_FORMAT));
  measure("pct", words.overduePct, (_, c) => formula(`=IF(${c("open")}=0,0,${c("overdue")}/${c("open")})`, PERCENT_FORMAT));
  measure("current", words.current, (g) => formula(f.current(g), AMOUNT_FORMAT));
  if (f.hasInvoiceDates) {
    measure("invoiced", words.invoiced, (g) => formula(f.invoiced(g), AMOUNT_FORMAT));
    if (f.hasPaidDates) measure("start", words.openAtStart, (g) => formula(f.openAtStart(g), AMOUNT_FORMAT));
    measure("dso", words.dso, (_, c) => formula(`=AR.DSO(${c("open")},${c("invoiced")},$B$3)`, DAYS_FORMAT));
    measure("bpdso", words.bpdso, (_, c) => formula(`=AR.BPDSO(${c("current")},${c("invoiced")},$B$3)`, DAYS_FORMAT));
    measure("add", words.add, (_, c) => formula(`=AR.ADD(${c("open")},${c("current")},${c("invoiced")},$B$3)`, DAYS_FORMAT));
    if (f.hasPaidDates)
      measure("cei", words.cei, (_, c) =>
        formula(`=AR.CEI(${c("start")},${c("invoiced")},${c("open")},${c("current")})`, PERCENT_FORMAT),
      );
  }
  measure("share", words.concentration, (g) => formula(f.concentration(g.currency), PERCENT_FORMAT));
  measure("flagged", words.concentrationFlagged, (_, c) => formula(`=${c("share")}>$B$5`));
  const figures: PlanCell[][] = [[text(words.currency), ...codes.map((code) => text(code === "" ? words.noCurrency : code))]];
  for (const row of rows) {
    figures.push([text(row.label), ...groups.map((group, i) => row.make(group, (key) => cellAddress(at.get(key)!, i + 1), i))]);
  }
  addBlock(top, figures);

  // One AR.AGING spill per currency: header, buckets, Total; 4 columns.
  const bucketRows = (edges ?? DEFAULT_AGING_EDGES).length + 2;
  let row = top + figures.length + 1;
  codes.forEach((code, i) => {
    const title = `${words.aging} ${code === "" ? words.noCurrency : code}`.trim();
    addBlock(row, [[text(title)]]);
    const anchor = cellAddress(row + 1, 0);
    const area = rangeAddress(row + 1, 0, row + bucketRows + 2, 3);
    spills.push({
      anchor,
      area,
      formula: f.aging(groups[i].currency, edges, language),
      columnFormats: [null, AMOUNT_FORMAT, "0", PERCENT_FORMAT],
    });
    owned.push(area);
    charts.push({
      name: `AR Summary aging ${i + 1}`,
      title,
      type: "ColumnClustered",
      seriesBy: "Columns",
      sourceRange: rangeAddress(row + 1, 0, row + bucketRows + 1, 1),
      anchor: cellAddress(row, 5),
    });
    row += bucketRows + 4;
  });

  const customers = options.customers ?? [];
  if (customers.length > 0) {
    const table: PlanCell[][] = [[text(words.customer), text(words.currency), text(words.open), text(words.overdue)]];
    for (const c of customers) {
      const group: RowGroup = perCurrency ? { customer: c.customer, currency: c.currency } : { customer: c.customer };
      table.push([
        text(c.customer),
        text(c.currency),
        formula(f.open(group), AMOUNT_FORMAT),
        formula(f.customerOverdue(group), AMOUNT_FORMAT),
      ]);
    }
    addBlock(row, [[text(words.customers), EMPTY, EMPTY, EMPTY], ...table]);
  }

  return { sheetName: options.sheetName ?? "AR Summary", blocks, spills, charts, ownedRanges: owned };
}
