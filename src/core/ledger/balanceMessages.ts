import { defineMessages } from "../messages/message";

/**
 * The names of the balances balances.ts defines, as every view shows them (the scan's Aging
 * column, the dashboard, the customer list), and why an as-of date looks implausible.
 */
export const BALANCE_MESSAGES = defineMessages({
  creditNote: { en: () => "Credit note", zh: () => "贷项" },
  disputed: { en: () => "Disputed", zh: () => "有争议" },
  asOfBeforeLedger: {
    en: (p: { asOf: string; first: string }) =>
      `${p.asOf} is before the ledger's first invoice date (${p.first}): every invoice would be counted as not yet issued or not yet due.`,
    zh: (p: { asOf: string; first: string }) =>
      `${p.asOf}早于台账中最早的开票日期（${p.first}），所有发票都会被视为尚未开具或尚未到期。`,
    sample: { asOf: "2020-01-01", first: "2025-01-02" },
  },
  asOfFarAfterLedger: {
    en: (p: { asOf: string; latest: string; years: number }) =>
      `${p.asOf} is more than ${p.years} years after the ledger's latest invoice date (${p.latest}): every invoice would look years overdue.`,
    zh: (p: { asOf: string; latest: string; years: number }) =>
      `${p.asOf}比台账中最晚的开票日期（${p.latest}）晚${p.years}年以上，所有发票都会显示逾期多年。`,
    sample: { asOf: "2100-01-01", latest: "2025-06-30", years: 2 },
  },
  asOfFarFromToday: {
    en: (p: { asOf: string; today: string; years: number }) =>
      `${p.asOf} is more than ${p.years} years after today (${p.today}).`,
    zh: (p: { asOf: string; today: string; years: number }) => `${p.asOf}比今天（${p.today}）晚${p.years}年以上。`,
    sample: { asOf: "2100-01-01", today: "2025-06-30", years: 2 },
  },
  asOfTooEarly: {
    en: (p: { asOf: string; earliest: string }) =>
      `${p.asOf} is before ${p.earliest}: no ledger this add-in reads goes back that far.`,
    zh: (p: { asOf: string; earliest: string }) => `${p.asOf}早于${p.earliest}，台账通常不会早到这个日期。`,
    sample: { asOf: "1900-01-01", earliest: "1980-01-01" },
  },
});
