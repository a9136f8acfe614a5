import fc from "fast-check";
import { agingSpill } from "../../../src/core/aging/agingSpill";
import { agingTable, type AgingRow, type AgingTable } from "../../../src/core/aging/agingTable";
import { isFailure, type Failure } from "../../../src/core/failure";

// as_of 2025-06-30 = 45838 (DATE(2025,1,1) = 45658 in the reference vectors, + 180).
const AS_OF = 45838;

// Hand-built ledger; days past due = 45838 − due.
const LEDGER: AgingRow[] = [
  { amountCents: 100000, dueSerial: 45838 }, // 1,000.00, 0 days → Current
  { amountCents: 25050, dueSerial: 45850 }, // 250.50, not yet due → Current
  { amountCents: 40000, dueSerial: 45808 }, // 400.00, 30 days → 1-30
  { amountCents: 30000, dueSerial: 45807 }, // 300.00, 31 days → 31-60
  { amountCents: -5000, dueSerial: 45800 }, // −50.00 credit note, 38 days → 31-60
  { amountCents: 70000, dueSerial: 45700 }, // 700.00, 138 days → 91+
  { amountCents: 99999, dueSerial: 45700, paidSerial: 45838 }, // paid on as_of → left out
  { amountCents: 12000, dueSerial: 45700, paidSerial: 45839 }, // paid after as_of → open, 91+
  { amountCents: 55555, dueSerial: 45000, paidSerial: 45100 }, // paid long ago → left out
];
// Buckets: Current 1,250.50 (2); 1-30 400.00 (1); 31-60 300 − 50 = 250.00 (2); 61-90 0 (0); 91+ 820.00 (2).
// Total 1,250.50 + 400 + 250 + 820 = 2,720.50 over 7 open rows.
const TOTAL = 272050;

const tableOf = (result: ReturnType<typeof agingTable>): AgingTable => {
  if (isFailure(result)) throw new Error(result.message);
  return result;
};

describe("agingTable", () => {
  it("ages the hand-built ledger", () => {
    const table = tableOf(agingTable(LEDGER, AS_OF));
    expect(table.buckets).toEqual([
      { label: "Current", amountCents: 125050, count: 2, share: 125050 / TOTAL },
      { label: "1-30", amountCents: 40000, count: 1, share: 40000 / TOTAL },
      { label: "31-60", amountCents: 25000, count: 2, share: 25000 / TOTAL },
      { label: "61-90", amountCents: 0, count: 0, share: 0 },
      { label: "91+", amountCents: 82000, count: 2, share: 82000 / TOTAL },
    ]);
    expect(table.total).toEqual({ label: "Total", amountCents: TOTAL, count: 7, share: 1 });
  });

  it("gives the same table from parallel columns (Float64Array, NaN = open)", () => {
    const columns = {
      amountCents: Float64Array.from(LEDGER.map((row) => row.amountCents)),
      dueSerial: Float64Array.from(LEDGER.map((row) => row.dueSerial)),
      paidSerial: Float64Array.from(LEDGER.map((row) => row.paidSerial ?? Number.NaN)),
    };
    expect(agingTable(columns, AS_OF)).toEqual(agingTable(LEDGER, AS_OF));
  });

  it("takes columns without paid dates: every row is open", () => {
    const table = tableOf(agingTable({ amountCents: [100, 200], dueSerial: [AS_OF, AS_OF - 95] }, AS_OF));
    expect(table.buckets.map((b) => b.amountCents)).toEqual([100, 0, 0, 0, 200]);
    expect(table.total.count).toBe(2);
  });

  it("uses the edges and language given: 30, 60, 90, 120 in zh", () => {
    const table = tableOf(agingTable(LEDGER, AS_OF, [30, 60, 90, 120], "zh"));
    expect(table.buckets.map((b) => b.label)).toEqual(["未到期", "1-30", "31-60", "61-90", "91-120", "121+"]);
    // 138 days is past 120: the 91+ amount moves to 121+.
    expect(table.buckets.map((b) => b.amountCents)).toEqual([125050, 40000, 25000, 0, 0, 82000]);
  });

  it("drops the time of day from as_of and due dates", () => {
    const table = tableOf(agingTable([{ amountCents: 100, dueSerial: AS_OF - 30 + 0.9 }], AS_OF + 0.5));
    expect(table.buckets[1].amountCents).toBe(100); // 30 days → 1-30
  });

  it("an empty ledger: zero everywhere, shares 0", () => {
    const table = tableOf(agingTable([], AS_OF));
    expect(table.buckets.every((b) => b.amountCents === 0 && b.count === 0 && b.share === 0)).toBe(true);
    expect(table.total).toEqual({ label: "Total", amountCents: 0, count: 0, share: 0 });
  });

  it("a zero total from offsetting credit notes: shares 0, counts kept", () => {
    const table = tableOf(
      agingTable(
        [
          { amountCents: 10000, dueSerial: AS_OF },
          { amountCents: -10000, dueSerial: AS_OF - 45 },
        ],
        AS_OF,
      ),
    );
    expect(table.buckets.map((b) => [b.amountCents, b.share])).toEqual([
      [10000, 0],
      [0, 0],
      [-10000, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(table.total).toEqual({ label: "Total", amountCents: 0, count: 2, share: 0 });
  });

  it("a negative total (credits only): shares are still bucket / total", () => {
    const table = tableOf(
      agingTable(
        [
          { amountCents: -3000, dueSerial: AS_OF },
          { amountCents: -1000, dueSerial: AS_OF - 10 },
        ],
        AS_OF,
      ),
    );
    expect(table.buckets[0].share).toBe(0.75); // −30 / −40
    expect(table.buckets[1].share).toBe(0.25);
    expect(table.total.amountCents).toBe(-4000);
  });

  it("refuses columns of different lengths", () => {
    const result = agingTable({ amountCents: [1, 2], dueSerial: [AS_OF] }, AS_OF) as Failure;
    expect(result.code).toBe("shapeMismatch");
    expect(result.message).toBe("amounts, due_dates and paid_dates must have the same shape");
    expect((agingTable({ amountCents: [1], dueSerial: [AS_OF], paidSerial: [] }, AS_OF) as Failure).code).toBe("shapeMismatch");
  });

  it("refuses bad edges and a non-finite as_of", () => {
    expect((agingTable(LEDGER, AS_OF, [60, 30]) as Failure).code).toBe("outOfRange");
    expect((agingTable(LEDGER, Number.NaN) as Failure).code).toBe("unreadable");
  });

  it("refuses amounts whose total cannot be held to the cent", () => {
    const huge = { amountCents: [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], dueSerial: [AS_OF, AS_OF] };
    expect((agingTable(huge, AS_OF) as Failure).code).toBe("outOfRange");
  });

  it("throws on fractional cents: a programmer mistake upstream, not bad data", () => {
    expect(() => agingTable([{ amountCents: 10.5, dueSerial: AS_OF }], AS_OF)).toThrow(RangeError);
  });

  it("property: bucket amounts and counts add up to the total, which is the sum of the open rows", () => {
    const row = fc.record({
      amountCents: fc.integer({ min: -1e9, max: 1e9 }),
      dueSerial: fc.integer({ min: AS_OF - 400, max: AS_OF + 60 }),
      paidSerial: fc.option(fc.integer({ min: AS_OF - 400, max: AS_OF + 60 })),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const table = tableOf(agingTable(rows, AS_OF));
        const open = rows.filter((r) => r.paidSerial === null || r.paidSerial > AS_OF);
        const openSum = open.reduce((sum, r) => sum + r.amountCents, 0);
        expect(table.buckets.reduce((sum, b) => sum + b.amountCents, 0)).toBe(table.total.amountCents);
        expect(table.total.amountCents).toBe(openSum);
        expect(table.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(open.length);
        expect(table.total.count).toBe(open.length);
      }),
    );
  });

  it("ages 1,048,576 rows (a full sheet) exactly", () => {
    const n = 1_048_576;
    const amountCents = new Float64Array(n).fill(100);
    const dueSerial = new Float64Array(n);
    const paidSerial = new Float64Array(n).fill(Number.NaN);
    for (let i = 0; i < n; i++) {
      dueSerial[i] = AS_OF - (i % 200) + 50; // 50 days ahead … 149 days past due
      if (i % 4 === 0) paidSerial[i] = AS_OF - 1; // a quarter are paid
    }
    // Speed is measured by `npm run bench`, never in a timed test; this checks a full sheet adds up.
    const table = tableOf(agingTable({ amountCents, dueSerial, paidSerial }, AS_OF));
    // 3/4 of 1,048,576 rows are open, 1.00 each.
    expect(table.total.count).toBe(786432);
    expect(table.total.amountCents).toBe(78643200);
  });
});

describe("agingSpill", () => {
  it("lays out the AR.AGING spill: header, buckets, Total", () => {
    const spill = agingSpill(tableOf(agingTable(LEDGER, AS_OF)));
    expect(spill).toEqual([
      ["Bucket", "Amount", "Count", "Share"],
      ["Current", 1250.5, 2, 125050 / TOTAL],
      ["1-30", 400, 1, 40000 / TOTAL],
      ["31-60", 250, 2, 25000 / TOTAL],
      ["61-90", 0, 0, 0],
      ["91+", 820, 2, 82000 / TOTAL],
      ["Total", 2720.5, 7, 1],
    ]);
  });
});
