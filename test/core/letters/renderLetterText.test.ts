import { isFailure } from "../../../src/core/failure";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { AS_OF, exampleCustomer, SETTINGS_EN, SETTINGS_ZH } from "./letterFixtures";

/** Width in a fixed-width font: CJK and full-width characters take two columns. */
const width = (line: string): number => [...line].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

describe("renderLetterText", () => {
  it("puts the date first, then the greeting, and the signature last, blank lines between blocks", () => {
    const letter = draftLetter(exampleCustomer("friendly", "en"), AS_OF, SETTINGS_EN);
    if (isFailure(letter)) throw new Error(letter.message);
    const text = renderLetterText(letter);
    expect(text.split("\n").slice(0, 4)).toEqual(["30 June 2025", "", "Dear Globex Corporation accounts team,", ""]);
    expect(text.endsWith("SWIFT/BIC: BARCGB22")).toBe(true);
  });

  it("right-aligns the last (numeric) column: every line of the invoice table has the same width, CJK counted double", () => {
    for (const [language, settings] of [
      ["en", SETTINGS_EN],
      ["zh", SETTINGS_ZH],
    ] as const) {
      const letter = draftLetter(exampleCustomer("firm", language), AS_OF, settings);
      if (isFailure(letter)) throw new Error(letter.message);
      const lines = renderLetterText(letter).split("\n\n")[3].split("\n"); // date, greeting, opening, table
      expect(lines).toHaveLength(3); // header + 2 invoices
      expect(new Set(lines.map(width)).size).toBe(1);
    }
  });
});
