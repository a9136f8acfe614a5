import { isFailure, type Failure } from "../../../src/core/failure";
import { parsePaymentTerms, type PaymentTerms } from "../../../src/core/terms/parsePaymentTerms";

const termsOf = (value: unknown): PaymentTerms => {
  const result = parsePaymentTerms(value);
  if (isFailure(result)) throw new Error(`expected terms for ${String(value)}: ${result.message}`);
  return result;
};
/** Terms as plain data, the discount rate as a decimal string, for toEqual. */
const plain = (value: unknown) => {
  const terms = termsOf(value);
  return {
    kind: terms.kind,
    netDays: terms.netDays,
    ...(terms.discount ? { discount: { rate: terms.discount.rate.toString(), days: terms.discount.days } } : {}),
  };
};
const failure = (value: unknown): Failure => {
  const result = parsePaymentTerms(value);
  expect(isFailure(result)).toBe(true);
  return result as Failure;
};

describe("parsePaymentTerms: net days", () => {
  it.each([[30], [0], [45], [9999]])("takes the number %d as net days", (days) => {
    expect(plain(days)).toEqual({ kind: "net", netDays: days });
  });

  it.each([
    ["Net 30", 30],
    ["net 30", 30],
    ["NET30", 30],
    ["  Net   30  ", 30],
    ["N30", 30],
    ["n 30", 30],
    ["n/30", 30],
    ["Net-30", 30],
    ["Net - 30", 30], // the dash is a separator, as in Net-30
    ["Net 30 days", 30],
    ["30 days", 30],
    ["30 Days", 30],
    ["1 day", 1],
    ["30天", 30],
    ["30 天", 30],
    ["净30天", 30],
    ["３０天", 30], // full-width digits from Chinese input methods
    ["ＮＥＴ ６０", 60],
    ["30", 30],
    ["Net 0", 0],
  ])("reads %s as net %d", (text, days) => {
    expect(plain(text)).toEqual({ kind: "net", netDays: days });
  });
});

describe("parsePaymentTerms: discounts", () => {
  it.each([
    ["2/10 net 30", "0.02", 10, 30],
    ["2/10 Net 30", "0.02", 10, 30],
    ["2/10, n/30", "0.02", 10, 30],
    ["2/10 n30", "0.02", 10, 30],
    ["2/10net30", "0.02", 10, 30],
    ["2% 10 net 30", "0.02", 10, 30],
    ["2%/10 net 30", "0.02", 10, 30],
    ["1/10 net 60", "0.01", 10, 60],
    ["1.5/15 net 45", "0.015", 15, 45],
    ["2/10 30 days", "0.02", 10, 30],
  ])("reads %s as %s off within %d days, else net %d", (text, rate, discountDays, netDays) => {
    expect(plain(text)).toEqual({ kind: "net", netDays, discount: { rate, days: discountDays } });
  });

  it("keeps EOM with a discount: 2/10 net 30 EOM", () => {
    expect(plain("2/10 net 30 EOM")).toEqual({ kind: "eom", netDays: 30, discount: { rate: "0.02", days: 10 } });
  });

  it("refuses a discount window as long as the credit period, quoting the terms", () => {
    const result = failure("2/30 net 30");
    expect(result.code).toBe("outOfRange");
    expect(result.message).toBe("discount days (30) must be fewer than net days (30) in '2/30 net 30'");
    expect(failure("2/10 EOM").code).toBe("outOfRange");
  });

  it("refuses a zero discount", () => {
    const result = failure("0/10 net 30");
    expect(result.code).toBe("outOfRange");
    expect(result.message).toContain("between 0 and 100 percent");
  });
});

describe("parsePaymentTerms: end of month and immediate", () => {
  it.each([
    ["Net 30 EOM", 30],
    ["net 30 eom", 30],
    ["N30 EOM", 30],
    ["net30eom", 30],
    ["Net 30/EOM", 30],
    ["30 days EOM", 30],
    ["EOM 30", 30],
    ["EOM net 30", 30],
    ["EOM+30", 30],
    ["eom 60 days", 60],
    ["月结30天", 30],
    ["月结 60 天", 60],
    ["月结30", 30],
    ["月结３０天", 30],
    ["EOM", 0],
  ])("reads %s as end of month + %d", (text, days) => {
    expect(plain(text)).toEqual({ kind: "eom", netDays: days });
  });

  it.each([
    ["COD"],
    ["cod"],
    ["C.O.D."],
    ["Cash on delivery"],
    ["Due on receipt"],
    ["DUE ON RECEIPT"],
    ["due upon receipt"],
    ["Payable on receipt"],
    ["On receipt"],
    ["见票即付"],
    ["货到付款"],
  ])("reads %s as due on the invoice date", (text) => {
    expect(plain(text)).toEqual({ kind: "immediate", netDays: 0 });
  });
});

describe("parsePaymentTerms: refusals", () => {
  it.each([
    ["Net thirty"],
    ["30/60"],
    ["2/10"],
    ["Net 30 EOM please"],
    ["30日"],
    ["-30"],
    ["Net 30.5"],
    ["Net 12345"],
    ["TBD"],
    ["EOM EOM"],
    ["100/10 net 30"],
  ])("refuses %s, quoting it", (text) => {
    const result = failure(text);
    expect(result.code).toBe("unreadable");
    expect(result.excelError).toBe("#VALUE!");
    expect(result.message).toBe(`cannot read '${text}' as payment terms; use e.g. 30, Net 30, 2/10 net 30, Net 30 EOM or COD`);
  });

  it.each([[-1], [30.5], [10000], [Number.NaN], [Number.POSITIVE_INFINITY]])("refuses the day count %d", (days) => {
    const result = failure(days);
    expect(result.code).toBe("outOfRange");
    expect(result.message).toBe(`terms must be whole days from 0 to 9999 (e.g. 30); got ${days}`);
  });

  it("refuses booleans and other values", () => {
    expect(failure(true).message).toBe("terms must be a number of days or text, not TRUE");
    expect(failure({}).code).toBe("unreadable");
  });

  it("reports blanks as missing (#N/A)", () => {
    for (const blank of [null, undefined, "", "   "]) {
      const result = failure(blank);
      expect(result.code).toBe("missing");
      expect(result.excelError).toBe("#N/A");
    }
  });
});
