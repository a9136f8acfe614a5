import { letterSignature, hasBankDetails } from "../../../src/core/letters/letterSignature";
import { letterWords } from "../../../src/core/letters/letterWords";

describe("letterSignature", () => {
  it("leaves out blank fields and the bank heading when there are no bank details", () => {
    const sender = { company: "Acme Ltd", contact: "Anna Berg", phone: " ", email: "anna@acme.example", bank: { swift: "" } };
    expect(letterSignature(sender, letterWords("en"), "en", null)).toEqual(["Anna Berg", "Acme Ltd", "Email: anna@acme.example"]);
    expect(hasBankDetails(sender)).toBe(false);
  });

  it("Chinese labels with full-width colons, and the date line last", () => {
    const sender = {
      company: "恒达公司",
      contact: "王芳",
      title: "应收账款主管",
      bank: { accountNumber: "1001 2345", swift: "ICBKCNBJSHI" },
    };
    expect(letterSignature(sender, letterWords("zh"), "zh", "2025年6月30日")).toEqual([
      "王芳，应收账款主管",
      "恒达公司",
      "",
      "收款账户：",
      "账号：1001 2345",
      "SWIFT代码：ICBKCNBJSHI",
      "",
      "2025年6月30日",
    ]);
    expect(hasBankDetails(sender)).toBe(true);
  });
});
