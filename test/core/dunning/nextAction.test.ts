import { languageOf } from "../../../src/core/language";
import { DunningStatus, dunningStatus } from "../../../src/core/dunning/dunningStatus";
import { LADDER_PRESETS } from "../../../src/core/dunning/ladderPresets";
import { nextAction } from "../../../src/core/dunning/nextAction";

describe("nextAction", () => {
  it("gives the rung reached with the spec's why", () => {
    // 47 days: rungs ≤ 47 are −3, 1, 8, 15, 30, 45 → level 6, rung 45.
    expect(nextAction({ signedDays: 47 })).toEqual({
      level: 6,
      action: "Final notice before third-party referral",
      reason: "47 days overdue · rung 45 of ladder standard",
    });
  });

  it("gives the courtesy rung before the due date and nothing below the first rung", () => {
    expect(nextAction({ signedDays: -2 })).toEqual({
      level: 1,
      action: "Courtesy reminder that the invoice falls due soon",
      reason: "due in 2 days · rung -3 of ladder standard",
    });
    expect(nextAction({ signedDays: -4 })).toEqual({
      level: 0,
      action: "",
      reason: "due in 4 days · before the first rung (-3) of ladder standard",
    });
    expect(nextAction({ signedDays: 0, ladder: LADDER_PRESETS["30-60-90"] })).toEqual({
      level: 0,
      action: "",
      reason: "due today · before the first rung (1) of ladder 30-60-90",
    });
    expect(nextAction({ signedDays: 1, ladder: LADDER_PRESETS["30-60-90"] }).reason).toBe(
      "1 day overdue · rung 1 of ladder 30-60-90",
    );
  });

  it("reads statuses trimmed and case-insensitively, in English and Chinese", () => {
    const dispute = "Resolve the dispute; ask for payment of the undisputed part";
    expect(nextAction({ signedDays: 47, status: " DISPUTED " }).action).toBe(dispute);
    expect(nextAction({ signedDays: 47, status: "争议" }).action).toBe(dispute);
    expect(nextAction({ signedDays: 47, status: "争议" }).reason).toBe("47 days overdue · disputed");
    expect(nextAction({ signedDays: 47, status: "Paid" }).action).toBe("");
    expect(nextAction({ signedDays: 47, status: "已付" }).action).toBe("");
    expect(nextAction({ signedDays: 47, status: "promised" }).action).toBe("Follow up on the promised payment date");
    expect(nextAction({ signedDays: 47, status: "承诺付款" }).reason).toBe("47 days overdue · payment promised");
    // The level is still the rung reached: the status changes the action, not the age.
    expect(nextAction({ signedDays: 47, status: "paid" }).level).toBe(6);
    // Unknown status text is no status.
    expect(nextAction({ signedDays: 47, status: "open" }).action).toBe("Final notice before third-party referral");
  });

  it("flags a positive amount below min_amount as a small balance, in exact cents", () => {
    const small = "Small balance: add to the next statement or consider writing off";
    expect(nextAction({ signedDays: 47, amount: 49.99, minAmount: 50 })).toEqual({
      level: 6,
      action: small,
      reason: "47 days overdue · 49.99 open, below the small-balance limit 50.00",
    });
    // 0.1 + 0.2 = 0.30000000000000004 in floats; in cents it is 30, equal to the 0.30 threshold: not small.
    expect(nextAction({ signedDays: 47, amount: 0.1 + 0.2, minAmount: 0.3 }).action).toBe(
      "Final notice before third-party referral",
    );
    expect(nextAction({ signedDays: 47, amount: 50, minAmount: 50 }).action).not.toBe(small);
    expect(nextAction({ signedDays: 47, amount: -5, minAmount: 50 }).action).not.toBe(small);
    expect(nextAction({ signedDays: 47, amount: 0, minAmount: 50 }).action).not.toBe(small);
    // A dispute outranks the small balance.
    expect(nextAction({ signedDays: 47, amount: 10, minAmount: 50, status: "disputed" }).action).toMatch(/^Resolve the dispute/);
  });

  it("never dunns a credit note: a negative amount reaches no rung and is applied, whatever its age or status", () => {
    const apply = {
      level: 0,
      action: "Credit note: offset against the customer's open invoices",
      reason: "credit note · nets against the customer",
    };
    // 20 days past its date (the "credit note 20 days overdue"), and 95 days for a key account
    expect(nextAction({ signedDays: 20, amount: -200 })).toEqual(apply);
    expect(nextAction({ signedDays: 95, amount: -0.01, keyAccount: true })).toEqual(apply);
    // a credit note flagged disputed is still a credit; one with a paid status is settled
    expect(nextAction({ signedDays: 20, amount: -200, status: "Disputed" })).toEqual(apply);
    expect(nextAction({ signedDays: 20, amount: -200, status: "Paid" }).action).toBe("");
  });

  it("turns agency and legal rungs into an executive call for key accounts only", () => {
    const exec = "Executive call between the two companies";
    expect(nextAction({ signedDays: 60, keyAccount: true }).action).toBe(exec);
    expect(nextAction({ signedDays: 95, keyAccount: true })).toEqual({
      level: 8,
      action: exec,
      reason: "95 days overdue · rung 90 of ladder standard · key account",
    });
    expect(nextAction({ signedDays: 59, keyAccount: true }).action).toBe("Final notice before third-party referral");
    expect(nextAction({ signedDays: 60 }).action).toBe("Refer to collection agency or credit insurer");
    expect(nextAction({ signedDays: 30, keyAccount: true, ladder: LADDER_PRESETS["five-step"] }).action).toBe(exec);
  });

  it("speaks Chinese", () => {
    expect(nextAction({ signedDays: 47, language: "zh" })).toEqual({
      level: 6,
      action: "发最后通知：逾期不付将移交第三方催收",
      reason: "逾期47天 · “标准”阶梯：逾期第45天档",
    });
    expect(nextAction({ signedDays: -1, language: "zh" }).reason).toBe("1天后到期 · “标准”阶梯：到期前3天档");
    expect(nextAction({ signedDays: 3, status: "争议", language: "zh" }).action).toBe("先解决争议；无争议部分请客户先行付款");
    expect(nextAction({ signedDays: 3, status: "承诺付款", language: "zh" }).action).toBe("按客户承诺的付款日跟进回款");
    expect(nextAction({ signedDays: 3, amount: 1, minAmount: 5, language: "zh" }).action).toBe(
      "小额余款：并入下期对账单，或考虑核销",
    );
    expect(nextAction({ signedDays: 61, keyAccount: true, language: "zh" }).action).toBe("安排双方公司高层直接沟通");
    expect(nextAction({ signedDays: 0, language: "zh" }).reason).toBe("今天到期 · “标准”阶梯：到期前3天档");
  });
});

describe("dunningStatus and languageOf", () => {
  it("classifies status cells", () => {
    expect(dunningStatus("  Dispute")).toBe(DunningStatus.disputed);
    expect(dunningStatus("")).toBe(DunningStatus.none);
    expect(dunningStatus(3)).toBe(DunningStatus.none);
  });

  it("reads zh variants as Chinese, anything else as English", () => {
    expect(languageOf("ZH-cn")).toBe("zh");
    expect(languageOf("fr")).toBe("en");
    expect(languageOf(null)).toBe("en");
  });
});
