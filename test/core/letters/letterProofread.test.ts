import { failureText, isFailure } from "../../../src/core/failure";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import { LETTER_TONES, type LetterCustomer, type LetterModel, type LetterSettings } from "../../../src/core/letters/letterTypes";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { AS_OF, d, exampleCustomer, SETTINGS_EN, SETTINGS_ZH } from "./letterFixtures";

// The slips an experienced credit controller found in the drafts (issue 18), each written out by hand.
// As of Monday 30 June 2025; English pay-by 7 days → Monday 7 July 2025.

function draft(customer: LetterCustomer, settings: LetterSettings = SETTINGS_EN): LetterModel {
  const letter = draftLetter(customer, AS_OF, settings);
  if (isFailure(letter)) throw new Error(letter.message);
  return letter;
}

const BY_AGE_EN: LetterSettings = { ...SETTINGS_EN, escalation: "age" };
const BY_AGE_ZH: LetterSettings = { ...SETTINGS_ZH, escalation: "age" };

/** One invoice A-1 of 1,000.00, `days` overdue. */
const single = (days: number, currency = "USD"): LetterCustomer => ({
  name: "Initech",
  currency,
  invoices: [{ invoiceNumber: "A-1", dueSerial: AS_OF - days, openCents: 100000 }],
});

describe("letter proofreading: sentence case", () => {
  it("a new sentence after 'This is our final notice.' opens with a capital", () => {
    expect(draft(single(50), BY_AGE_EN).opening).toEqual([
      "This is our final notice. The sum of $1,000.00 remains unpaid on the account of Initech, and the invoice is now 50 days overdue.",
    ]);
  });

  it("after earlier reminders the clause goes on in lower case inside its sentence", () => {
    const letter = draft({ ...single(50), remindersSent: 3, lastRemindedSerial: d(2025, 6, 19) });
    expect(letter.tone).toBe("final"); // formal demand of 19 June, pay by 26 June: passed
    expect(letter.opening[0]).toBe(
      "This is our final notice. Despite our previous reminders, the most recent on 19 June 2025, the sum of $1,000.00 remains unpaid on the account of Initech, and the invoice is now 50 days overdue.",
    );
  });
});

describe("letter proofreading: singular and plural", () => {
  it("one invoice is not 'the oldest' (English and Chinese)", () => {
    expect(draft(single(15), BY_AGE_EN).opening[0]).toBe(
      "We have not yet received payment for invoice A-1, now 15 days overdue. The overdue balance on your account stands at $1,000.00.",
    );
    expect(draft(single(15, "CNY"), BY_AGE_ZH).opening[0]).toBe(
      "您好！截至2025年6月30日，我们仍未收到发票A-1的款项，已逾期15天。贵司目前逾期未付金额为¥1,000.00。",
    );
    expect(draft(single(35, "CNY"), BY_AGE_ZH).opening[0]).toBe(
      "截至2025年6月30日，贵司仍有¥1,000.00款项逾期未付，该发票已逾期35天。现特函正式要求贵司付清全部欠款。",
    );
  });

  it("two invoices: 'the oldest'; one day: 'day'", () => {
    const two: LetterCustomer = {
      ...single(16),
      invoices: [...single(16).invoices, { invoiceNumber: "A-2", dueSerial: AS_OF - 2, openCents: 5000 }],
    };
    // 1,000.00 + 50.00 = 1,050.00
    expect(draft(two, BY_AGE_EN).opening[0]).toBe(
      "We have not yet received payment for the 2 invoices below, the oldest now 16 days overdue. The overdue balance on your account stands at $1,050.00.",
    );
    expect(draft({ ...single(1), tone: "formal" }).opening[0]).toBe(
      "Our records show that the sum of $1,000.00 remains overdue on the account of Initech; the invoice is now 1 day past due. We must now formally demand payment in full.",
    );
  });
});

describe("letter proofreading: credit notes are positive deductions", () => {
  // 2,000.00 invoiced less an 850.00 credit note = 1,150.00 due.
  const customer: LetterCustomer = {
    name: "Globex",
    currency: "USD",
    invoices: [
      { invoiceNumber: "INV-1", dueSerial: AS_OF - 10, openCents: 200000 },
      { invoiceNumber: "CN-1", invoiceSerial: d(2025, 6, 20), dueSerial: d(2025, 6, 20), openCents: -85000 },
    ],
  };
  const letter = draft(customer);

  it("'Less credit notes $850.00', never '-$850.00'", () => {
    expect(letter.totals.lines).toEqual([
      { label: "Overdue invoices", amount: "$2,000.00" },
      { label: "Less credit notes", amount: "$850.00" },
      { label: "Amount due", amount: "$1,150.00", emphasis: true },
    ]);
    expect(letter.creditNotes?.table.rows).toEqual([["CN-1", "20 June 2025", "$850.00"]]);
    expect(renderLetterText(letter)).not.toContain("-$");
    expect(letter.totals.creditCents).toBe(-85000); // the model keeps the sign; only the text drops it
  });

  it("in Chinese too: 减：红字发票 ¥850.00", () => {
    const zh = draft({ ...customer, currency: "CNY" }, SETTINGS_ZH);
    expect(zh.totals.lines[1]).toEqual({ label: "减：红字发票（贷项）", amount: "¥850.00" });
  });
});

describe("letter proofreading: the date heads every letter", () => {
  for (const [language, settings, date] of [
    ["en", SETTINGS_EN, "30 June 2025"],
    ["zh", SETTINGS_ZH, "2025年6月30日"],
  ] as const) {
    it.each(LETTER_TONES.map((tone) => [tone]))(`${language} %s letter opens with its date, once`, (tone) => {
      const letter = draft(exampleCustomer(tone, language), settings);
      expect(letter.tone).toBe(tone);
      const text = renderLetterText(letter);
      expect(text.startsWith(`${date}\n\n`)).toBe(true);
      expect(letter.signature).not.toContain(date);
    });
  }
});

describe("letter proofreading: what a draft lacks is said", () => {
  it("no signature and no bank details", () => {
    const letter = draft(single(10), { language: "en", sender: { company: "" } });
    expect(letter.warnings).toEqual(["noSignature", "noBankDetails"]);
  });

  it("a company alone is a signature; bank details missing still warned", () => {
    expect(draft(single(10), { language: "en", sender: { company: "Acme Ltd" } }).warnings).toEqual(["noBankDetails"]);
    expect(draft(single(10), SETTINGS_EN).warnings).toEqual([]);
  });
});

describe("drafts follow the customer's step", () => {
  it("a customer waiting (the scan's step) gets no draft", () => {
    const result = draftLetter({ ...single(20), waitUntilSerial: d(2025, 7, 4) }, AS_OF, SETTINGS_EN);
    expect(isFailure(result) && result.message).toBe(
      "'Initech' in USD was reminded recently: the next step is to wait until 4 July 2025",
    );
  });

  it("promised invoices are mentioned with thanks and not demanded", () => {
    // A-1 1,000.00 demanded; P-1 300.00 promised, listed apart.
    const letter = draft({
      ...single(20),
      invoices: [...single(20).invoices, { invoiceNumber: "P-1", dueSerial: AS_OF - 40, openCents: 30000, promised: true }],
    });
    expect(letter.totals.demandedCents).toBe(100000);
    expect(letter.totals.promisedCents).toBe(30000);
    expect(letter.promised?.caption).toBe(
      "Thank you for your promise to pay this invoice; it is not included in the amount due:",
    );
    expect(letter.promised?.table.rows.map((r) => r[0])).toEqual(["P-1"]);
    expect(letter.totals.lines.map((l) => [l.label, l.amount])).toEqual([
      ["Amount due", "$1,000.00"],
      ["Promised (not included)", "$300.00"],
    ]);
    // The promised invoice is older (40 days) but sets neither the tone nor the table.
    expect(letter.invoiceTable.rows.map((r) => r[0])).toEqual(["A-1"]);
  });

  it("every overdue invoice promised: no letter, and the reason says so", () => {
    const result = draftLetter(
      { ...single(20), invoices: [{ invoiceNumber: "P-1", dueSerial: AS_OF - 40, openCents: 30000, promised: true }] },
      AS_OF,
      SETTINGS_EN,
    );
    expect(isFailure(result) && result.message).toBe(
      "every overdue invoice of 'Initech' in USD is promised: nothing to demand until the promise lapses",
    );
  });

  it("the scan's small-balance threshold (USD 50.00) holds a $49.99 letter back; a setting of 0 lets it through", () => {
    const small: LetterCustomer = { ...single(20), invoices: [{ invoiceNumber: "S-1", dueSerial: AS_OF - 20, openCents: 4999 }] };
    const result = draftLetter(small, AS_OF, { ...SETTINGS_EN, smallBalanceCents: { USD: 5000 } });
    expect(isFailure(result) && result.message).toBe(
      "'Initech' in USD owes $49.99, below the small-balance threshold of $50.00: no letter",
    );
    expect(draft(small, { ...SETTINGS_EN, smallBalanceCents: { USD: 0 } }).totals.demandedCents).toBe(4999);
  });
});

describe("options per tone", () => {
  const ALL: LetterSettings = {
    ...SETTINGS_EN,
    escalation: "age",
    lateInterest: { rate: 0.08 },
    paymentPlan: { installments: 3 },
    earlyPaymentDiscount: { terms: "2/10 net 30" },
  };
  const kinds = (letter: LetterModel) => letter.options.map((o) => o.kind);

  it("by default a friendly reminder carries no interest and no instalments", () => {
    expect(kinds(draft(single(9), ALL))).toEqual(["earlyPaymentDiscount"]);
    expect(kinds(draft(single(20), ALL))).toEqual(["paymentPlan", "earlyPaymentDiscount"]);
    expect(kinds(draft(single(35), ALL))).toEqual(["lateInterest", "paymentPlan"]);
    expect(kinds(draft(single(50), ALL))).toEqual(["lateInterest", "paymentPlan"]);
  });

  it("the tones of each option are a setting", () => {
    const own = { ...ALL, optionTones: { lateInterest: ["friendly" as const], paymentPlan: [] } };
    expect(kinds(draft(single(9), own))).toEqual(["lateInterest", "earlyPaymentDiscount"]);
    expect(kinds(draft(single(35), own))).toEqual([]);
  });
});

describe("letter proofreading in Chinese", () => {
  it("the final notice of a single invoice says 该发票, not 最早的一张发票", () => {
    expect(draft(single(50, "CNY"), BY_AGE_ZH).opening).toEqual(["最后通知：贵司仍有¥1,000.00款项未付，该发票已逾期50天。"]);
  });

  it("promised invoices are thanked for and listed apart", () => {
    const letter = draft(
      {
        ...single(20, "CNY"),
        invoices: [
          ...single(20, "CNY").invoices,
          { invoiceNumber: "P-1", dueSerial: AS_OF - 40, openCents: 30000, promised: true },
        ],
      },
      SETTINGS_ZH,
    );
    expect(letter.promised?.caption).toBe("以下发票贵司已承诺付款，谨致谢意，未计入应付金额：");
    expect(letter.totals.lines.map((l) => [l.label, l.amount])).toEqual([
      ["应付金额合计", "¥1,000.00"],
      ["已承诺付款（未计入）", "¥300.00"],
    ]);
  });

  it("the reasons for no letter are Chinese", () => {
    const waiting = draftLetter({ ...single(20, "CNY"), waitUntilSerial: d(2025, 7, 4) }, AS_OF, SETTINGS_ZH);
    expect(isFailure(waiting) && failureText(waiting, "zh")).toBe("客户“Initech”（CNY）近期已催收，下一步为等待至2025年7月4日");
    // The scan's CNY threshold 300.00 (the pane's default): 250.00 is below it.
    const small = draftLetter(
      { ...single(20, "CNY"), invoices: [{ invoiceNumber: "S-1", dueSerial: AS_OF - 20, openCents: 25000 }] },
      AS_OF,
      { ...SETTINGS_ZH, smallBalanceCents: { CNY: 30000 } },
    );
    expect(isFailure(small) && failureText(small, "zh")).toBe(
      "客户“Initech”（CNY）应付¥250.00，低于小额余额门槛¥300.00，不发催款函",
    );
  });
});
