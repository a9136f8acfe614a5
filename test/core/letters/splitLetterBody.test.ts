import { isFailure } from "../../../src/core/failure";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import type { LetterInvoice } from "../../../src/core/letters/letterTypes";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { CELL_CHAR_LIMIT, splitLetterBody } from "../../../src/core/letters/splitLetterBody";
import { AS_OF, SETTINGS_EN, SETTINGS_ZH } from "./letterFixtures";

/** The body of a letter to a customer with `count` overdue invoices (long export-style numbers). */
function longLetter(count: number, language: "en" | "zh"): string {
  const invoices: LetterInvoice[] = Array.from({ length: count }, (_, i) => ({
    invoiceNumber: `INV-2025-EXPORT-${String(i + 1).padStart(6, "0")}`,
    invoiceSerial: AS_OF - 90 - (i % 60),
    dueSerial: AS_OF - 60 - (i % 60),
    openCents: 123_456 + i,
  }));
  const letter = draftLetter(
    { name: "Globex Corporation", currency: "USD", invoices },
    AS_OF,
    language === "en" ? SETTINGS_EN : SETTINGS_ZH,
  );
  if (isFailure(letter)) throw new Error(letter.message);
  return renderLetterText(letter);
}

/** Each paragraph (blank-line separated) that fits in a part lies whole inside one part. */
function expectWholeParagraphs(body: string, parts: readonly string[], limit: number): void {
  for (const paragraph of body.split("\n\n")) {
    if (paragraph.length > limit) continue;
    expect([paragraph.slice(0, 40), parts.some((part) => part.includes(paragraph))]).toEqual([paragraph.slice(0, 40), true]);
  }
}

describe("splitLetterBody", () => {
  it("a body that fits is one part, itself", () => {
    expect(splitLetterBody("Dear team,\n\nPlease pay.")).toEqual(["Dear team,\n\nPlease pay."]);
    expect(splitLetterBody("")).toEqual([""]);
    const exact = "x".repeat(CELL_CHAR_LIMIT);
    expect(splitLetterBody(exact)).toEqual([exact]);
  });

  it.each(["en", "zh"] as const)(
    "a 500-invoice letter (%s): parts fit a cell, join to the letter, cut between lines",
    (language) => {
      const body = longLetter(500, language);
      expect(body.length).toBeGreaterThan(CELL_CHAR_LIMIT);
      for (const limit of [CELL_CHAR_LIMIT, CELL_CHAR_LIMIT - 1]) {
        const parts = splitLetterBody(body, limit);
        expect(parts.length).toBeGreaterThan(1);
        for (const part of parts) expect(part.length).toBeLessThanOrEqual(limit);
        expect(parts.join("")).toBe(body);
        // Every cut is after a line break: no invoice line is torn.
        for (const part of parts.slice(0, -1)) expect(part.endsWith("\n")).toBe(true);
        // Totals, the pay-by sentence and the closing with its signature are whole, in one part.
        expectWholeParagraphs(body, parts, limit);
        const last = parts[parts.length - 1];
        expect(last.endsWith(body.slice(body.lastIndexOf("\n\n") + 2))).toBe(true); // the closing and signature
      }
    },
  );

  it("prefers paragraph breaks; cuts a paragraph longer than a part between its lines", () => {
    expect(splitLetterBody("a\n\nbb\n\ncc", 5)).toEqual(["a\n\n", "bb\n\n", "cc"]);
    const body = "head\n\n1\n2\n3\n4\n5\n6\n\ntotal";
    const parts = splitLetterBody(body, 6);
    expect(parts.join("")).toBe(body);
    expect(parts[0]).toBe("head\n\n");
    expect(parts[parts.length - 1]).toBe("total");
    expect(parts).toEqual(["head\n\n", "1\n2\n3\n", "4\n5\n", "6\n\n", "total"]);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(6);
  });

  it("a line longer than a part is cut at the limit, never inside a surrogate pair", () => {
    const body = `${"x".repeat(4)}😀${"y".repeat(4)}`; // the emoji is two UTF-16 units at 4 and 5
    const parts = splitLetterBody(body, 5);
    expect(parts).toEqual(["xxxx", "😀yyy", "y"]);
    expect(parts.join("")).toBe(body);
  });

  it("small random bodies: parts fit and join back", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 300; run++) {
      const length = Math.floor(random() * 200);
      const body = Array.from({ length }, () => (random() < 0.15 ? "\n" : "ab"[Math.floor(random() * 2)])).join("");
      const limit = 2 + Math.floor(random() * 30);
      const parts = splitLetterBody(body, limit);
      expect(parts.join("")).toBe(body);
      for (const part of parts) expect(part.length).toBeLessThanOrEqual(limit);
      expect(parts.every((part, i) => part !== "" || (i === 0 && body === ""))).toBe(true);
    }
  });

  it("refuses a limit below 2", () => {
    expect(() => splitLetterBody("abc", 1)).toThrow(RangeError);
  });
});
