import { DEFAULT_LADDER, LADDER_PRESETS } from "../../../src/core/dunning/ladderPresets";

// The rungs as the spec (functions.md, "Dunning and risk") lists them, copied by hand.
const SPEC: Record<string, [number, string][]> = {
  standard: [
    [-3, "Courtesy reminder that the invoice falls due soon"],
    [1, "Friendly reminder email"],
    [8, "Phone call from the account manager"],
    [15, "Second written reminder"],
    [30, "Formal demand letter with late-interest notice"],
    [45, "Final notice before third-party referral"],
    [60, "Refer to collection agency or credit insurer"],
    [90, "Legal action review"],
  ],
  "five-step": [
    [1, "Automatic reminder"],
    [8, "Friendly call"],
    [15, "Written notice"],
    [30, "Third-party collection"],
    [60, "Legal action"],
  ],
  "15-30-45": [
    [1, "Written reminder"],
    [30, "Formal demand letter"],
    [45, "Refer to collection agency"],
  ],
  "30-60-90": [
    [1, "Written reminder"],
    [60, "Phone collection call"],
    [90, "Refer to collection agency"],
  ],
};

describe("LADDER_PRESETS", () => {
  it.each(Object.keys(SPEC))("%s has the spec's day counts and English texts", (name) => {
    const ladder = LADDER_PRESETS[name as keyof typeof LADDER_PRESETS];
    expect(ladder.name).toBe(name);
    expect(ladder.rungs.map((r) => [r.daysFromDue, r.action])).toEqual(SPEC[name]);
  });

  it("gives every rung a Chinese text with Chinese characters", () => {
    for (const ladder of Object.values(LADDER_PRESETS)) {
      for (const rung of ladder.rungs) expect(rung.actionZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("marks exactly the agency and legal rungs as escalations", () => {
    const marked = Object.fromEntries(
      Object.values(LADDER_PRESETS).map((l) => [
        l.name,
        l.rungs.filter((r) => r.escalation).map((r) => `${r.daysFromDue}:${r.escalation}`),
      ]),
    );
    expect(marked).toEqual({
      standard: ["60:agency", "90:legal"],
      "five-step": ["30:agency", "60:legal"],
      "15-30-45": ["45:agency"],
      "30-60-90": ["90:agency"],
    });
  });

  it("uses standard as the default", () => {
    expect(DEFAULT_LADDER.name).toBe("standard");
  });
});
