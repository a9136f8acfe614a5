import { draftLetters } from "../../../src/core/letters/draftLetters";
import { letterClipboard } from "../../../src/core/letters/letterClipboard";
import type { LetterInvoiceRow, LetterModel, LetterSettings } from "../../../src/core/letters/letterTypes";
import { renderLetterHtml } from "../../../src/core/letters/renderLetterHtml";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { AS_OF, d, SETTINGS_EN, SETTINGS_ZH } from "./letterFixtures";

// Issue 18 items 3–4: one letter per customer across its currencies, and a customer who has paid
// is never chased. As of Monday 30 June 2025; English pay-by 7 days → Monday 7 July 2025, Chinese
// 10 days → Thursday 10 July 2025.

/** Globex: USD invoice U-1 1,200.00 10 days overdue less credit note CN-1 850.00; EUR invoice E-1 2,500.50 20 days overdue. */
const GLOBEX: LetterInvoiceRow[] = [
  {
    customer: "Globex",
    currency: "USD",
    invoiceNumber: "U-1",
    invoiceSerial: AS_OF - 40,
    dueSerial: AS_OF - 10,
    openCents: 120000,
  },
  {
    customer: "Globex",
    currency: "USD",
    invoiceNumber: "CN-1",
    invoiceSerial: AS_OF - 15,
    dueSerial: AS_OF - 15,
    openCents: -85000,
  },
  {
    customer: "Globex",
    currency: "EUR",
    invoiceNumber: "E-1",
    invoiceSerial: AS_OF - 50,
    dueSerial: AS_OF - 20,
    openCents: 250050,
  },
];

function only(settings: LetterSettings, rows: LetterInvoiceRow[]): LetterModel {
  const { letters } = draftLetters(rows, AS_OF, settings);
  expect(letters).toHaveLength(1);
  return letters[0];
}

const linesOf = (letter: LetterModel, k: number) => letter.parts[k].totals.lines.map((l) => [l.label, l.amount]);

describe("one letter per customer (the default)", () => {
  const letter = only(SETTINGS_EN, GLOBEX);

  it("a customer in two currencies gets one letter with a part per currency", () => {
    expect(letter.customer).toBe("Globex");
    expect(letter.currencies).toEqual(["USD", "EUR"]);
    expect(letter.parts.map((p) => p.caption)).toEqual(["Amounts in USD:", "Amounts in EUR:"]);
    expect(letter.parts[0].invoiceTable.rows.map((r) => r[0])).toEqual(["U-1"]);
    expect(letter.parts[1].invoiceTable.rows.map((r) => r[0])).toEqual(["E-1"]);
  });

  it("each currency has its own subtotal, credit notes as a positive deduction; no grand total across currencies", () => {
    // USD: 1,200.00 − 850.00 = 350.00. EUR: 2,500.50.
    expect(linesOf(letter, 0)).toEqual([
      ["Overdue invoices", "$1,200.00"],
      ["Less credit notes", "$850.00"],
      ["Total due in USD", "$350.00"],
    ]);
    expect(linesOf(letter, 1)).toEqual([["Total due in EUR", "€2,500.50"]]);
    expect(letter.parts.map((p) => p.totals.demandedCents)).toEqual([35000, 250050]);
    const text = renderLetterText(letter);
    expect(text).not.toMatch(/Amount due/);
    // 350.00 + 2,500.50 = 2,850.50 must appear nowhere: amounts in two currencies are never added.
    expect(text).not.toContain("2,850.50");
    expect(text).toContain("Overdue invoices   $1,200.00\nLess credit notes    $850.00\nTotal due in USD     $350.00");
    expect(text).toContain(
      "Amounts in EUR:\n\nInvoice  Invoice date  Due date         Amount  Days overdue\nE-1      11 May 2025   10 June 2025  €2,500.50            20",
    );
  });

  it("the sentences name each currency's amount", () => {
    expect(letter.subject).toBe("Payment reminder: $350.00 and €2,500.50 overdue – Acme Components Ltd");
    expect(letter.opening[0]).toMatch(
      /^Our records show that the 2 invoices below, totalling \$1,200\.00 and €2,500\.50, are now past due\./,
    );
    expect(letter.paragraphs[0]).toBe(
      "Could you please arrange payment of $350.00 and €2,500.50 by 7 July 2025? Our bank details are below.",
    );
  });

  it("the single-currency fields hold the first currency's part, so a one-currency reader still finds its figures", () => {
    expect(letter.currency).toBe("USD");
    expect(letter.totals.demandedCents).toBe(35000);
    expect(letter.invoiceTable).toBe(letter.parts[0].invoiceTable);
  });

  it("HTML: each currency's caption, tables and subtotal in order; Copy HTML carries no subject", () => {
    const html = renderLetterHtml(letter);
    const order = [
      "<p>Amounts in USD:</p>",
      ">Total due in USD<",
      "<p>Amounts in EUR:</p>",
      ">Total due in EUR<",
      "Could you please",
    ];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(letterClipboard(letter).html).not.toContain("Payment reminder");
    expect(letterClipboard(letter).text.split("\n")[0]).toBe(
      "Subject: Payment reminder: $350.00 and €2,500.50 overdue – Acme Components Ltd",
    );
  });

  it("proofread: captions and labels in sentence case", () => {
    const labels = letter.parts.flatMap((p) => [p.caption ?? "", ...p.totals.lines.map((l) => l.label)]);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z]+(?: [a-z]+)*(?: [A-Z]{3})?:?$/);
  });

  it("the tone is the customer's step: the most advanced its currencies allow", () => {
    // Reminded once (16 June): the next step is the second notice (firm). USD alone is 10 days
    // overdue, whose age reaches only a friendly reminder; EUR at 20 days reaches the firm one.
    const reminded = GLOBEX.map((r) => ({ ...r, remindersSent: 1, lastRemindedSerial: d(2025, 6, 16) }));
    expect(only(SETTINGS_EN, reminded.slice(0, 2)).tone).toBe("friendly");
    expect(only(SETTINGS_EN, reminded).tone).toBe("firm");
    // Never reminded: a friendly reminder however old the EUR invoice (no step skipped).
    expect(letter.tone).toBe("friendly");
    // By age: the oldest invoice among the currencies (EUR, 20 days) sets it.
    expect(only({ ...SETTINGS_EN, escalation: "age" }, GLOBEX).tone).toBe("firm");
  });

  it("courtesy letter in two currencies: plural wording, one subtotal each", () => {
    const soon: LetterInvoiceRow[] = [
      { customer: "Umbrella", currency: "USD", invoiceNumber: "S-1", dueSerial: d(2025, 7, 5), openCents: 60000 },
      { customer: "Umbrella", currency: "EUR", invoiceNumber: "S-2", dueSerial: d(2025, 7, 9), openCents: 70000 },
    ];
    const courtesy = only(SETTINGS_EN, soon);
    expect(courtesy.tone).toBe("courtesy");
    expect(courtesy.subject).toBe("Friendly reminder: 2 invoices fall due from 5 July 2025 – Acme Components Ltd");
    expect(linesOf(courtesy, 0)).toEqual([["Total falling due in USD", "$600.00"]]);
    expect(linesOf(courtesy, 1)).toEqual([["Total falling due in EUR", "€700.00"]]);
  });

  it("in Chinese: 各币种分别小计, the amounts listed with 及", () => {
    const zh = only(SETTINGS_ZH, GLOBEX);
    expect(zh.parts.map((p) => p.caption)).toEqual(["USD款项：", "EUR款项："]);
    expect(linesOf(zh, 0)).toEqual([
      ["逾期发票合计", "USD 1,200.00"],
      ["减：红字发票（贷项）", "USD 850.00"],
      ["USD应付金额合计", "USD 350.00"],
    ]);
    expect(linesOf(zh, 1)).toEqual([["EUR应付金额合计", "EUR 2,500.50"]]);
    expect(zh.paragraphs[0]).toBe("烦请于2025年7月10日前安排支付USD 350.00及EUR 2,500.50，收款账户见文末。");
  });

  it("with the option off: one letter per currency, each with its own amount due", () => {
    const { letters } = draftLetters(GLOBEX, AS_OF, { ...SETTINGS_EN, oneLetterPerCustomer: false });
    expect(letters.map((l) => [l.currency, l.parts.length, l.parts[0].caption])).toEqual([
      ["USD", 1, null],
      ["EUR", 1, null],
    ]);
    expect(letters.map((l) => l.totals.lines.find((x) => x.emphasis)?.label)).toEqual(["Amount due", "Amount due"]);
    expect(letters.map((l) => l.totals.demandedCents)).toEqual([35000, 250050]);
  });
});

describe("a customer who has paid is never chased", () => {
  const hooli = (creditCents: number, invoiceNumber: string | null = "CN-9"): LetterInvoiceRow[] => [
    { customer: "Hooli", currency: "USD", invoiceNumber: "H-1", dueSerial: AS_OF - 30, openCents: 120000 },
    { customer: "Hooli", currency: "USD", invoiceNumber, dueSerial: AS_OF - 5, openCents: creditCents },
  ];

  it("overdue 1,200.00 and a credit note of 1,200.00: no letter, and why", () => {
    const { letters, skipped } = draftLetters(hooli(-120000), AS_OF, SETTINGS_EN);
    expect(letters).toEqual([]);
    expect(skipped).toEqual([
      {
        customer: "Hooli",
        currency: "USD",
        reason: "open credit notes cover the overdue invoices of 'Hooli' in USD: nothing to demand",
      },
    ]);
    expect(draftLetters(hooli(-120000), AS_OF, SETTINGS_ZH).skipped.map((s) => s.reason)).toEqual([
      "客户“Hooli”（USD）的红字发票已足以抵销其逾期发票，无可催收金额",
    ]);
  });

  it("unapplied cash (a negative amount with no number) of 1,500.00 covers 1,200.00 overdue: no letter", () => {
    expect(draftLetters(hooli(-150000, null), AS_OF, SETTINGS_EN).letters).toEqual([]);
  });

  it("overdue 1,200.00 and a credit note of 850.00: the letter asks 350.00, less credit notes 850.00", () => {
    const letter = only(SETTINGS_EN, hooli(-85000));
    // 1,200.00 − 850.00 = 350.00
    expect(letter.totals.lines.map((l) => [l.label, l.amount])).toEqual([
      ["Overdue invoices", "$1,200.00"],
      ["Less credit notes", "$850.00"],
      ["Amount due", "$350.00"],
    ]);
    expect(letter.subject).toBe("Payment reminder: $350.00 overdue – Acme Components Ltd");
  });

  it("two currencies, one covered: the letter chases the other alone and says why the first is left out", () => {
    const rows: LetterInvoiceRow[] = [
      ...hooli(-120000),
      { customer: "Hooli", currency: "EUR", invoiceNumber: "H-2", dueSerial: AS_OF - 12, openCents: 40000 },
    ];
    const { letters, skipped } = draftLetters(rows, AS_OF, SETTINGS_EN);
    expect(letters.map((l) => [l.customer, l.currencies, l.parts[0].caption])).toEqual([["Hooli", ["EUR"], null]]);
    expect(letters[0].subject).toBe("Payment reminder: €400.00 overdue – Acme Components Ltd");
    expect(skipped.map((s) => [s.customer, s.currency])).toEqual([["Hooli", "USD"]]);
  });

  it("a small balance in one currency is left out of the letter as in the grid (the scan's threshold GBP 50.00)", () => {
    const rows: LetterInvoiceRow[] = [
      ...GLOBEX,
      { customer: "Globex", currency: "GBP", invoiceNumber: "G-1", dueSerial: AS_OF - 12, openCents: 4000 },
    ];
    const { letters, skipped } = draftLetters(rows, AS_OF, { ...SETTINGS_EN, smallBalanceCents: { GBP: 5000 } });
    expect(letters[0].currencies).toEqual(["USD", "EUR"]);
    expect(skipped).toEqual([
      {
        customer: "Globex",
        currency: "GBP",
        reason: "'Globex' in GBP owes £40.00, below the small-balance threshold of £50.00: no letter",
      },
    ]);
  });
});
