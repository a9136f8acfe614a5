import fc from "fast-check";
import { isFailure } from "../../src/core/failure";
import { analyzeLedger } from "../../src/core/ledger/analyzeLedger";
import { RowState } from "../../src/core/ledger/ledgerAnalysisTypes";
import { AR, AS_OF } from "./corpus/corpusTypes";

/* Properties over random ledgers and random argument values. Expected totals are summed here in
   integer cents from the generated rows, never read back from the code. */

const NAMES = ["Acme", "acme ", "😀 Smiles", "شركة الأمل", "חברה", "北方机械", "x".repeat(500)];
const invoice = fc.record({
  customer: fc.constantFrom(...NAMES),
  cents: fc.integer({ min: -2_000_000, max: 50_000_000 }),
  due: fc.integer({ min: -400, max: 400 }), // days after as_of
  paid: fc.option(fc.integer({ min: -400, max: 0 }), { nil: null }), // days after as_of, on or before it
  currency: fc.constantFrom("USD", "EUR", "CNY"),
});
const ledger = fc.array(invoice, { minLength: 0, maxLength: 60 });
// A hostile cell: what a real sheet may hold where a value is expected.
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant("#N/A"),
  fc.constant("03/04/2025"),
  fc.constant("=1+1"),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("😀", "مرحبا", "(1,234.50)", "2025-02-29", "1900-02-29", "x".repeat(10_000)),
  fc.integer({ min: -3_000_000, max: 3_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.constantFrom(1e300, -1e300, Number.MAX_VALUE, 5e-324, 0, -0, 2958465, 2958466, 60, 61),
);

const RUNS = 200;
const SEED = 9_2025;

test("AR.AGING: the Total is the exact sum of the rows not paid by as_of, buckets add up", () => {
  fc.assert(
    fc.property(ledger, (rows) => {
      const amounts = rows.length ? rows.map((r) => [r.cents / 100]) : [[null]];
      const dues = rows.length ? rows.map((r) => [AS_OF + r.due]) : [[null]];
      const paid = rows.length ? rows.map((r) => [r.paid === null ? null : AS_OF + r.paid]) : [[null]];
      const out = AR.AGING(amounts, dues, AS_OF, null, paid, null) as unknown[][];
      const open = rows.filter((r) => r.paid === null);
      const cents = open.reduce((sum, r) => sum + r.cents, 0);
      const total = out[out.length - 1];
      expect(Math.round((total[1] as number) * 100)).toBe(cents);
      expect(total[2]).toBe(open.length);
      const bucketRows = out.slice(1, -1);
      expect(bucketRows.reduce((s, r) => s + Math.round((r[1] as number) * 100), 0)).toBe(cents);
      expect(bucketRows.reduce((s, r) => s + (r[2] as number), 0)).toBe(open.length);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test("AR.CASHFORECAST: periods + Later + At risk + Disputed = Total open = the open invoices", () => {
  fc.assert(
    fc.property(
      ledger,
      fc.array(fc.constantFrom(null, "disputed", "争议", ""), { minLength: 60, maxLength: 60 }),
      (rows, statuses) => {
        if (rows.length === 0) return;
        const out = AR.CASHFORECAST(
          rows.map((r) => [r.customer]),
          rows.map((r) => [r.cents / 100]),
          rows.map((r) => [AS_OF + r.due]),
          rows.map((r) => [r.paid === null ? null : AS_OF + r.paid]),
          AS_OF,
          null,
          null,
          null,
          rows.map((_, i) => [statuses[i]]),
        ) as unknown[][];
        const openCents = rows.filter((r) => r.paid === null).reduce((s, r) => s + r.cents, 0);
        const totalRow = out[out.length - 1];
        expect(Math.round((totalRow[2] as number) * 100)).toBe(openCents);
        const parts = out.slice(1, -1).reduce((s, r) => s + Math.round((r[2] as number) * 100), 0);
        expect(parts).toBe(openCents);
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
});

test("analyzeLedger on junk-laced ledgers: never throws, each row accepted, issue or blank, totals per currency exact", () => {
  const dirtyRow = fc.tuple(invoice, fc.integer({ min: 0, max: 9 }), junk);
  fc.assert(
    fc.property(fc.array(dirtyRow, { maxLength: 80 }), (drafts) => {
      // Columns: customer, invoice, amount, due, currency, paid. One cell in four rows is junk.
      const rows = drafts.map(([r, spoil, bad], i) => {
        const cells: unknown[] = [
          r.customer,
          `INV-${i}`,
          r.cents / 100,
          AS_OF + r.due,
          r.currency,
          r.paid === null ? null : AS_OF + r.paid,
        ];
        if (spoil < 6) cells[spoil] = bad;
        return cells;
      });
      const mapping = { customer: 0, invoiceNo: 1, amount: 2, dueDate: 3, currency: 4, paidDate: 5 };
      const result = analyzeLedger(rows, { mapping, asOf: AS_OF });
      if (isFailure(result)) throw new Error(result.message);
      const issueRows = result.issues.map((issue) => issue.rowIndex);
      expect(new Set(issueRows).size).toBe(issueRows.length);
      for (let i = 0; i < rows.length; i++) {
        const state = result.rows.state[i];
        expect([RowState.accepted, RowState.issue, RowState.blank]).toContain(state);
        expect(issueRows.includes(i)).toBe(state === RowState.issue);
      }
      // Per currency, open = Σ openCents of accepted rows as the row results say, and those are
      // amount when unpaid, 0 when paid (for rows we left clean).
      drafts.forEach(([r, spoil], i) => {
        if (spoil >= 6 && result.rows.state[i] === RowState.accepted)
          expect(result.rows.openCents[i]).toBe(r.paid === null ? r.cents : 0);
      });
      for (const p of result.portfolio) {
        let cents = 0;
        for (let i = 0; i < rows.length; i++) {
          if (result.rows.state[i] !== RowState.accepted) continue;
          const currency = String(rows[i][4] ?? "")
            .trim()
            .toUpperCase();
          if (currency === p.currency) cents += result.rows.openCents[i];
        }
        expect(p.openCents).toBe(cents);
      }
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

// Arguments as Excel could hand them: a cell, or a range of hostile cells (shapes that fit or not).
const range = fc.array(fc.array(junk, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
const argument = fc.oneof(junk, range);

function bad(value: unknown): string | undefined {
  if (value instanceof CustomFunctions.Error) {
    return (value.message ?? "").startsWith("unexpected error") ? `internal: ${value.message}` : undefined;
  }
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `non-finite ${value}`;
  if (typeof value === "string")
    return /^#(VALUE!|N\/A|DIV\/0!|NUM!|REF!|NAME\?|NULL!)$/.test(value) ? `error as text ${value}` : undefined;
  if (typeof value === "boolean") return undefined;
  return `not a cell value: ${String(value)}`;
}

test.each(Object.keys(AR))(
  "AR.%s on random hostile arguments: never throws; every cell a number, text, boolean or Excel error",
  (name) => {
    const fn = AR[name];
    fc.assert(
      fc.property(fc.array(argument, { minLength: fn.length, maxLength: fn.length }), (args) => {
        let result: unknown;
        expect(() => (result = fn(...args))).not.toThrow();
        const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
        expect(cells.length).toBeGreaterThan(0);
        expect(cells.map(bad).filter(Boolean)).toEqual([]);
      }),
      { numRuns: 120, seed: SEED },
    );
  },
);
