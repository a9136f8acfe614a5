import { letterStepTone } from "../../../src/core/letters/letterStepTone";
import { AS_OF, d } from "./letterFixtures";

// As of Monday 30 June 2025, pay-by days 7.
const sent = (remindersSent: number | null, lastRemindedSerial: number | null = null) => ({
  remindersSent,
  lastRemindedSerial,
  payByDays: 7,
});

describe("letterStepTone", () => {
  it("a customer never reminded gets the friendly reminder, however old the debt", () => {
    expect(letterStepTone("final", sent(0), AS_OF)).toBe("friendly");
    expect(letterStepTone("firm", sent(null), AS_OF)).toBe("friendly");
  });

  it("each reminder recorded moves one written step: once → firm, twice → formal", () => {
    expect(letterStepTone("final", sent(1, d(2025, 6, 10)), AS_OF)).toBe("firm");
    expect(letterStepTone("final", sent(2, d(2025, 6, 10)), AS_OF)).toBe("formal");
  });

  it("a Last reminded date without a count is one reminder", () => {
    expect(letterStepTone("final", sent(null, d(2025, 6, 10)), AS_OF)).toBe("firm");
    expect(letterStepTone("final", sent(0, d(2025, 6, 10)), AS_OF)).toBe("firm");
  });

  it("the final notice only after a formal demand whose deadline has passed", () => {
    // Formal demand on 20 June: pay by 20 + 7 = 27 June < 30 June → passed.
    expect(letterStepTone("final", sent(3, d(2025, 6, 20)), AS_OF)).toBe("final");
    // Formal demand on 23 June: pay by 30 June, not yet passed on 30 June → the demand stands.
    expect(letterStepTone("final", sent(3, d(2025, 6, 23)), AS_OF)).toBe("formal");
    // Three reminders but no date in the ledger: nothing says the deadline passed.
    expect(letterStepTone("final", sent(3), AS_OF)).toBe("formal");
    expect(letterStepTone("final", sent(9, d(2025, 5, 1)), AS_OF)).toBe("final");
  });

  it("never above what the age allows, and courtesy stays courtesy", () => {
    expect(letterStepTone("friendly", sent(3, d(2025, 6, 1)), AS_OF)).toBe("friendly");
    expect(letterStepTone("firm", sent(2, d(2025, 6, 1)), AS_OF)).toBe("firm");
    expect(letterStepTone("courtesy", sent(2, d(2025, 6, 1)), AS_OF)).toBe("courtesy");
  });
});
