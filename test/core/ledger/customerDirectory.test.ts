import { CustomerDirectory } from "../../../src/core/ledger/customerDirectory";

describe("CustomerDirectory", () => {
  it("makes one customer of a name whatever its case and surrounding spaces", () => {
    const directory = new CustomerDirectory(new Set(["acme"]));
    const acme = directory.entityOf(" Acme ");
    expect(directory.entityOf("ACME")).toBe(acme);
    expect(acme).toMatchObject({ id: 0, name: "Acme", key: "acme", keyAccount: true });
    expect(directory.entityOf("Beta")).toMatchObject({ id: 1, name: "Beta", keyAccount: false });
  });

  it("gives null for blank cells", () => {
    const directory = new CustomerDirectory(new Set());
    expect([directory.entityOf(""), directory.entityOf("   "), directory.entityOf(null), directory.entityOf(undefined)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(directory.entities.size).toBe(0);
  });

  it("stays right through runs, alternation and blanks between repeats", () => {
    const directory = new CustomerDirectory(new Set());
    // Fresh strings each time, as Office.js gives them.
    const cells = ["A", "A", "A", "B", "A", "B", "B", "", "B", "A", 42, "42"].map((c) =>
      typeof c === "string" ? `${c}`.slice(0) : c,
    );
    const ids = cells.map((cell) => directory.entityOf(cell)?.id ?? null);
    expect(ids).toEqual([0, 0, 0, 1, 0, 1, 1, null, 1, 0, 2, 2]);
  });
});
