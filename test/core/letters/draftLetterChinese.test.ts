import { isFailure } from "../../../src/core/failure";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import { LETTER_TONES, type LetterCustomer, type LetterSettings } from "../../../src/core/letters/letterTypes";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { d, SETTINGS_ZH } from "./letterFixtures";

// As of 15 July 2025 (a Tuesday); the settings allow 10 days → Friday 25 July 2025.
const AS_OF = d(2025, 7, 15);
const ALL_OPTIONS: LetterSettings = {
  ...SETTINGS_ZH,
  lateInterest: { rate: 0.0005, basis: "daily" },
  paymentPlan: { installments: 3 },
  earlyPaymentDiscount: { terms: "2/10 net 30" },
  // Every option on every tone, and the tone by age, so each tone's wording is checked with all blocks.
  escalation: "age",
  optionTones: { lateInterest: LETTER_TONES, paymentPlan: LETTER_TONES, earlyPaymentDiscount: LETTER_TONES },
};

const customer = (daysOverdue: number): LetterCustomer => ({
  name: "北京远航贸易有限公司",
  currency: "CNY",
  email: "caiwu@yuanhang.example",
  remindersSent: 2,
  lastRemindedSerial: d(2025, 7, 1),
  invoices: [
    { invoiceNumber: "FP-2025-061", invoiceSerial: d(2025, 5, 31), dueSerial: AS_OF - daysOverdue, openCents: 1234560 },
    { invoiceNumber: "FP-2025-070", invoiceSerial: d(2025, 6, 10), dueSerial: d(2025, 7, 5), openCents: 500000 },
    { invoiceNumber: "HZ-003", invoiceSerial: d(2025, 7, 2), dueSerial: d(2025, 7, 2), openCents: -34560 },
    { invoiceNumber: "FP-2025-052", invoiceSerial: d(2025, 5, 1), dueSerial: d(2025, 5, 31), openCents: 880000, disputed: true },
    { invoiceNumber: "FP-2025-081", invoiceSerial: d(2025, 7, 10), dueSerial: d(2025, 8, 9), openCents: 120000 },
  ],
});

/**
 * Latin letters left after removing what may legitimately be Latin in a Chinese letter: the
 * customer's and sender's own data (emails, invoice numbers). Currency is shown as ¥, not CNY.
 */
function latinLeftOver(text: string): string[] {
  const stripped = text.replace(/[\w.+-]+@[\w.-]+/g, "").replace(/\b(?:FP-2025-0\d\d|HZ-003)\b/g, "");
  return stripped.match(/[A-Za-z]+/g) ?? [];
}

describe("draftLetter in Chinese", () => {
  it("the English detector itself finds English (so the checks below can fail)", () => {
    expect(latinLeftOver("请于2025年7月25日前支付 Amount due FP-2025-061 a@b.cn")).toEqual(["Amount", "due"]);
  });

  it("uses Chinese dates and ¥ amounts", () => {
    const letter = draftLetter(customer(15), AS_OF, ALL_OPTIONS);
    if (isFailure(letter)) throw new Error(letter.message);
    const text = renderLetterText(letter);
    expect(text).toContain("2025年6月30日"); // due date of FP-2025-061
    expect(text).toContain("¥12,345.60");
    // demanded: 12,345.60 + 5,000.00 − 345.60 = 17,000.00
    expect(letter.totals.demandedCents).toBe(1700000);
    expect(text).toMatch(/应付金额合计\s+¥17,000\.00/);
    expect(letter.paragraphs[0]).toBe("请于2025年7月25日前支付¥17,000.00，并告知我们具体付款日期。");
  });

  it.each(LETTER_TONES.map((tone) => [tone]))("%s letter with every option leaves no English", (tone) => {
    const days = { courtesy: -5, friendly: 10, firm: 20, formal: 35, final: 50 }[tone];
    const source = customer(days);
    // The courtesy letter needs nothing overdue: keep only the invoice not yet due and the disputed one.
    const invoices = tone === "courtesy" ? source.invoices.filter((i) => i.dueSerial > AS_OF || i.disputed) : source.invoices;
    const letter = draftLetter({ ...source, invoices }, AS_OF, ALL_OPTIONS);
    if (isFailure(letter)) throw new Error(letter.message);
    expect(letter.tone).toBe(tone);
    expect(latinLeftOver(letter.subject)).toEqual([]);
    expect(latinLeftOver(renderLetterText(letter))).toEqual([]);
  });

  it("the daily late interest equals the hand calculation", () => {
    // FP-2025-061 due 30 June: 15 days × 0.05 % × 12,345.60 = 92.592 → 92.59
    // FP-2025-070 due 5 July: 10 days × 0.05 % × 5,000.00 = 25.00; total 117.59
    const letter = draftLetter(customer(15), AS_OF, ALL_OPTIONS);
    if (isFailure(letter)) throw new Error(letter.message);
    expect(letter.totals.interestCents).toBe(11759);
    const block = letter.options.find((o) => o.kind === "lateInterest");
    expect(block?.paragraphs[0]).toBe(
      "根据双方约定，逾期款项按日利率0.05%计收逾期利息。截至2025年7月15日，逾期利息合计¥117.59，明细如下：",
    );
    expect(block?.table?.rows).toEqual([
      ["FP-2025-061", "15", "¥92.59"],
      ["FP-2025-070", "10", "¥25.00"],
    ]);
  });

  it("formal letters address the company and close with 特此函告, dated", () => {
    const letter = draftLetter(customer(35), AS_OF, { ...SETTINGS_ZH, escalation: "age" });
    if (isFailure(letter)) throw new Error(letter.message);
    expect(letter.greeting).toBe("北京远航贸易有限公司：");
    expect(letter.closing).toBe("特此函告。");
    expect(letter.dateLine).toBe("2025年7月15日");
    expect(renderLetterText(letter).split("\n\n")[0]).toBe("2025年7月15日"); // at the top
  });
});
