import { MAILTO_MAX_LENGTH, mailtoLink } from "../../../src/core/letters/mailtoLink";

describe("mailtoLink", () => {
  it("encodes subject and body, line breaks as %0D%0A (RFC 6068 §5), spaces as %20", () => {
    expect(mailtoLink("ap@globex.example", "Payment reminder: $1,933.67", "Dear team,\nPlease pay.\r\nThanks")).toEqual({
      href: "mailto:ap@globex.example?subject=Payment%20reminder%3A%20%241%2C933.67&body=Dear%20team%2C%0D%0APlease%20pay.%0D%0AThanks",
    });
  });

  it("joins several addresses (Outlook's ; or ,) with commas, encoding what is not @", () => {
    expect(mailtoLink(" a@x.example; b&c@y.example ,", "S", "B")).toEqual({
      href: "mailto:a@x.example,b%26c@y.example?subject=S&body=B",
    });
  });

  it("a blank address leaves the To field for the user", () => {
    expect(mailtoLink("", "S", "B")).toEqual({ href: "mailto:?subject=S&body=B" });
  });

  it("counts the encoded length: exactly the limit is a link, one more is too long", () => {
    const prefix = "mailto:?subject=S&body=".length; // 23
    expect(mailtoLink("", "S", "a".repeat(MAILTO_MAX_LENGTH - prefix))).toEqual({
      href: `mailto:?subject=S&body=${"a".repeat(1777)}`,
    });
    expect(mailtoLink("", "S", "a".repeat(MAILTO_MAX_LENGTH - prefix + 1))).toEqual({ tooLong: true, length: 1801 });
  });

  it("a Chinese character costs 9 characters encoded: 200 of them (1,800) plus the prefix is too long", () => {
    expect(mailtoLink("", "S", "催".repeat(200))).toEqual({ tooLong: true, length: 23 + 200 * 9 });
  });
});
