import { daysPastDue, discountApplies, factorBuys, insuranceCovers } from "../../../src/core/financing/financingEligibility";

// As of 45838 (2025-06-30).
const AS_OF = 45838;
const invoice = (dueSerial: number, openCents = 100000, disputed = false) => ({ dueSerial, openCents, disputed });

describe("financingEligibility", () => {
  test("days past due count from the due date, 0 before it", () => {
    expect(daysPastDue({ dueSerial: 45651 }, AS_OF)).toBe(187); // 45838 − 45651
    expect(daysPastDue({ dueSerial: 45900 }, AS_OF)).toBe(0);
  });

  test("a factor buys current invoices: not overdue past its limit, not disputed, no credit notes", () => {
    expect(factorBuys(invoice(45868), AS_OF, 0)).toBeNull(); // due in 30 days
    expect(factorBuys(invoice(AS_OF), AS_OF, 0)).toBeNull(); // due today: 0 days overdue
    expect(factorBuys(invoice(45837), AS_OF, 0)).toBe("overdueTooLong"); // 1 day overdue, limit 0
    expect(factorBuys(invoice(45808), AS_OF, 30)).toBeNull(); // 30 days overdue, limit 30
    expect(factorBuys(invoice(45807), AS_OF, 30)).toBe("overdueTooLong"); // 31 days
    expect(factorBuys(invoice(45651), AS_OF, 90)).toBe("overdueTooLong"); // 187 days
    expect(factorBuys(invoice(45868, -50000), AS_OF, 0)).toBe("creditNote");
    expect(factorBuys(invoice(45868, 100000, true), AS_OF, 0)).toBe("disputed");
  });

  test("a discount is for paying early: as-of on or before due − (net − discount days)", () => {
    // 2/10 net 30: the window closes 20 days before due.
    expect(discountApplies(invoice(45858), AS_OF, 20)).toBeNull(); // closes 45838 = as-of
    expect(discountApplies(invoice(45857), AS_OF, 20)).toBe("discountWindowPassed"); // closed 45837
    expect(discountApplies(invoice(45651), AS_OF, 20)).toBe("discountWindowPassed"); // 187 days overdue
    expect(discountApplies(invoice(45900, 0), AS_OF, 20)).toBe("creditNote"); // nothing open is no invoice to discount
    expect(discountApplies(invoice(45900, 100000, true), AS_OF, 20)).toBe("disputed");
  });

  test("insurance covers undisputed debts overdue at most its cover", () => {
    expect(insuranceCovers(invoice(45868), AS_OF, 90)).toBeNull();
    expect(insuranceCovers(invoice(45748), AS_OF, 90)).toBeNull(); // 90 days overdue
    expect(insuranceCovers(invoice(45747), AS_OF, 90)).toBe("overdueTooLong"); // 91 days
    expect(insuranceCovers(invoice(45651), AS_OF, 90)).toBe("overdueTooLong"); // 187 days
    expect(insuranceCovers(invoice(45868, -100), AS_OF, 90)).toBe("creditNote");
    expect(insuranceCovers(invoice(45868, 100, true), AS_OF, 90)).toBe("disputed");
  });
});
