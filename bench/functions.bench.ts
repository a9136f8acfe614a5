import { HyperFormula, type RawCellContent } from "hyperformula";
import { ageBucket, aging } from "../src/functions/aging";
import { registerArFunctions } from "../test/support/hyperformulaAr";
import { loadArFunctions } from "../test/support/loadArFunctions";
import { seededRandom } from "../test/support/seededRandom";

/**
 * Benchmark of the AR custom functions on sheet-sized inputs, beside the same answer computed by a
 * spreadsheet engine's native formulas (HyperFormula: nested IFs per row for the buckets,
 * SUMIFS/COUNTIFS for the aging table) on the same data:
 *   1. AR.AGEBUCKET, one element-wise call over 100,000 due dates;
 *   2. AR.AGING over 1,048,576 rows (a full Excel column).
 * Each is timed as a direct call (what Excel's runtime does: matrices in, matrix out) and as a
 * formula evaluated by HyperFormula through the test bridge. Target: ours at least as fast as the
 * native-formula route. The lead's runner calls `run()`; nothing runs on import.
 */

export interface FunctionsBenchOptions {
  /** Due dates for AR.AGEBUCKET. @default 100_000 */
  readonly bucketRows?: number;
  /** Ledger rows for AR.AGING. @default 1_048_576 */
  readonly agingRows?: number;
  /** Timed runs of the direct calls (best kept). @default 3 */
  readonly runs?: number;
  /** Print a table. @default true */
  readonly print?: boolean;
}

const AS_OF = 45838; // 2025-06-30
const EDGES = [30, 60, 90];
const LABELS = ["Current", "1-30", "31-60", "61-90", "91+"];
// HyperFormula limits sheets to 40,000 rows unless told otherwise (Excel's limit is 1,048,576) and
// shows 10 significant digits (a 5-billion total would lose its cents); Excel shows 15.
const ENGINE_CONFIG = { licenseKey: "gpl-v3", maxRows: 1_048_576, precisionRounding: 15 };

/** Due dates 0–200 days either side of as-of; amounts in cents-exact currency, 3% credit notes. */
function ledger(rows: number): { amounts: number[][]; dues: number[][] } {
  const random = seededRandom(rows);
  const amounts: number[][] = new Array(rows);
  const dues: number[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const cents = Math.floor(random() * 5_000_000) + 100;
    amounts[i] = [(random() < 0.03 ? -cents : cents) / 100];
    dues[i] = [AS_OF - 200 + Math.floor(random() * 260)];
  }
  return { amounts, dues };
}

function best(runs: number, task: () => unknown): { ms: number; result: unknown } {
  let ms = Infinity;
  let result: unknown;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    result = task();
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, result };
}

function timed(task: () => unknown): { ms: number; result: unknown } {
  return best(1, task);
}

type Row = Record<string, number | string>;

function row(benchCase: string, route: string, rows: number, ms: number, matches: boolean | string): Row {
  return {
    case: benchCase,
    route,
    rows,
    ms: Math.round(ms * 10) / 10,
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    sameResult: String(matches),
  };
}

/** Nested IFs on as_of − due, the usual native way to label a bucket in a cell. */
function nativeBucketFormula(r: number): string {
  const d = `(${AS_OF}-A${r})`;
  return `=IF(${d}<=0,"Current",IF(${d}<=30,"1-30",IF(${d}<=60,"31-60",IF(${d}<=90,"61-90","91+"))))`;
}

function benchAgeBucket(rows: number, runs: number): Row[] {
  const { dues } = ledger(rows);
  const caseName = `AR.AGEBUCKET, ${rows.toLocaleString("en")} due dates`;
  const direct = best(runs, () => ageBucket(dues, [[AS_OF]]));
  const ours = (direct.result as string[][]).map((r) => r[0]);

  const sheet: RawCellContent[][] = dues.map(([due]) => [due]);
  const hf = HyperFormula.buildFromArray(sheet, ENGINE_CONFIG);
  const viaEngine = timed(() => hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[`=AR.AGEBUCKET(A1:A${rows},${AS_OF})`]]));
  const engineOurs = hf
    .getRangeValues({ start: { sheet: 0, row: 0, col: 1 }, end: { sheet: 0, row: rows - 1, col: 1 } })
    .map((r) => r[0]);
  hf.setCellContents({ sheet: 0, row: 0, col: 1 }, [[null]]);
  const formulas = dues.map((_, i) => [nativeBucketFormula(i + 1)]);
  const native = timed(() => hf.setCellContents({ sheet: 0, row: 0, col: 2 }, formulas));
  const nativeLabels = hf
    .getRangeValues({ start: { sheet: 0, row: 0, col: 2 }, end: { sheet: 0, row: rows - 1, col: 2 } })
    .map((r) => r[0]);
  hf.destroy();

  const same = (labels: unknown[]) => labels.length === ours.length && labels.every((label, i) => label === ours[i]);
  return [
    row(caseName, "ours: direct call (as Excel's runtime calls it)", rows, direct.ms, same(nativeLabels)),
    row(caseName, "ours: =AR.AGEBUCKET(range) in HyperFormula", rows, viaEngine.ms, same(engineOurs)),
    row(caseName, "native: one nested-IF formula per row in HyperFormula", rows, native.ms, same(nativeLabels)),
  ];
}

/** SUMIFS/COUNTIFS per bucket: Current due ≥ as_of; 1-30 due in [as_of−30, as_of−1]; …; 91+ due < as_of − 90. */
function nativeAgingFormulas(rows: number): string[][] {
  const amount = `A1:A${rows}`;
  const due = `B1:B${rows}`;
  const bounds: [string, string][] = [
    [`">=${AS_OF}"`, ""],
    [`"<${AS_OF}"`, `">=${AS_OF - EDGES[0]}"`],
    [`"<${AS_OF - EDGES[0]}"`, `">=${AS_OF - EDGES[1]}"`],
    [`"<${AS_OF - EDGES[1]}"`, `">=${AS_OF - EDGES[2]}"`],
    [`"<${AS_OF - EDGES[2]}"`, ""],
  ];
  return bounds.map(([first, second]) => {
    const criteria = second ? `${due},${first},${due},${second}` : `${due},${first}`;
    return [`=SUMIFS(${amount},${criteria})`, `=COUNTIFS(${criteria})`];
  });
}

function benchAging(rows: number, runs: number): Row[] {
  const { amounts, dues } = ledger(rows);
  const caseName = `AR.AGING, ${rows.toLocaleString("en")} rows`;
  const direct = best(Math.min(runs, 3), () => aging(amounts, dues, AS_OF));
  const table = direct.result as (string | number)[][];
  const ours = table.slice(1, 1 + LABELS.length).map((r) => [r[1], r[2]]);

  const sheet: RawCellContent[][] = amounts.map((a, i) => [a[0], dues[i][0]]);
  const hf = HyperFormula.buildFromArray(sheet, ENGINE_CONFIG);
  const viaEngine = timed(() =>
    hf.setCellContents({ sheet: 0, row: 0, col: 3 }, [[`=AR.AGING(A1:A${rows},B1:B${rows},${AS_OF})`]]),
  );
  const engineTable = hf.getRangeValues({ start: { sheet: 0, row: 1, col: 3 }, end: { sheet: 0, row: LABELS.length, col: 5 } });
  const native = timed(() => hf.setCellContents({ sheet: 0, row: 0, col: 8 }, nativeAgingFormulas(rows)));
  const nativeTable = hf.getRangeValues({
    start: { sheet: 0, row: 0, col: 8 },
    end: { sheet: 0, row: LABELS.length - 1, col: 9 },
  });
  hf.destroy();

  // The engine adds floats, ours adds integer cents: compare to the cent.
  const cents = (v: unknown) => Math.round(Number(v) * 100);
  const same = (pairs: unknown[][]) => pairs.every((p, i) => cents(p[0]) === cents(ours[i][0]) && p[1] === ours[i][1]);
  return [
    row(caseName, "ours: direct call (as Excel's runtime calls it)", rows, direct.ms, same(nativeTable)),
    row(caseName, "ours: =AR.AGING(ranges) in HyperFormula", rows, viaEngine.ms, same(engineTable.map((r) => [r[1], r[2]]))),
    row(caseName, "native: 5 SUMIFS + 5 COUNTIFS in HyperFormula", rows, native.ms, same(nativeTable)),
  ];
}

/**
 * Runs both cases and returns one row per route: rows, ms (best of `runs` for direct calls, one
 * evaluation for the engine routes), rows per second, and whether the route's answer equals the
 * native formulas' (to the cent for amounts).
 */
export async function run(options: FunctionsBenchOptions = {}): Promise<Array<Record<string, number | string>>> {
  const runs = options.runs ?? 3;
  registerArFunctions(await loadArFunctions());
  const results = [...benchAgeBucket(options.bucketRows ?? 100_000, runs), ...benchAging(options.agingRows ?? 1_048_576, runs)];
  if (options.print ?? true) {
    console.table(results);
    for (const r of results) console.log(JSON.stringify(r));
  }
  return results;
}
