import { draftLetter } from "../../../src/core/letters/draftLetter";
import { isFailure } from "../../../src/core/failure";
import { letterClipboard } from "../../../src/core/letters/letterClipboard";
import { renderLetterHtml } from "../../../src/core/letters/renderLetterHtml";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { AS_OF, SETTINGS_EN, SETTINGS_ZH } from "./letterFixtures";

function letterFor(name: string, settings = SETTINGS_EN) {
  const letter = draftLetter(
    { name, currency: "USD", invoices: [{ invoiceNumber: "INV-7", dueSerial: AS_OF - 10, openCents: 123450 }] },
    AS_OF,
    settings,
  );
  if (isFailure(letter)) throw new Error(letter.message);
  return letter;
}

describe("letterClipboard", () => {
  it("puts the subject line above the body in the plain text", () => {
    const letter = letterFor("Globex");
    const { text } = letterClipboard(letter);
    expect(text).toBe(`Subject: ${letter.subject}\n\n${renderLetterText(letter)}`);
    expect(text.split("\n")[0]).toContain("$1,234.50"); // 123450 cents
  });

  it("Chinese letters get a Chinese subject label", () => {
    expect(letterClipboard(letterFor("华东贸易", SETTINGS_ZH)).text.startsWith("主题：")).toBe(true);
  });

  it("the HTML escapes markup in the subject and the body", () => {
    const { html } = letterClipboard(letterFor("<script>alert(1)</script>"));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("the HTML is the body alone: pasted into an email's body, a Subject line would be sent as part of the letter", () => {
    const letter = letterFor("Globex");
    const { html } = letterClipboard(letter);
    expect(html).toBe(renderLetterHtml(letter));
    expect(html).not.toContain("Subject");
    expect(html).not.toContain(letter.subject);
    const zh = letterClipboard(letterFor("华东贸易", SETTINGS_ZH)).html;
    expect(zh).not.toContain("主题");
  });
});
