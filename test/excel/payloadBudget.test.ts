import { isPayloadTooLarge, rowBytes, rowsPerBlock, utf8Length } from "../../src/excel/payloadBudget";

describe("payload budget", () => {
  test("UTF-8 lengths: ASCII 1 byte, é 2, 到 3, an emoji (surrogate pair) 4", () => {
    expect([utf8Length("abc"), utf8Length("é"), utf8Length("到期"), utf8Length("😀")]).toEqual([3, 2, 6, 4]);
    // Same as the platform's encoder.
    const sample = "Acme · 逾期47天 · é😀";
    expect(utf8Length(sample)).toBe(new TextEncoder().encode(sample).length);
  });

  test("row bytes: 2 for brackets, 21 a number, text + 3 (quotes and comma)", () => {
    // 2 + 21 + (5 + 3) = 31
    expect(rowBytes([12, "31-60"])).toBe(31);
  });

  test("rows per block: 2 MiB / bytes per row, at most 500,000 cells", () => {
    // 2,097,152 / 200 = 10,485.76 → 10,485
    expect(rowsPerBlock(200, 10)).toBe(10_485);
    // 500,000 cells / 100 columns = 5,000 rows, fewer than 2 MiB / 10 bytes
    expect(rowsPerBlock(10, 100)).toBe(5_000);
    expect(rowsPerBlock(10_000_000, 4)).toBe(1);
  });

  test("knows Excel's size refusals by code", () => {
    expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "ItemNotFound" })).toBe(false);
    expect(isPayloadTooLarge(null)).toBe(false);
  });
});
