/**
 * @jest-environment jsdom
 */
import fc from "fast-check";
import { isFailure } from "../../src/core/failure";
import { draftLetter } from "../../src/core/letters/draftLetter";
import { mailtoLink } from "../../src/core/letters/mailtoLink";
import { renderLetterHtml } from "../../src/core/letters/renderLetterHtml";
import { renderLetterText } from "../../src/core/letters/renderLetterText";
import type { LetterCustomer, LetterModel, LetterSettings } from "../../src/core/letters/letterTypes";

/* Letters carry ledger text (customer names, invoice numbers, emails) and settings text (sender,
   bank) into HTML and mailto links. Whatever those hold, the HTML must parse to no active content
   (no script/iframe/img/object, no on* attribute, no javascript: URL) and must still show the text
   itself, character for character; a mailto link must not gain headers or recipients. */

const AS_OF = 45838; // 2025-06-30
const ATTACKS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</td></tr></table><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">pay</a>',
  "Tom & Jerry's <Ltd>",
  '=HYPERLINK("http://evil.example","click")',
  "@SUM(1+1)",
  "😀 شركة الأمل \u202Egnp.exe",
  "x".repeat(10_000),
];
const hostile = fc.oneof(
  fc.constantFrom(...ATTACKS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

const SETTINGS = (company: string, bankName: string): LetterSettings => ({
  language: "en",
  sender: {
    company,
    contact: "A. Berg",
    email: "ar@acme.example",
    bank: { accountName: company, bankName, accountNumber: "GB29 0000" },
  },
});

function letterFor(name: string, invoiceNumber: string, company: string, bankName: string): LetterModel {
  const customer: LetterCustomer = {
    name,
    currency: "USD",
    email: "ap@customer.example",
    invoices: [{ invoiceNumber, invoiceSerial: AS_OF - 70, dueSerial: AS_OF - 40, openCents: 123_456 }],
  };
  const letter = draftLetter(customer, AS_OF, SETTINGS(company, bankName));
  if (isFailure(letter)) throw new Error(letter.message);
  return letter;
}

/** Active content in parsed HTML, as a list of findings. */
function activeContent(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    if (
      ["script", "iframe", "img", "object", "embed", "svg", "math", "form", "input", "link", "meta", "style", "base"].includes(
        tag,
      )
    )
      found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith("on")) found.push(`${tag}[${attr.name}]`);
      if (/^\s*javascript:/i.test(attr.value)) found.push(`${tag}[${attr.name}=javascript:]`);
    }
  }
  return found;
}

const textOf = (html: string): string =>
  new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body.textContent ?? "";
// HTML collapses whitespace and drops some control characters: compare on visible characters.
const visible = (s: string): string => s.replace(/[\s\p{Cc}]+/gu, "");

test.each(ATTACKS.map((a) => [a.slice(0, 40), a]))(
  "known attack %s in every text field: no active content, text kept",
  (_n, attack) => {
    const letter = letterFor(attack, attack, attack, attack);
    const html = renderLetterHtml(letter);
    expect(activeContent(html)).toEqual([]);
    expect(visible(textOf(html))).toContain(visible(attack));
    expect(renderLetterText(letter)).toContain(attack);
  },
);

test("property: random names, invoice numbers and sender texts never make active HTML and are never lost", () => {
  fc.assert(
    fc.property(hostile, hostile, hostile, hostile, (name, invoice, company, bank) => {
      fc.pre(name.trim() !== "" && company.trim() !== "");
      const letter = letterFor(name, invoice, company, bank);
      const html = renderLetterHtml(letter);
      expect(activeContent(html)).toEqual([]);
      const shown = visible(textOf(html));
      for (const s of [name.trim(), invoice.trim()]) expect(shown).toContain(visible(s));
    }),
    { numRuns: 100, seed: 20251123 },
  );
});

test("mailto: hostile recipients and subjects cannot add headers or recipients", () => {
  const link = mailtoLink(
    "ap@x.example?cc=evil@y.example&bcc=z@y.example",
    "Hi&bcc=evil@y.example",
    "line1\nline2&to=evil@y.example",
  );
  expect("href" in link).toBe(true);
  const href = (link as { href: string }).href;
  const [target, query] = href.replace(/^mailto:/, "").split("?");
  expect(target).not.toMatch(/[?&]/);
  const params = new URLSearchParams(query);
  expect([...params.keys()]).toEqual(["subject", "body"]);
  expect(params.get("subject")).toBe("Hi&bcc=evil@y.example");
  expect(params.get("body")).toBe("line1\r\nline2&to=evil@y.example");
  expect(decodeURIComponent(target)).toBe("ap@x.example?cc=evil@y.example&bcc=z@y.example");
});
