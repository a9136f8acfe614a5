import { calendarToSerial } from "../../../src/core/dates/excelSerial";
import type { LetterCustomer, LetterInvoice, LetterSettings, LetterTone } from "../../../src/core/letters/letterTypes";

/** Test fixtures for the letter tests: a British and a Chinese sender, as-of Monday 30 June 2025. */
export const d = (year: number, month: number, day: number): number => calendarToSerial({ year, month, day }) as number;

export const AS_OF = d(2025, 6, 30); // a Monday

export const SETTINGS_EN: LetterSettings = {
  language: "en",
  payByDays: 7,
  sender: {
    company: "Acme Components Ltd",
    contact: "Anna Berg",
    title: "Credit Controller",
    phone: "+44 20 7946 0000",
    email: "anna.berg@acme.example",
    bank: {
      accountName: "Acme Components Ltd",
      bankName: "Barclays Bank",
      accountNumber: "GB29 NWBK 6016 1331 9268 19",
      swift: "BARCGB22",
    },
  },
};

export const SETTINGS_ZH: LetterSettings = {
  language: "zh",
  payByDays: 10,
  sender: {
    company: "上海恒达精密机械有限公司",
    contact: "王芳",
    title: "应收账款主管",
    phone: "021-5888 1234",
    email: "wangfang@hengda.example",
    bank: { accountName: "上海恒达精密机械有限公司", bankName: "中国工商银行上海分行", accountNumber: "1001 2345 6789 0123 456" },
  },
};

/** Days overdue of the oldest invoice that puts a letter on each tone's band. */
export const TONE_DAYS: Readonly<Record<LetterTone, number>> = { courtesy: -5, friendly: 10, firm: 20, formal: 35, final: 50 };

/** Earlier reminders recorded for each tone's example (a courtesy or first letter has none). */
const REMINDERS: Readonly<Record<LetterTone, { count: number; last: number | null }>> = {
  courtesy: { count: 0, last: null },
  friendly: { count: 0, last: null },
  firm: { count: 1, last: d(2025, 6, 16) },
  formal: { count: 2, last: d(2025, 6, 20) },
  // The formal demand of Thursday 19 June asked for payment by 26 June (+7 days): passed by 30 June.
  final: { count: 3, last: d(2025, 6, 19) },
};

/** A customer whose oldest invoice is `TONE_DAYS[tone]` days past due, with a credit note. */
export function exampleCustomer(tone: LetterTone, language: "en" | "zh"): LetterCustomer {
  const days = TONE_DAYS[tone];
  const invoices: LetterInvoice[] = [
    { invoiceNumber: "INV-2025-0398", invoiceSerial: AS_OF - days - 30, dueSerial: AS_OF - days, openCents: 1234560 },
    { invoiceNumber: "INV-2025-0412", invoiceSerial: AS_OF - days - 23, dueSerial: AS_OF - days + 7, openCents: 420000 },
  ];
  if (tone !== "courtesy")
    invoices.push({ invoiceNumber: "CN-0051", invoiceSerial: AS_OF - 12, dueSerial: AS_OF - 12, openCents: -50000 });
  return {
    name: language === "zh" ? "北京远航贸易有限公司" : "Globex Corporation",
    currency: language === "zh" ? "CNY" : "USD",
    email: language === "zh" ? "caiwu@yuanhang.example" : "ap@globex.example",
    invoices,
    remindersSent: REMINDERS[tone].count,
    lastRemindedSerial: REMINDERS[tone].last,
  };
}
