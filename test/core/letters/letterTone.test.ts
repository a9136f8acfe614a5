import { LADDER_PRESETS, type Ladder } from "../../../src/core/dunning/ladderPresets";
import { letterTone } from "../../../src/core/letters/letterTone";

describe("letterTone", () => {
  it("day bands: ≤0 courtesy, 1–14 friendly, 15–29 firm, 30–44 formal, ≥45 final (edges both sides)", () => {
    const cases: [number, string][] = [
      [-30, "courtesy"],
      [0, "courtesy"],
      [1, "friendly"],
      [14, "friendly"],
      [15, "firm"],
      [29, "firm"],
      [30, "formal"],
      [44, "formal"],
      [45, "final"],
      [400, "final"],
    ];
    for (const [days, tone] of cases) expect([days, letterTone(days)]).toEqual([days, tone]);
  });

  it("standard ladder: the rung reached sets the tone; agency and legal rungs are final", () => {
    const standard = LADDER_PRESETS.standard;
    expect(letterTone(-10, standard)).toBe("courtesy"); // below the −3 rung
    expect(letterTone(-3, standard)).toBe("courtesy"); // courtesy rung
    expect(letterTone(8, standard)).toBe("friendly"); // rung 8: phone call
    expect(letterTone(20, standard)).toBe("firm"); // rung 15: second written reminder
    expect(letterTone(31, standard)).toBe("formal"); // rung 30: formal demand
    expect(letterTone(47, standard)).toBe("final"); // rung 45: final notice
    expect(letterTone(95, standard)).toBe("final"); // rung 90: legal review
  });

  it("a slow ladder holds the tone back: 30-60-90 at 50 days is still on the day-1 rung", () => {
    expect(letterTone(50, LADDER_PRESETS["30-60-90"])).toBe("friendly");
    expect(letterTone(60, LADDER_PRESETS["30-60-90"])).toBe("final");
  });

  it("a fast ladder's agency rung is final even at 30 days (five-step)", () => {
    expect(letterTone(30, LADDER_PRESETS["five-step"])).toBe("final");
    expect(letterTone(29, LADDER_PRESETS["five-step"])).toBe("firm");
  });

  it("overdue but below a custom ladder's first rung → friendly; an overdue invoice on a before-due rung → friendly", () => {
    const late: Ladder = { name: "custom", rungs: [{ daysFromDue: 5, action: "Call" }] };
    expect(letterTone(3, late)).toBe("friendly");
    expect(letterTone(-1, late)).toBe("courtesy");
    const early: Ladder = {
      name: "custom",
      rungs: [
        { daysFromDue: -7, action: "Courtesy" },
        { daysFromDue: 40, action: "Demand" },
      ],
    };
    expect(letterTone(10, early)).toBe("friendly");
    expect(letterTone(40, early)).toBe("formal");
  });
});
