import { DEFAULT_AGING_EDGES, validateEdges } from "../aging/agingBuckets";
import { fail, isFailure, type Result } from "../failure";
import { checkDays } from "../metrics/checkDays";
import { cellAddress, rangeAddress } from "./cellAddress";
import { formulaText } from "./formulaText";
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
  /**
   * What the as-of cell holds instead of the `asOf` serial: the user's own entry kept across a
   * refresh (a date serial, or a formula such as `=TODAY()`).
   */
  readonly asOfEntry?: number | string;
  /** The scan accepted at least one row, so its Days overdue column must hold a number. @default true */
  readonly expectResults?: boolean;
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
 * over the ledger's whole columns (ledgerFormulas: sums of the scan's open amounts by the
 * definitions of balances.ts, AR.DSO, AR.BPDSO, AR.ADD, AR.CEI, AR.CONCENTRATION, an AR.AGING
 * spill per currency), reading the as-of date in B2 (the workbook name ARCreditDesk_AsOf points
 * there; the user may type a date or =TODAY()), the trailing days in B3 and the window start in B4
 * (=B2-B3). Rows appended below the ledger after the report count as soon as they are typed.
 * With the scan's Days overdue column in `ranges.daysOverdue`, rows listed in Issues at the last
 * scan are left out, so the figures equal dashboardFigures'; B6 ("Scan results found") checks the
 * column is still there, and while it is not every figure shows a sentence saying so instead of a
 * misleading 0.00, #DIV/0! or #N/A.
 *
 * Layout: parameters A1:B6; from row 7 one column per currency (its code in row 7, which the
 * column's formulas read) with open, overdue, overdue %, not yet due (disputed and credits included),
 * disputed (with a status column), credit notes, then — with invoice dates — invoiced in window,
 * open at window start (with paid dates), DSO, BPDSO, ADD, CEI (with paid dates); then the
 * largest customer's share and its flag. Below, per currency, a title and the AR.AGING spill of its
 * current and overdue rows with a chart of its Bucket and Amount columns beside it; then the
 * customer table (customer, currency, open, overdue), whose formulas read the row's own customer
 * and currency cells. No ledger text is ever put inside a formula: a 32,767-character name makes
 * no formula longer.
 *
 * Texts compare trimmed and case-insensitively, as the scan groups them (" usd" is USD, "Paid " is
 * paid). What the formulas still read differently from the scan: text amounts or dates the scan
 * parses, currency names the scan turns into codes (人民币 → CNY), Unicode variants of a name,
 * disputes from a separate flag column, due dates derived from terms; rows edited since the last
 * scan keep the scan's verdict until the next scan, and a row added since with an invoice number
 * already used counts until a scan lists it in Issues.
 *
 * @param ranges - the ledger's column ranges and sheet name
 * @returns the plan, or a failure for bad options
 * @example
 * summaryReportPlan(ranges, { asOf: 45838, currencies: ["USD"] }).blocks[1].cells[1][1]
 * //=> { kind: "formula", formula: "=IF($B$6,IFERROR(SUM(FILTER('Ledger'!$E:$E,…)),0),…)", format: "#,##0.00" }
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
  const top = 6;
  // Each currency's formulas read its code from the column's header cell (row 7), never a copy of it.
  const groups: RowGroup[] = codes.map((code, i) =>
    perCurrency ? { currency: code === "" ? '""' : cellAddress(top, i + 1, true) } : {},
  );
  const found = f.resultsFound(options.expectResults ?? true);
  const past = f.pastRows();
  // B6: TRUE while every figure can be computed as the dashboard computes it, else the sentence
  // saying why not (the scan's results are gone; rows were typed past the rows the formulas read).
  const pastText = formulaText(words.pastRows.replace("{row}", String(ranges.pastRows?.lastRow ?? "")));
  const pastCheck = past === null ? "TRUE()" : `IF(${past},${pastText},TRUE())`;
  const status =
    found === null ? (past === null ? null : `=${pastCheck}`) : `=IF(${found},${pastCheck},${formulaText(words.noResults)})`;
  /** A figure's formula, showing B6's sentence instead while the figures cannot be computed. */
  const guard = (formula: string): string => (status === null ? formula : `=IF($B$6=TRUE(),${formula.slice(1)},$B$6)`);
  const asOfCell: PlanCell =
    typeof options.asOfEntry === "string"
      ? { kind: "formula", formula: options.asOfEntry, format: DATE_FORMAT }
      : { kind: "number", value: Math.floor(options.asOfEntry ?? options.asOf), format: DATE_FORMAT };

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
    [text(words.asOf), asOfCell],
    [text(words.trailingDays), { kind: "number", value: days, format: "0" }],
    [text(words.windowStart), formula("=$B$2-$B$3", DATE_FORMAT)],
    [text(words.concentrationFlag), { kind: "number", value: flag, format: PERCENT_FORMAT }],
    ...(status === null ? [] : [[text(words.resultsFound), formula(status)]]),
  ]);

  // The figures: one row per measure; `cell(row)` is this column's cell of an earlier measure.
  const rows: { label: string; make: (group: RowGroup, cell: (key: string) => string, i: number) => PlanCell }[] = [];
  const at = new Map<string, number>();
  const measure = (key: string, label: string, make: (typeof rows)[number]["make"]): void => {
    at.set(key, top + 1 + rows.length);
    rows.push({ label, make });
  };
  const amount =
    (make: (group: RowGroup) => string, format = AMOUNT_FORMAT) =>
    (g: RowGroup) =>
      formula(guard(make(g)), format);
  measure("open", words.open, amount(f.open));
  measure("overdue", words.overdue, amount(f.overdue));
  measure("pct", words.overduePct, (_, c) =>
    formula(guard(`=IF(${c("open")}<=0,0,${c("overdue")}/${c("open")})`), PERCENT_FORMAT),
  );
  measure("current", words.current, amount(f.current));
  if (f.hasStatus) measure("disputed", words.disputed, amount(f.disputed));
  measure("credits", words.credits, amount(f.credits));
  if (f.hasInvoiceDates) {
    measure("invoiced", words.invoiced, amount(f.invoiced));
    if (f.hasPaidDates) measure("start", words.openAtStart, amount(f.openAtStart));
    measure("dso", words.dso, (_, c) => formula(guard(`=AR.DSO(${c("open")},${c("invoiced")},$B$3)`), DAYS_FORMAT));
    measure("bpdso", words.bpdso, (_, c) => formula(guard(`=AR.BPDSO(${c("current")},${c("invoiced")},$B$3)`), DAYS_FORMAT));
    measure("add", words.add, (_, c) =>
      formula(guard(`=AR.ADD(${c("open")},${c("current")},${c("invoiced")},$B$3)`), DAYS_FORMAT),
    );
    if (f.hasPaidDates)
      measure("cei", words.cei, (_, c) =>
        formula(guard(`=AR.CEI(${c("start")},${c("invoiced")},${c("open")},${c("current")})`), PERCENT_FORMAT),
      );
  }
  measure("share", words.concentration, amount(f.concentration, PERCENT_FORMAT));
  measure("flagged", words.concentrationFlagged, (_, c) => formula(guard(`=${c("share")}>$B$5`)));
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
      formula: f.aging(groups[i], edges, language),
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
    customers.forEach((c, k) => {
      // The formulas read the customer and currency from their own row's cells (row + 2 + k, 0-based).
      const at = row + 2 + k;
      const customer = cellAddress(at, 0, true);
      const group: RowGroup = perCurrency ? { customer, currency: cellAddress(at, 1, true) } : { customer };
      table.push([
        text(c.customer),
        text(c.currency),
        formula(guard(f.open(group)), AMOUNT_FORMAT),
        formula(guard(f.overdue(group)), AMOUNT_FORMAT),
      ]);
    });
    addBlock(row, [[text(words.customers), EMPTY, EMPTY, EMPTY], ...table]);
  }

  return { sheetName: options.sheetName ?? "AR Summary", blocks, spills, charts, ownedRanges: owned };
}
