import { isFailure } from "../../../src/core/failure";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import type { LetterModel } from "../../../src/core/letters/letterTypes";
import { renderLetterHtml } from "../../../src/core/letters/renderLetterHtml";
import { AS_OF, SETTINGS_EN } from "./letterFixtures";

const SCRIPT = `<script>alert("x")</script>`;
const IMG = `"><img src=x onerror=alert(1)>`;

function hostileLetter(): LetterModel {
  const letter = draftLetter(
    {
      name: SCRIPT,
      contact: "O'Brien & Sons",
      currency: "USD",
      invoices: [
        { invoiceNumber: IMG, dueSerial: AS_OF - 35, openCents: 100000 }, // formal: names the customer
        { invoiceNumber: `<b>bold</b>`, dueSerial: AS_OF - 40, openCents: 5000, disputed: true },
      ],
    },
    AS_OF,
    {
      ...SETTINGS_EN,
      escalation: "age",
      sender: { ...SETTINGS_EN.sender, company: `Acme <i>Ltd</i>`, email: `"x"@acme.example` },
    },
  );
  if (isFailure(letter)) throw new Error(letter.message);
  return letter;
}

describe("renderLetterHtml", () => {
  const html = renderLetterHtml(hostileLetter());

  it("shows injected markup as text", () => {
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("O&#39;Brien &amp; Sons");
    expect(html).toContain("Acme &lt;i&gt;Ltd&lt;/i&gt;");
    expect(html).toContain("&quot;x&quot;@acme.example");
  });

  it("contains no tags but its own", () => {
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(["br", "div", "p", "table", "tbody", "td", "th", "thead", "tr"]);
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
  });

  it("marks the language and right-aligns the amounts", () => {
    expect(html.startsWith('<div lang="en">')).toBe(true);
    expect(html).toContain('<td style="padding:2px 8px;text-align:right;">$1,000.00</td>');
  });

  it("every invoice and the total appear", () => {
    expect(html).toContain("$1,000.00");
    expect(html).toContain("$50.00"); // the disputed one, listed apart
    expect(html).toMatch(/<tr style="font-weight:bold;"><td[^>]*>Amount due<\/td><td[^>]*>\$1,000\.00<\/td><\/tr>/);
  });
});
