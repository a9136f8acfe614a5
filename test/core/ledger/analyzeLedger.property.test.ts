import fc from "fast-check";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { RowState } from "../../../src/core/ledger/ledgerAnalysisTypes";

const AS_OF = 45838;
const MAPPING = {
  customer: 0,
  amount: 1,
  dueDate: 2,
  invoiceDate: 3,
  terms: 4,
  paidDate: 5,
  status: 6,
  currency: 7,
  invoiceNo: 8,
  openAmount: 9,
  lastReminded: 10,
};

// Cells as Office.js gives them, plus the awkward ones: blanks, junk text, booleans, huge numbers.
const anyCell = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.double({ noNaN: false }),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.constantFrom(
    "2025-05-14",
    "2025年5月14日",
    "03/04/2025",
    "Net 30",
    "月结30天",
    "$1,234.50",
    "(12.00)",
    "disputed",
    "USD",
    "eur",
    null,
  ),
);
const plausibleRow = fc.tuple(
  fc.constantFrom("Acme", "acme ", "Bolt", "华东", "", " "),
  fc.oneof(
    fc.integer({ min: -100_000, max: 100_000 }).map((c) => c / 100),
    fc.constant(""),
    fc.constant("1,000.10"),
  ),
  fc.oneof(fc.integer({ min: 45000, max: 46000 }), fc.constant(""), fc.constant("2025-06-01")),
  fc.oneof(fc.integer({ min: 45000, max: 46000 }), fc.constant("")),
  fc.constantFrom("", "Net 30", 45, "EOM 30", "junk"),
  fc.oneof(fc.integer({ min: 45000, max: 46000 }), fc.constant("")),
  fc.constantFrom("", "Disputed", "paid", "承诺付款", "other"),
  fc.constantFrom("", "USD", "usd ", "EUR", "CNY"),
  fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constantFrom("", "INV-1", "INV-2")),
  fc.oneof(
    fc.constant(""),
    fc.integer({ min: -5000, max: 5000 }).map((c) => c / 100),
  ),
  fc.oneof(fc.constant(""), fc.integer({ min: 45800, max: 45840 })),
);
const rowsArb = fc.array(
  fc.oneof(
    plausibleRow.map((r) => r as unknown[]),
    fc.array(anyCell, { maxLength: 12 }),
  ),
  { maxLength: 60 },
);

describe("analyzeLedger properties", () => {
  it("never throws, and puts every row in exactly one of results, issues or blanks", () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom(1900, 1904) as fc.Arbitrary<1900 | 1904>, (rows, dateSystem) => {
        const result = analyzeLedger(rows, {
          mapping: MAPPING,
          asOf: AS_OF - (dateSystem === 1904 ? 1462 : 0),
          dateSystem,
          minAmount: 5,
        });
        if (isFailure(result)) return false;
        const issueRows = new Set(result.issues.map((i) => i.rowIndex));
        expect(issueRows.size).toBe(result.issues.length); // one issue per rejected row
        for (let i = 0; i < rows.length; i++) {
          const state = result.rows.state[i];
          expect(state === RowState.issue).toBe(issueRows.has(i));
          expect(state === RowState.accepted).toBe(result.rows.customer[i] >= 0);
          if (state === RowState.blank) {
            expect(
              (rows[i] ?? []).every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === "")),
            ).toBe(true);
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("totals each currency's open cents exactly as the sum of its accepted rows", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const result = analyzeLedger(rows, { mapping: MAPPING, asOf: AS_OF });
        if (isFailure(result)) return false;
        const byCurrency = new Map<string, number>();
        const byCustomer = new Map<number, number>();
        for (let i = 0; i < rows.length; i++) {
          if (result.rows.state[i] !== RowState.accepted) continue;
          const group = result.rows.customer[i];
          const currency = result.customers[group].currency;
          byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + result.rows.openCents[i]);
          byCustomer.set(group, (byCustomer.get(group) ?? 0) + result.rows.openCents[i]);
          expect(Number.isInteger(result.rows.openCents[i])).toBe(true);
        }
        for (const totals of result.portfolio) {
          expect(totals.openCents).toBe(byCurrency.get(totals.currency) ?? 0);
          // balances.ts: open = aging buckets + disputed + credits; overdue = the past-due buckets.
          const aged = totals.buckets.reduce((sum, b) => sum + b.amountCents, 0);
          expect(aged + totals.disputedCents + totals.creditsCents).toBe(totals.openCents);
          expect(totals.buckets.slice(1).reduce((sum, b) => sum + b.amountCents, 0)).toBe(totals.overdueCents);
          expect(totals.creditsCents).toBeLessThanOrEqual(0);
          expect(totals.disputedCents).toBeGreaterThanOrEqual(0);
        }
        result.customers.forEach((customer, group) => {
          expect(customer.openCents).toBe(byCustomer.get(group) ?? 0);
          // Customer totals sum to the currency's: overdue, disputed and credits are additive.
          expect(customer.overdueCents).toBeGreaterThanOrEqual(0);
        });
        for (const totals of result.portfolio) {
          const mine = result.customers.filter((c) => c.currency === totals.currency);
          expect(mine.reduce((sum, c) => sum + c.overdueCents, 0)).toBe(totals.overdueCents);
          expect(mine.reduce((sum, c) => sum + c.disputedCents, 0)).toBe(totals.disputedCents);
          expect(mine.reduce((sum, c) => sum + c.creditsCents, 0)).toBe(totals.creditsCents);
        }
        // No credit note is ever overdue: a negative open amount has 0 days overdue and no level.
        for (let i = 0; i < rows.length; i++) {
          if (result.rows.state[i] !== RowState.accepted || result.rows.openCents[i] >= 0) continue;
          expect([result.rows.daysOverdue[i], result.rows.level[i]]).toEqual([0, 0]);
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
