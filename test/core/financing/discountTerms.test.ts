import { failureText, isFailure } from "../../../src/core/failure";
import { discountTerms } from "../../../src/core/financing/discountTerms";

describe("discountTerms", () => {
  test("a fraction takes the day counts given", () => {
    expect(discountTerms(0.02, 10, 30)).toEqual({ discount: 0.02, discountDays: 10, netDays: 30 });
  });

  test("terms text gives all three, whatever day counts were given", () => {
    const terms = discountTerms("2/10 net 30", 5, 60);
    expect(isFailure(terms)).toBe(false);
    if (isFailure(terms)) return;
    expect([terms.discount.toString(), terms.discountDays, terms.netDays]).toEqual(["0.02", 10, 30]);
  });

  test("a fraction without its days is #N/A naming the one missing, in both languages", () => {
    const noDiscountDays = discountTerms(0.02, null, 30);
    expect(noDiscountDays).toMatchObject({
      code: "missing",
      message: "discount_days is blank; give it, or terms text such as 2/10 net 30",
    });
    expect(discountTerms(0.02, 10, null)).toMatchObject({
      code: "missing",
      message: expect.stringMatching(/^net_days is blank/),
    });
    if (isFailure(noDiscountDays))
      expect(failureText(noDiscountDays, "zh")).toBe("discount_days为空，请填写，或改用付款条件文本（如2/10 net 30）");
  });

  test("terms without a discount, or unreadable terms, say so", () => {
    const net = discountTerms("Net 30", null, null);
    expect(net).toMatchObject({
      code: "unreadable",
      message: "the terms 'Net 30' have no early-payment discount (e.g. 2/10 net 30)",
    });
    if (isFailure(net)) expect(failureText(net, "zh")).toBe("付款条件“Net 30”没有提前付款折扣（如2/10 net 30）");
    expect(discountTerms("banana", null, null)).toMatchObject({
      excelError: "#VALUE!",
      message: expect.stringContaining("banana"),
    });
  });
});
