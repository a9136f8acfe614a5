import { prepareLedger } from "../../../../src/core/forecast/distribution/preparedLedger";

describe("prepareLedger", () => {
  it("reads customers by key, blank paid dates as NaN and disputed statuses as flags", () => {
    const p = prepareLedger({
      customers: ["Acme", " ACME ", "Beta", "Acme"],
      amountsCents: [100, -50, 300, 400],
      dueSerials: [45800, 45810, 45820, 45830],
      paidSerials: [null, 45815, null, null],
      statuses: [" dispute ", null, "Paid", "争议"],
    });
    expect(p.length).toBe(4);
    expect(p.customerCount).toBe(2);
    expect(p.customerKeys).toEqual(["acme", "beta"]);
    expect(Array.from(p.customerIds)).toEqual([0, 0, 1, 0]);
    expect(Array.from(p.amountsCents)).toEqual([100, -50, 300, 400]);
    expect(Array.from(p.paidSerials)).toEqual([Number.NaN, 45815, Number.NaN, Number.NaN]);
    expect(Array.from(p.disputed)).toEqual([1, 0, 0, 1]);
  });
});
