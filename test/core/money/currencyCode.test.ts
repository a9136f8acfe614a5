import { currencyCode } from "../../../src/core/money/currencyCode";

describe("currencyCode", () => {
  test.each([
    [" usd", "USD"],
    ["USD ", "USD"],
    ["人民币", "CNY"], // 金蝶 币别, 用友 币种
    ["美元", "USD"],
    ["欧元", "EUR"],
    ["rmb", "CNY"],
    ["ＵＳＤ", "USD"], // full-width letters
    ["", ""],
    [null, ""],
    ["xyz", "XYZ"],
  ])("%p → %p", (value, code) => {
    expect(currencyCode(value)).toBe(code);
  });
});
