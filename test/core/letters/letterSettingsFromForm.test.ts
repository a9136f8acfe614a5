import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { LADDER_PRESETS } from "../../../src/core/dunning/ladderPresets";
import {
  DEFAULT_LETTER_SETTINGS_FORM,
  letterSettingsFromForm,
  type LetterLedgerContext,
  type LetterSettingsForm,
} from "../../../src/core/letters/letterSettingsFromForm";
import { AS_OF } from "./letterFixtures";

const analysis = (() => {
  const result = analyzeLedger(
    [
      ["Acme", 100, AS_OF - 10],
      ["Globex", 200, AS_OF - 20],
    ],
    {
      mapping: { customer: 0, amount: 1, dueDate: 2 },
      asOf: AS_OF,
      keyAccounts: [" globex "],
      ladder: LADDER_PRESETS["30-60-90"],
    },
  );
  if (isFailure(result)) throw new Error(result.message);
  return result;
})();
const ledger = { dateSystem: 1904 as const, analysis };

describe("letterSettingsFromForm", () => {
  it("defaults: no option blocks, blank signature fields left out, the pane's language", () => {
    const settings = letterSettingsFromForm(DEFAULT_LETTER_SETTINGS_FORM, "zh", ledger);
    expect(settings.language).toBe("zh");
    expect(settings.sender).toEqual({
      company: "",
      contact: undefined,
      title: undefined,
      email: undefined,
      phone: undefined,
      bank: undefined,
    });
    expect(settings.lateInterest).toBeNull();
    expect(settings.paymentPlan).toBeNull();
    expect(settings.earlyPaymentDiscount).toBeNull();
    expect(settings.payByDays).toBe(7);
  });

  it("takes the scan's date system, ladder and key accounts (as the scan spelled them)", () => {
    const settings = letterSettingsFromForm(DEFAULT_LETTER_SETTINGS_FORM, "en", ledger);
    expect(settings.dateSystem).toBe(1904);
    expect(settings.ladder).toBe(analysis.context.ladder);
    expect(settings.keyAccounts).toEqual(["Globex"]);
  });

  it("the letter language wins over the pane's; fields are trimmed; bank details only when some are given", () => {
    const settings = letterSettingsFromForm(
      { ...DEFAULT_LETTER_SETTINGS_FORM, language: "en", company: " Acme Ltd ", phone: " +44 1 ", bankSwift: "BARCGB22" },
      "zh",
      ledger,
    );
    expect(settings.language).toBe("en");
    expect(settings.sender.company).toBe("Acme Ltd");
    expect(settings.sender.phone).toBe("+44 1");
    expect(settings.sender.bank).toEqual({
      accountName: undefined,
      bankName: undefined,
      accountNumber: undefined,
      swift: "BARCGB22",
    });
  });

  it("switched-on options: 9.7 % is the fraction 0.097 exactly, plan and discount as typed", () => {
    const settings = letterSettingsFromForm(
      {
        ...DEFAULT_LETTER_SETTINGS_FORM,
        lateInterest: { on: true, ratePercent: 9.7, basis: "annual", fixedFee: 40 },
        paymentPlan: { on: true, installments: 4 },
        discount: { on: true, terms: "2/10 net 30", text: " " },
        payByDays: 10,
      },
      "en",
      ledger,
    );
    // 9.7 / 100 in binary floating point is 0.09699999999999999; decimal division gives 0.097.
    expect(settings.lateInterest).toEqual({ rate: 0.097, basis: "annual", fixedFee: 40 });
    expect(settings.paymentPlan).toEqual({ installments: 4 });
    expect(settings.earlyPaymentDiscount).toEqual({ terms: "2/10 net 30", text: undefined });
    expect(settings.payByDays).toBe(10);
  });

  it("an unreadable rate becomes NaN (the letter then reports it) instead of throwing", () => {
    const settings = letterSettingsFromForm(
      { ...DEFAULT_LETTER_SETTINGS_FORM, lateInterest: { on: true, ratePercent: Number.NaN, basis: "daily", fixedFee: 0 } },
      "en",
      ledger,
    );
    expect(settings.lateInterest?.rate).toBeNaN();
  });
});

describe("letterSettingsFromForm: escalation, small balances, one letter per customer", () => {
  // The scan's context: 10.00 for every currency, USD 50.00 and CNY 300.00 of its own.
  const ledger = {
    dateSystem: 1900 as const,
    analysis: {
      context: {
        ladder: LADDER_PRESETS.standard,
        minCents: 1000,
        minCentsByCurrency: new Map([
          ["USD", 5000],
          ["CNY", 30000],
        ]),
      },
      customers: [],
    },
  } as unknown as LetterLedgerContext;

  it("defaults: escalation by steps, one letter per customer", () => {
    const settings = letterSettingsFromForm(DEFAULT_LETTER_SETTINGS_FORM, "en", ledger);
    expect(settings.escalation).toBe("steps");
    expect(settings.oneLetterPerCustomer).toBe(true);
    expect(
      letterSettingsFromForm({ ...DEFAULT_LETTER_SETTINGS_FORM, oneLetterPerCustomer: false }, "en", ledger).oneLetterPerCustomer,
    ).toBe(false);
  });

  it("the small-balance thresholds are the scan's only: USD 50.00 = 5000 cents, CNY 300.00 = 30000, others 1000", () => {
    const settings = letterSettingsFromForm(DEFAULT_LETTER_SETTINGS_FORM, "en", ledger);
    expect(settings.smallBalanceCents).toEqual({ USD: 5000, CNY: 30000 });
    expect(settings.smallBalanceDefaultCents).toBe(1000);
  });

  it("a form saved before these settings existed takes the defaults", () => {
    const old: LetterSettingsForm = { ...DEFAULT_LETTER_SETTINGS_FORM, escalation: undefined, oneLetterPerCustomer: undefined };
    const settings = letterSettingsFromForm(old, "en", ledger);
    expect(settings.escalation).toBe("steps");
    expect(settings.oneLetterPerCustomer).toBe(true);
  });
});
