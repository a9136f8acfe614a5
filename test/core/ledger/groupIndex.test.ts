import { CustomerEntity } from "../../../src/core/ledger/customerAccumulator";
import { GroupIndex } from "../../../src/core/ledger/groupIndex";

describe("GroupIndex", () => {
  const acme = new CustomerEntity(0, "Acme", "acme", false);
  const beta = new CustomerEntity(1, "Beta", "beta", true);

  it("makes one group per customer and currency, numbered as they appear", () => {
    const codes = ["USD", "EUR"];
    const index = new GroupIndex([acme, beta], codes, 5);
    // Acme USD, Beta USD, Acme EUR, then each again in a different order.
    expect([
      index.groupOf(0, 0),
      index.groupOf(1, 0),
      index.groupOf(0, 1),
      index.groupOf(0, 0),
      index.groupOf(1, 0),
      index.groupOf(0, 1),
    ]).toEqual([0, 1, 2, 0, 1, 2]);
    expect(index.groups.map((group) => [group.entity.name, group.currency, group.index])).toEqual([
      ["Acme", "USD", 0],
      ["Beta", "USD", 1],
      ["Acme", "EUR", 2],
    ]);
  });

  it("makes each currency's portfolio totals once, in order of first use, and links each group to its currency's", () => {
    const codes = ["", "EUR", "USD"];
    const index = new GroupIndex([acme, beta], codes, 4);
    index.groupOf(1, 2);
    index.groupOf(0, 1);
    index.groupOf(0, 2);
    expect(index.currencies.map((totals) => totals.currency)).toEqual(["USD", "EUR"]);
    expect(index.currencyOfGroup.map((totals) => totals.currency)).toEqual(["USD", "EUR", "USD"]);
    expect(index.currencyOfGroup[0]).toBe(index.currencyOfGroup[2]);
    expect(index.totalsByCurrency[0]).toBeUndefined(); // no group in the default (blank) currency
    expect(index.currencies[0].bucketCents).toHaveLength(4);
  });

  it("finds a customer's earlier group after it used another currency, past 64 groups", () => {
    const entities = Array.from({ length: 100 }, (_, k) => new CustomerEntity(k, `C${k}`, `c${k}`, false));
    const index = new GroupIndex(entities, ["USD", "EUR"], 5);
    for (let k = 0; k < 100; k++) index.groupOf(k, 0);
    for (let k = 0; k < 100; k++) index.groupOf(k, 1);
    // USD groups are 0…99, EUR groups 100…199.
    expect(index.groupOf(42, 0)).toBe(42);
    expect(index.groupOf(42, 1)).toBe(142);
    expect(index.groups).toHaveLength(200);
  });
});
