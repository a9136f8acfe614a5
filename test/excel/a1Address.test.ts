import { blockAddress, cellAddress, columnIndexOf, columnLetters, parseBlockAddress } from "../../src/excel/a1Address";

describe("A1 addresses", () => {
  test("column letters: ZZ = 26·26 + 26 = 702nd column (index 701), XFD = 24·676 + 6·26 + 4 = 16,384th (index 16,383)", () => {
    expect([0, 25, 26, 27, 701, 702, 16_383].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
    expect(["a", "n", "AB", "XFD"].map(columnIndexOf)).toEqual([0, 13, 27, 16_383]);
    expect(["", "1", "XFE", "ABCD"].map(columnIndexOf)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test("addresses quote sheet names Excel quotes, not Chinese ones", () => {
    expect(blockAddress({ sheet: "Sheet1", r0: 0, c0: 0, r1: 2300, c1: 7 })).toBe("Sheet1!A1:H2301");
    expect(cellAddress("AR 2025", 4, 8)).toBe("'AR 2025'!I5");
    expect(cellAddress("应收账款", 0, 0)).toBe("应收账款!A1");
    expect(cellAddress("O'Hara", 0, 0)).toBe("'O''Hara'!A1");
  });

  test("parses what it writes, and refuses what is not an address", () => {
    expect(parseBlockAddress("'AR 2025'!B2:D4")).toEqual({ sheet: "AR 2025", r0: 1, c0: 1, r1: 3, c1: 3 });
    expect(parseBlockAddress("$C$9:A1", "Sheet1")).toEqual({ sheet: "Sheet1", r0: 0, c0: 0, r1: 8, c1: 2 });
    expect(parseBlockAddress("'O''Hara'!A1")).toEqual({ sheet: "O'Hara", r0: 0, c0: 0, r1: 0, c1: 0 });
    expect(parseBlockAddress("A1")).toBeUndefined(); // no sheet given, none by default
    expect(parseBlockAddress("Sheet1!A0")).toBeUndefined();
    expect(parseBlockAddress("Sheet1!hello")).toBeUndefined();
  });
});
