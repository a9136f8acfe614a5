import { knownRowsAt, orderByKnown } from "../../../../src/core/forecast/distribution/knownOrder";
import { prepareLedger } from "../../../../src/core/forecast/distribution/preparedLedger";

describe("orderByKnown", () => {
  const ledger = prepareLedger({
    customers: ["A", "B", "C", "D", "E"],
    amountsCents: [100, 200, 300, 400, 500],
    dueSerials: [45840, 45730, 45820, 45730, 45900],
    paidSerials: [null, 45740, null, 45745, null],
    statuses: [null, null, "Disputed", null, null],
  });
  // Known from: A 45810, B 45700, C 45790.5 (a time of day: day 45790), D 45700 (tie with B: B first), E never.
  const order = orderByKnown(ledger, Float64Array.from([45810, 45700, 45790.5, 45700, Number.NaN]));

  it("orders the rows by the day they become known, ties in their order, never-known last", () => {
    expect(Array.from(order.knownFrom)).toEqual([45700, 45700, 45790, 45810, Number.NaN]);
    expect(Array.from(order.ledger.amountsCents)).toEqual([200, 400, 300, 100, 500]);
    expect(Array.from(order.ledger.customerIds)).toEqual([1, 3, 2, 0, 4]);
    expect(Array.from(order.ledger.paidSerials)).toEqual([45740, 45745, Number.NaN, Number.NaN, Number.NaN]);
    expect(Array.from(order.ledger.disputed)).toEqual([0, 0, 1, 0, 0]);
    expect(order.ledger.customerKeys).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("counts the rows known at a date as a prefix", () => {
    expect([45699, 45700, 45789, 45790, 45810, 99999].map((d) => knownRowsAt(order, d))).toEqual([0, 2, 2, 3, 4, 4]);
  });

  it("sorts by comparison when the days span more than a counting sort's table", () => {
    const wide = orderByKnown(ledger, Float64Array.from([5_000_000, 1, 3, 2, Number.NaN]));
    expect(Array.from(wide.knownFrom)).toEqual([1, 2, 3, 5_000_000, Number.NaN]);
    expect(Array.from(wide.ledger.amountsCents)).toEqual([200, 400, 300, 100, 500]);
  });
});
