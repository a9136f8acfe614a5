import { customerCreditLimits } from "../src/core/credit/customerCreditLimits";
import { isFailure } from "../src/core/failure";
import { historyLedgersFromScan } from "../src/core/history/historyLedgerFromScan";
import { provisionMatrix } from "../src/core/history/provisionMatrix";
import { analyzeLedger } from "../src/core/ledger/analyzeLedger";
import { generateLedger, MAPPING } from "./analyzeLedger.bench";

/**
 * What the pane computes from a full-sheet scan for issue #19, once per scan (not per render): the
 * history ledgers per currency (Provision view), the provision matrix of each currency over 12
 * month-ends, and every customer's recommended credit limit (customer list). Timed best of 3 over
 * the scan bench's generated 1,048,576-row ledger (~2,000 customers, two currencies), beside the
 * scan itself for scale. The lead's runner calls `run()`; nothing runs on import.
 */

const AS_OF = 45838; // 2025-06-30

function best<T>(runs: number, work: () => T): { ms: number; result: T } {
  let ms = Number.POSITIVE_INFINITY;
  let result!: T;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    result = work();
    ms = Math.min(ms, performance.now() - started);
  }
  return { ms, result };
}

export async function run(options: { rows?: number; runs?: number; print?: boolean } = {}) {
  const rows = options.rows ?? 1_048_576;
  const runs = options.runs ?? 3;
  const data = generateLedger(rows).slice(1);
  const scanStarted = performance.now();
  const analysis = analyzeLedger(data, { mapping: MAPPING, asOf: AS_OF });
  const scanMs = performance.now() - scanStarted;
  if (isFailure(analysis)) throw new Error(analysis.message);
  const scan = { rows: data, mapping: MAPPING, analysis, asOf: AS_OF, dateSystem: 1900 as const };

  const histories = best(runs, () => historyLedgersFromScan(scan));
  const matrices = best(runs, () =>
    histories.result.map((h) => provisionMatrix(h.ledger, { edges: [30, 60, 90], asOf: AS_OF, months: 12 })),
  );
  const limits = best(runs, () => customerCreditLimits(scan));
  const round = (ms: number) => Math.round(ms);
  const results = [
    { case: "scan (analyzeLedger), once, for scale", rows, ms: round(scanMs), items: analysis.customers.length },
    { case: "history ledgers per currency", rows, ms: round(histories.ms), items: histories.result.length },
    { case: "provision matrix per currency, 12 month-ends", rows, ms: round(matrices.ms), items: matrices.result.length },
    { case: "recommended credit limits, every customer", rows, ms: round(limits.ms), items: limits.result.size },
  ];
  if (options.print ?? true) console.table(results);
  return results;
}
