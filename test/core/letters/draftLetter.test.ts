import { isFailure } from "../../../src/core/failure";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import type { LetterCustomer, LetterModel, LetterSettings } from "../../../src/core/letters/letterTypes";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { AS_OF, d, SETTINGS_EN, SETTINGS_ZH } from "./letterFixtures";

function draft(customer: LetterCustomer, settings: LetterSettings = SETTINGS_EN, asOf = AS_OF): LetterModel {
  const letter = draftLetter(customer, asOf, settings);
  if (isFailure(letter)) throw new Error(letter.message);
  return letter;
}

/** Tone by the oldest invoice's age alone (the policy switch), for the tests of each tone's wording. */
const BY_AGE_EN: LetterSettings = { ...SETTINGS_EN, escalation: "age" };
const BY_AGE_ZH: LetterSettings = { ...SETTINGS_ZH, escalation: "age" };

/** The text line of an invoice: its number and its amount must sit on the same row. */
function lineOf(text: string, invoiceNumber: string): string {
  const lines = text.split("\n").filter((l) => l.startsWith(invoiceNumber));
  expect(lines).toHaveLength(1);
  return lines[0];
}

// As of Mon 30 June 2025. Due dates: 31 May (30 days), 15 June (15 days), 25 June (5 days).
const GLOBEX: LetterCustomer = {
  name: "Globex Corporation",
  currency: "USD",
  invoices: [
    { invoiceNumber: "INV-101", invoiceSerial: d(2025, 5, 1), dueSerial: d(2025, 5, 31), openCents: 123456 },
    { invoiceNumber: "INV-102", invoiceSerial: d(2025, 5, 16), dueSerial: d(2025, 6, 15), openCents: 78901 },
    { invoiceNumber: "INV-103", invoiceSerial: d(2025, 5, 26), dueSerial: d(2025, 6, 25), openCents: 1010 },
    { invoiceNumber: "CN-9", invoiceSerial: d(2025, 6, 20), dueSerial: d(2025, 6, 20), openCents: -10000 },
    { invoiceNumber: "INV-090", invoiceSerial: d(2025, 4, 1), dueSerial: d(2025, 5, 1), openCents: 300000, disputed: true },
    { invoiceNumber: "INV-110", invoiceSerial: d(2025, 6, 20), dueSerial: d(2025, 7, 20), openCents: 55500 },
  ],
};

describe("draftLetter: content", () => {
  const letter = draft(GLOBEX, BY_AGE_EN);
  const text = renderLetterText(letter);

  it("lists every invoice of the customer with its amount", () => {
    expect(lineOf(text, "INV-101")).toContain("$1,234.56");
    expect(lineOf(text, "INV-102")).toContain("$789.01");
    expect(lineOf(text, "INV-103")).toContain("$10.10");
    // Listed under "deducted from the amount due": a positive amount, never "-$100.00".
    expect(lineOf(text, "CN-9")).toMatch(/ \$100\.00$/);
    expect(lineOf(text, "INV-090")).toContain("$3,000.00");
    expect(lineOf(text, "INV-110")).toContain("$555.00");
  });

  it("shows invoice date, due date and days overdue of each demanded invoice", () => {
    expect(lineOf(text, "INV-101")).toMatch(/1 May 2025\s+31 May 2025\s+\$1,234\.56\s+30$/);
    expect(lineOf(text, "INV-103")).toMatch(/26 May 2025\s+25 June 2025\s+\$10\.10\s+5$/);
  });

  it("demands the sum of the overdue invoices net of the credit note", () => {
    // 1,234.56 + 789.01 + 10.10 = 2,033.67; less 100.00 = 1,933.67
    expect(letter.totals.invoicedCents).toBe(203367);
    expect(letter.totals.creditCents).toBe(-10000);
    expect(letter.totals.demandedCents).toBe(193367);
    expect(letter.totals.lines.find((l) => l.emphasis)).toEqual({ label: "Amount due", amount: "$1,933.67", emphasis: true });
    expect(letter.subject).toContain("$1,933.67");
    expect(letter.paragraphs[0]).toContain("$1,933.67");
  });

  it("lists the disputed invoice apart and does not demand it", () => {
    expect(letter.totals.disputedCents).toBe(300000);
    expect(letter.invoiceTable.rows.map((r) => r[0])).toEqual(["INV-101", "INV-102", "INV-103"]);
    expect(letter.disputed?.table.rows.map((r) => r[0])).toEqual(["INV-090"]);
    expect(letter.disputed?.caption).toMatch(/not included in the amount due/);
    // The disputed invoice is older (61 days) than any demanded one: it must not set the tone either.
    expect(letter.tone).toBe("formal"); // oldest demanded: 30 days
  });

  it("lists the invoice not yet due for information only", () => {
    expect(letter.notYetDue?.table.rows.map((r) => r[0])).toEqual(["INV-110"]);
    expect(letter.totals.notYetDueCents).toBe(55500);
    // open = 1,933.67 + 3,000.00 + 555.00 = 5,488.67
    expect(letter.totals.openCents).toBe(548867);
  });

  it("asks for payment by a specific date: 30 June + 7 days = Monday 7 July 2025", () => {
    expect(letter.payBySerial).toBe(d(2025, 7, 7));
    expect(text).toContain("by 7 July 2025");
    expect(text).not.toMatch(/within \d+ days/);
  });

  it("invites a dispute and says to ignore the letter if payment has just been made", () => {
    expect(letter.closingParagraphs[0]).toMatch(/dispute/);
    expect(letter.closingParagraphs[1]).toMatch(/disregard this letter/);
  });

  it("carries the sender's signature and bank details", () => {
    expect(letter.signature).toEqual([
      "Anna Berg, Credit Controller",
      "Acme Components Ltd",
      "Tel.: +44 20 7946 0000",
      "Email: anna.berg@acme.example",
      "",
      "Bank details:",
      "Account name: Acme Components Ltd",
      "Bank: Barclays Bank",
      "Account number: GB29 NWBK 6016 1331 9268 19",
      "SWIFT/BIC: BARCGB22",
    ]);
    // The date heads the letter instead (every tone).
    expect(letter.dateLine).toBe("30 June 2025");
  });
});

describe("draftLetter: earlier reminders", () => {
  const base: LetterCustomer = {
    name: "Initech",
    currency: "USD",
    invoices: [{ invoiceNumber: "A-1", dueSerial: d(2025, 6, 10), openCents: 5000 }],
  };

  it("mentions the count and the last date when recorded", () => {
    const letter = draft({ ...base, remindersSent: 2, lastRemindedSerial: d(2025, 6, 23) });
    expect(letter.opening.join(" ")).toContain("twice before, most recently on 23 June 2025");
  });

  it("mentions a single earlier reminder by its date (Chinese too)", () => {
    expect(draft({ ...base, remindersSent: 1, lastRemindedSerial: d(2025, 6, 23) }).opening.join(" ")).toContain(
      "We wrote to you about this on 23 June 2025.",
    );
    expect(draft({ ...base, remindersSent: 1, lastRemindedSerial: d(2025, 6, 23) }, SETTINGS_ZH).opening.join("")).toContain(
      "我们已于2025年6月23日就此致函提醒贵司",
    );
  });

  it("says nothing of earlier reminders when none are recorded, or when the date is after as-of", () => {
    expect(draft(base).opening.join(" ")).not.toMatch(/wrote|written/);
    expect(draft({ ...base, lastRemindedSerial: AS_OF + 3 }).opening.join(" ")).not.toMatch(/wrote|written/);
  });
});

describe("draftLetter: tone", () => {
  const customer = (daysOverdue: number, tone?: LetterCustomer["tone"]): LetterCustomer => ({
    name: "Initech",
    currency: "EUR",
    tone,
    invoices: [{ invoiceNumber: "A-1", dueSerial: AS_OF - daysOverdue, openCents: 100000 }],
  });

  it("follows the oldest overdue invoice by the day bands", () => {
    expect([-3, 1, 14, 15, 29, 30, 44, 45].map((days) => draft(customer(days), BY_AGE_EN).tone)).toEqual([
      "courtesy",
      "friendly",
      "friendly",
      "firm",
      "firm",
      "formal",
      "formal",
      "final",
    ]);
  });

  it("takes the customer's own tone when given, but never courtesy for an overdue invoice or a demand for one not due", () => {
    expect(draft(customer(3, "formal")).tone).toBe("formal");
    expect(draft(customer(3, "courtesy")).tone).toBe("friendly");
    expect(draft(customer(-3, "final")).tone).toBe("courtesy");
  });

  it("courtesy letter: asks for payment on the due date, not a pay-by date", () => {
    const letter = draft(customer(-5));
    expect(letter.payBySerial).toBe(AS_OF + 5);
    expect(letter.invoiceTable.rows[0][4]).toBe("5"); // days to the due date
    expect(letter.subject).toBe("Friendly reminder: invoice A-1 falls due on 5 July 2025 – Acme Components Ltd");
  });

  it("a key account's final notice escalates to management, not to collectors", () => {
    const letter = draft({ ...customer(50), keyAccount: true }, BY_AGE_EN);
    expect(letter.paragraphs[0]).toMatch(/our management will take the matter up directly with yours/);
    expect(letter.paragraphs.join(" ")).not.toMatch(/collection agency/);
  });

  it("the final notice names lawyers when the referral setting says so", () => {
    expect(draft(customer(50), { ...BY_AGE_EN, referral: "legal" }).paragraphs[0]).toMatch(/our lawyers for legal action/);
    expect(draft(customer(50), { ...BY_AGE_ZH, referral: "legal" }).paragraphs[0]).toMatch(/通过法律途径/);
  });
});

describe("draftLetter: no letter", () => {
  const rows = (...invoices: LetterCustomer["invoices"]): LetterCustomer => ({ name: "Hooli", currency: "USD", invoices });

  it("every open invoice disputed", () => {
    const result = draftLetter(
      rows({ invoiceNumber: "X", dueSerial: AS_OF - 40, openCents: 5000, disputed: true }),
      AS_OF,
      SETTINGS_EN,
    );
    expect(isFailure(result) && result.code).toBe("noAnswer");
    expect(isFailure(result) && result.message).toMatch(/every open invoice of 'Hooli' in USD is disputed/);
  });

  it("credit notes cover the overdue invoices (50.00 − 60.00 < 0) or exactly (50.00 − 50.00 = 0)", () => {
    for (const credit of [-6000, -5000]) {
      const result = draftLetter(
        rows({ dueSerial: AS_OF - 10, openCents: 5000 }, { dueSerial: AS_OF - 5, openCents: credit }),
        AS_OF,
        SETTINGS_EN,
      );
      expect(isFailure(result) && result.message).toMatch(/credit notes cover/);
    }
  });

  it("no open items, or only settled ones", () => {
    expect(isFailure(draftLetter(rows(), AS_OF, SETTINGS_EN))).toBe(true);
    expect(isFailure(draftLetter(rows({ dueSerial: AS_OF - 10, openCents: 0 }), AS_OF, SETTINGS_EN))).toBe(true);
  });

  it("bad data and bad settings are failures, not exceptions", () => {
    const one = rows({ dueSerial: AS_OF - 10, openCents: 5000 });
    expect(isFailure(draftLetter(rows({ dueSerial: AS_OF - 10, openCents: 50.5 }), AS_OF, SETTINGS_EN))).toBe(true);
    expect(isFailure(draftLetter(rows({ dueSerial: Number.NaN, openCents: 5000 }), AS_OF, SETTINGS_EN))).toBe(true);
    expect(isFailure(draftLetter(one, -1, SETTINGS_EN))).toBe(true);
    expect(isFailure(draftLetter(one, AS_OF, { ...SETTINGS_EN, payByDays: 7.5 }))).toBe(true);
    // 35 days by age: a formal demand, which carries both options.
    const formal = rows({ dueSerial: AS_OF - 35, openCents: 5000 });
    expect(isFailure(draftLetter(formal, AS_OF, { ...BY_AGE_EN, paymentPlan: { installments: 0 } }))).toBe(true);
    expect(isFailure(draftLetter(formal, AS_OF, { ...BY_AGE_EN, lateInterest: { rate: 8 } }))).toBe(true); // 800 %: typed 8 for 8 %
  });
});

describe("draftLetter: blanks", () => {
  it("an invoice without number or invoice date still appears, with placeholders", () => {
    const letter = draft({ name: "Umbrella", currency: "", invoices: [{ dueSerial: AS_OF - 3, openCents: 250000 }] });
    expect(letter.invoiceTable.rows[0]).toEqual(["(no number)", "—", "27 June 2025", "2,500.00", "3"]);
    expect(letter.subject).toBe("Payment reminder: 2,500.00 overdue – Acme Components Ltd");
  });

  it("without a named contact the English formal letter opens 'Dear Sir or Madam' and closes 'Yours faithfully'; with one, by name and 'Yours sincerely'", () => {
    const customer: LetterCustomer = {
      name: "Umbrella",
      currency: "GBP",
      invoices: [{ dueSerial: AS_OF - 35, openCents: 10000 }],
    };
    const formal = draft(customer, BY_AGE_EN);
    expect([formal.greeting, formal.closing]).toEqual(["Dear Sir or Madam,", "Yours faithfully,"]);
    const named = draft({ ...customer, contact: "Ms Patel" }, BY_AGE_EN);
    expect([named.greeting, named.closing]).toEqual(["Dear Ms Patel,", "Yours sincerely,"]);
  });
});
