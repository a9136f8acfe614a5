import { isFailure } from "../../../src/core/failure";
import { parseLadderTable } from "../../../src/core/dunning/parseLadderTable";
import type { Ladder } from "../../../src/core/dunning/ladderPresets";

function ok(table: unknown[][], name?: string): Ladder {
  const ladder = parseLadderTable(table, name);
  if (isFailure(ladder)) throw new Error(ladder.message);
  return ladder;
}

describe("parseLadderTable", () => {
  it("reads days | action rows, numbers or numeric text, trimming actions", () => {
    const ladder = ok(
      [
        [-5, " Heads-up call "],
        ["10", "Email"],
        [40, "Letter"],
      ],
      "mine",
    );
    expect(ladder.name).toBe("mine");
    expect(ladder.rungs).toEqual([
      { daysFromDue: -5, action: "Heads-up call" },
      { daysFromDue: 10, action: "Email" },
      { daysFromDue: 40, action: "Letter" },
    ]);
  });

  it("skips a header row naming days and blank rows, reads a third Chinese column", () => {
    const ladder = ok([
      ["Days from due", "Action"],
      ["", ""],
      [1, "Email", "发邮件"],
      [null, null],
    ]);
    expect(ladder.name).toBe("custom");
    expect(ladder.rungs).toEqual([{ daysFromDue: 1, action: "Email", actionZh: "发邮件" }]);
  });

  it("recognises agency and legal rungs by their words, not a mere threat of referral", () => {
    const ladder = ok([
      [30, "Final notice before third-party referral"],
      [60, "Hand over to a debt collector"],
      [75, "Refer to collection agency"],
      [90, "Instruct lawyers"],
      [120, "提起诉讼"],
    ]);
    expect(ladder.rungs.map((r) => r.escalation)).toEqual([undefined, "agency", "agency", "legal", "legal"]);
  });

  it("refuses days that do not ascend strictly", () => {
    const result = parseLadderTable([
      [1, "Email"],
      [1, "Call"],
    ]);
    expect(isFailure(result) && result.message).toBe("ladder days must ascend (e.g. 1, 8, 15, 30); row 2 has 1 after 1");
    expect(
      isFailure(
        parseLadderTable([
          [30, "Letter"],
          [8, "Call"],
        ]),
      ),
    ).toBe(true);
  });

  it("refuses unreadable days, fractional days, blank actions and empty tables", () => {
    const text = parseLadderTable([
      [1, "Email"],
      ["thirty", "Call"],
    ]);
    expect(isFailure(text) && text.message).toBe("ladder row 2: cannot read 'thirty' as days from due (e.g. -3, 1, 30)");
    expect(isFailure(parseLadderTable([[1.5, "Email"]]))).toBe(true);
    const blank = parseLadderTable([[1, "  "]]);
    expect(isFailure(blank) && blank.message).toBe("ladder row 1: the action for day 1 is blank");
    const empty = parseLadderTable([]);
    expect(isFailure(empty) && empty.code).toBe("missing");
    // A first row that is not a header ("abc" names no days) is an error, not silently skipped.
    expect(
      isFailure(
        parseLadderTable([
          ["abc", "x"],
          [1, "Email"],
        ]),
      ),
    ).toBe(true);
  });
});

describe("parseLadderTable over a used part or a whole column (issue #17)", () => {
  it("takes the first non-blank row as the header, below empty rows", () => {
    const ladder = ok([
      [null, null],
      ["", ""],
      ["Days from due", "Action"],
      [1, "Email"],
      [30, "Call"],
    ]);
    expect(ladder.rungs).toEqual([
      { daysFromDue: 1, action: "Email" },
      { daysFromDue: 30, action: "Call" },
    ]);
  });

  it("a header-like text after the first non-blank row is an error, not a header", () => {
    const ladder = parseLadderTable([
      [1, "Email"],
      ["Days", "Action"],
    ]);
    expect(isFailure(ladder) && ladder.message).toBe("ladder row 2: cannot read 'Days' as days from due (e.g. -3, 1, 30)");
  });

  it("numbers rows from firstRow: the sheet row of the table's first row", () => {
    // Table starts at sheet row 3: its third row is sheet row 5.
    const ladder = parseLadderTable(
      [
        ["Days", "Action"],
        [1, "Email"],
        [30, ""],
      ],
      "custom",
      3,
    );
    expect(isFailure(ladder) && ladder.message).toBe("ladder row 5: the action for day 30 is blank");
  });

  it("skips rows of 0s (empty rows as older desktop builds pass them); day 0 with an action is a rung", () => {
    const ladder = ok([
      [0, "Courtesy call on the due date"],
      [14, "Email"],
      [0, 0],
      [0, 0],
    ]);
    expect(ladder.rungs).toEqual([
      { daysFromDue: 0, action: "Courtesy call on the due date" },
      { daysFromDue: 14, action: "Email" },
    ]);
  });
});
