import { isFailure } from "../../../src/core/failure";
import { financingChoicesSelection } from "../../../src/core/financing/financingChoicesSelection";

describe("financingChoicesSelection", () => {
  it("totals the amount and weighs the due date by amount", () => {
    // (1000 × 45850 + 3000 × 45870) / 4000 = (45,850,000 + 137,610,000) / 4000 = 45865
    expect(
      financingChoicesSelection([
        { amountCents: 100000, dueSerial: 45850 },
        { amountCents: 300000, dueSerial: 45870 },
      ]),
    ).toEqual({ amountCents: 400000, dueSerial: 45865 });
  });

  it("rounds a half day up (dates are positive) and leaves credit notes out of the date", () => {
    // 10.00 due 45850 and 10.00 due 45851 → 45850.5 → 45851; the −5.00 credit note only nets the amount
    expect(
      financingChoicesSelection([
        { amountCents: 1000, dueSerial: 45850 },
        { amountCents: 1000, dueSerial: 45851 },
        { amountCents: -500, dueSerial: 40000 },
      ]),
    ).toEqual({ amountCents: 1500, dueSerial: 45851 });
  });

  it("stays exact where cents × serial passes 2^53", () => {
    // Two equal invoices due 100003 and 100004: the mean is exactly 100003.5 → 100004. In floats,
    // 12345678901233 × 100003 + 12345678901233 × 100004 over 2 × 12345678901233 is 100003.49999999999.
    const a = 12345678901233;
    expect(
      financingChoicesSelection([
        { amountCents: a, dueSerial: 100003 },
        { amountCents: a, dueSerial: 100004 },
      ]),
    ).toEqual({ amountCents: 2 * a, dueSerial: 100004 });
  });

  it("needs at least one invoice", () => {
    const none = financingChoicesSelection([{ amountCents: -500, dueSerial: 45850 }]);
    expect(isFailure(none) && none.message).toBe("no invoice with an open amount is selected");
    expect(isFailure(financingChoicesSelection([]))).toBe(true);
  });
});
