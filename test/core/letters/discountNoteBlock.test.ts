import { isFailure } from "../../../src/core/failure";
import { discountNoteBlock } from "../../../src/core/letters/discountNoteBlock";
import { letterWords } from "../../../src/core/letters/letterWords";

describe("discountNoteBlock", () => {
  it("writes the terms out in the letter's language", () => {
    const en = discountNoteBlock({ terms: "2/10 net 30" }, letterWords("en"));
    const zh = discountNoteBlock({ terms: "1.5/15 net 45" }, letterWords("zh"));
    expect(!isFailure(en) && en.paragraphs[0]).toBe(
      "A note for future orders: our terms allow you to deduct 2% when you pay within 10 days of the invoice date; otherwise the full amount is due within 30 days.",
    );
    expect(!isFailure(zh) && zh.paragraphs[0]).toBe(
      "另提示：今后的订单自开票之日起15天内付款，可享受1.5%的现金折扣；否则应于45天内付清全款。",
    );
  });

  it("uses the own text when the terms carry no discount or are absent", () => {
    const own = discountNoteBlock({ terms: "Net 30", text: "Pay within 10 days for 2% off." }, letterWords("en"));
    expect(!isFailure(own) && own.paragraphs[0]).toBe("Pay within 10 days for 2% off.");
  });

  it("unreadable terms without a text, or nothing at all, are failures", () => {
    expect(isFailure(discountNoteBlock({ terms: "whenever" }, letterWords("en")))).toBe(true);
    expect(isFailure(discountNoteBlock({ terms: "Net 30" }, letterWords("en")))).toBe(true);
    expect(isFailure(discountNoteBlock({}, letterWords("en")))).toBe(true);
  });
});
