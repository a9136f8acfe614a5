import { CellStatus, LedgerCellReader } from "../../../src/core/ledger/ledgerCellReader";

describe("LedgerCellReader", () => {
  it("reads serials: numbers (time dropped), text, blanks, and refuses the rest", () => {
    const reader = new LedgerCellReader(1900);
    expect(reader.serial(45838.75)).toBe(45838);
    expect(reader.serial("2025-06-30")).toBe(45838);
    expect(reader.serial("2025-06-30")).toBe(45838); // second read from the cache
    expect(reader.serial(60)).toBe(60); // the phantom 1900-02-29 is a serial Excel accepts
    reader.serial("   ");
    expect(reader.status).toBe(CellStatus.blank);
    reader.serial(0); // 1900-01-00 is no date in the 1900 system
    expect(reader.status).toBe(CellStatus.bad);
    reader.serial(true);
    expect([reader.status, reader.error]).toEqual([CellStatus.bad, "date must be a date, not TRUE"]);
    expect(new LedgerCellReader(1904).serial(0)).toBe(0); // 1904-01-01
  });

  it("reads cents exactly from numbers and text", () => {
    const reader = new LedgerCellReader(1900);
    expect(reader.cents(1234.56)).toBe(123456);
    expect(reader.cents(0.1 + 0.2)).toBe(30);
    expect(reader.cents(2.675)).toBe(268); // 2.675 is 2.67499999… as a float; its decimal form rounds half up
    expect(reader.cents("(1,234.50)")).toBe(-123450);
    expect(reader.cents("USD 10")).toBe(1000);
    reader.cents("");
    expect(reader.status).toBe(CellStatus.blank);
    reader.cents("ten");
    expect([reader.status, reader.error]).toEqual([CellStatus.bad, "cannot read 'ten' as an amount"]);
    reader.cents(1e14);
    expect(reader.status).toBe(CellStatus.bad);
    reader.cents(Number.NaN);
    expect(reader.status).toBe(CellStatus.bad);
  });

  it("reads terms once per distinct cell", () => {
    const reader = new LedgerCellReader(1900);
    expect(reader.terms("Net 30")).toEqual({ kind: "net", netDays: 30 });
    expect(reader.terms("月结30天")).toEqual({ kind: "eom", netDays: 30 });
    expect(reader.terms("soon")).toBeUndefined();
    expect(reader.status).toBe(CellStatus.bad);
    expect(reader.terms("")).toBeUndefined();
    expect(reader.status).toBe(CellStatus.blank);
  });
});
