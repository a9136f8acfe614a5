import { isFailure } from "../../../src/core/failure";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import { LETTER_TONES } from "../../../src/core/letters/letterTypes";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { AS_OF, exampleCustomer, SETTINGS_EN, SETTINGS_ZH } from "./letterFixtures";

// One rendered example per tone and language (10 letters). Run with PRINT_LETTERS=1 to print them:
//   PRINT_LETTERS=1 npx jest test/core/letters/examples.test.ts
describe("reminder examples", () => {
  for (const language of ["en", "zh"] as const) {
    for (const tone of LETTER_TONES) {
      it(`${language} ${tone}`, () => {
        const letter = draftLetter(exampleCustomer(tone, language), AS_OF, language === "zh" ? SETTINGS_ZH : SETTINGS_EN);
        if (isFailure(letter)) throw new Error(letter.message);
        expect(letter.tone).toBe(tone);
        expect(letter.language).toBe(language);
        const body = renderLetterText(letter);
        expect(body).toContain("INV-2025-0398");
        if (process.env.PRINT_LETTERS === "1") {
          process.stdout.write(`\n===== ${language} · ${tone} =====\nSubject: ${letter.subject}\n\n${body}\n`);
        }
      });
    }
  }
});
