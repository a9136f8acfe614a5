import { fail, failureText } from "../../../src/core/failure";
import { defineMessages, messageText, tableOf, verbatim } from "../../../src/core/messages/message";

const M = defineMessages({
  blank: {
    en: (p: { name: string }) => `${p.name} is blank`,
    zh: (p: { name: string }) => `${p.name} 为空`,
    sample: { name: "as_of" },
  },
  noLedger: { en: () => "no ledger", zh: () => "未找到台账" },
});

describe("defineMessages", () => {
  test("a maker renders both languages from the same parameters", () => {
    const message = M.blank({ name: "as_of" });
    expect(message).toEqual({ key: "blank", params: { name: "as_of" }, en: "as_of is blank", zh: "as_of 为空" });
    expect(messageText(message, "zh")).toBe("as_of 为空");
    expect(M.noLedger().en).toBe("no ledger");
  });

  test("the table stays reachable for tests that walk every key", () => {
    expect(Object.keys(tableOf(M) ?? {})).toEqual(["blank", "noLedger"]);
  });

  test("a failure keeps its English message and shows either language", () => {
    const failure = fail("missing", M.blank({ name: "as_of" }));
    expect(failure.message).toBe("as_of is blank");
    expect(failure.excelError).toBe("#N/A");
    expect(failureText(failure, "zh")).toBe("as_of 为空");
    expect(verbatim("#REF!").zh).toBe("#REF!");
  });
});
