import { packLedgerRows } from "../../../src/core/ledger/packedLedgerRows";

// Cells as Range.values gives them, plus what the scan's settling may leave (null, a flag column).
const ROWS: unknown[][] = [
  ["Acme", "INV-1", 45800, 1000, "USD", "", true],
  ["Acme", "INV-2", 45850, 250.5, "USD", 45870, false],
  ["Beta", "INV-3", "next Tuesday", -0, "EUR", null],
  ["Acme", "INV-4", 45860, 12345678901.25, "USD", "", { flag: "x" }],
  ["Cora"], // a short row: its missing cells are absent, not ""
];

describe("packLedgerRows", () => {
  test("reads back every cell exactly, rows as long as they were", () => {
    const packed = packLedgerRows(ROWS);
    expect(packed.length).toBe(5);
    expect(packed[0]).toEqual(["Acme", "INV-1", 45800, 1000, "USD", "", true]);
    expect(packed[1]).toEqual(["Acme", "INV-2", 45850, 250.5, "USD", 45870, false]);
    expect(packed[2][2]).toBe("next Tuesday"); // a text among a column of dates
    expect(Object.is(packed[2][3], -0)).toBe(true); // −0 is kept (not narrowed to an int)
    expect(packed[2][5]).toBeNull();
    expect(packed[2].length).toBe(6);
    expect(packed[3][3]).toBe(12345678901.25);
    expect(packed[3][6]).toEqual({ flag: "x" });
    expect(packed[4]).toEqual(["Cora"]);
    expect(packed[4][3]).toBeUndefined();
    expect(packed[5]).toBeUndefined();
    expect(packed).toEqual(ROWS);
  });

  test("behaves as a read-only array", () => {
    const packed = packLedgerRows(ROWS);
    expect(Array.isArray(packed)).toBe(true);
    expect(packed.map((row) => row[0])).toEqual(["Acme", "Acme", "Beta", "Acme", "Cora"]);
    expect([...packed].length).toBe(5);
    expect(1 in packed).toBe(true);
    expect(5 in packed).toBe(false);
    expect(JSON.stringify(packed[1])).toBe('["Acme","INV-2",45850,250.5,"USD",45870,false]');
    expect(() => {
      (packed as unknown[][])[0] = [];
    }).toThrow(TypeError);
    // Each read rebuilds its row from the columns: a row changed by a caller changes nothing packed.
    const copy = packed[2] as unknown[];
    copy[0] = "Zed";
    expect(packed[3][0]).toBe("Acme");
    expect(packed[2][0]).toBe("Beta");
  });

  test("a column of unique texts past the repeat limit still reads back", () => {
    // 70,000 distinct invoice numbers: past the 65,536 the column looks for repeats among.
    const rows = Array.from({ length: 70_000 }, (_, i) => [`INV-${i}`, i % 3 === 0 ? "USD" : "EUR"]);
    const packed = packLedgerRows(rows);
    expect(packed[0]).toEqual(["INV-0", "USD"]);
    expect(packed[65_536]).toEqual(["INV-65536", "EUR"]); // 65536 = 3 × 21845 + 1
    expect(packed[69_999]).toEqual(["INV-69999", "USD"]); // 69999 = 3 × 23333
  });

  test("no rows", () => {
    expect(packLedgerRows([]).length).toBe(0);
  });
});
