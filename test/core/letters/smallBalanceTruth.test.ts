import { ActionCode } from "../../../src/core/dunning/actionCode";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { draftLetters } from "../../../src/core/letters/draftLetters";
import { letterRowsFromLedger } from "../../../src/core/letters/letterRowsFromLedger";
import { DEFAULT_LETTER_SETTINGS_FORM, letterSettingsFromForm } from "../../../src/core/letters/letterSettingsFromForm";
import { DEFAULT_PANE_SETTINGS } from "../../../src/excel/ledgerWorkbook";
import { scanSettingsOptions, type ScanRequestWithLimits } from "../../../src/excel/scanSettingsOptions";
import { AS_OF } from "./letterFixtures";

// One small-balance truth (issue 18 item 4): the pane's default setting (USD 50) goes to the scan
// as the pane sends it, and the letters read the scan's thresholds, so the grid's next step and
// the letters agree on which balance is small.
const ROWS = [
  ["Alpha", "USD", 256.5, AS_OF - 20],
  ["Beta", "USD", 40, AS_OF - 20],
];
const mapping = { customer: 0, currency: 1, amount: 2, dueDate: 3 };

describe("one small-balance truth", () => {
  // The thresholds exactly as the pane passes its settings to a scan.
  const options = scanSettingsOptions({
    smallBalanceByCurrency: DEFAULT_PANE_SETTINGS.smallBalanceByCurrency,
  } as ScanRequestWithLimits);
  const analysis = analyzeLedger(ROWS, { mapping, asOf: AS_OF, minAmount: DEFAULT_PANE_SETTINGS.minAmount, ...options });
  if (isFailure(analysis)) throw new Error(analysis.message);

  it("the pane's default is USD 50 (with the rest of the table)", () => {
    expect(DEFAULT_PANE_SETTINGS.smallBalanceByCurrency).toEqual(
      expect.arrayContaining([
        { currency: "USD", amount: 50 },
        { currency: "EUR", amount: 50 },
        { currency: "GBP", amount: 50 },
        { currency: "CNY", amount: 300 },
        { currency: "JPY", amount: 7500 },
      ]),
    );
  });

  it("the scan's step: 256.50 is chased, 40.00 is a small balance", () => {
    expect(analysis.rows.action[0]).not.toBe(ActionCode.smallBalance);
    expect(analysis.rows.action[1]).toBe(ActionCode.smallBalance);
  });

  it("the letters: Alpha gets one for $256.50, Beta none, with the same threshold", () => {
    const settings = letterSettingsFromForm(DEFAULT_LETTER_SETTINGS_FORM, "en", { dateSystem: 1900, analysis });
    const { letters, skipped } = draftLetters(
      letterRowsFromLedger({ rows: ROWS, mapping, analysis, dateSystem: 1900 }),
      AS_OF,
      settings,
    );
    expect(letters.map((l) => [l.customer, l.totals.demandedCents])).toEqual([["Alpha", 25650]]);
    expect(skipped).toEqual([
      {
        customer: "Beta",
        currency: "USD",
        reason: "'Beta' in USD owes $40.00, below the small-balance threshold of $50.00: no letter",
      },
    ]);
  });

  it("a scan with no per-currency thresholds (a workbook saved with []) chases both, in the grid and the letters", () => {
    const none = analyzeLedger(ROWS, {
      mapping,
      asOf: AS_OF,
      ...scanSettingsOptions({ smallBalanceByCurrency: [] } as unknown as ScanRequestWithLimits),
    });
    if (isFailure(none)) throw new Error(none.message);
    expect([none.rows.action[0], none.rows.action[1]]).toEqual([ActionCode.rung, ActionCode.rung]);
    const settings = letterSettingsFromForm(DEFAULT_LETTER_SETTINGS_FORM, "en", { dateSystem: 1900, analysis: none });
    const { letters } = draftLetters(
      letterRowsFromLedger({ rows: ROWS, mapping, analysis: none, dateSystem: 1900 }),
      AS_OF,
      settings,
    );
    expect(letters.map((l) => l.customer)).toEqual(["Alpha", "Beta"]);
  });
});
