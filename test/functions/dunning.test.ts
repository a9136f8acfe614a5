import { dunningLevel, nextAction } from "../../src/functions/dunning";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* AR.DUNNINGLEVEL and AR.NEXTACTION as Excel calls them. AS_OF = 2025-06-30 = 45838; a due date
   d days before it is 45838 − d, so the signed days as_of − due are d.
   Standard ladder rungs (spec): −3, 1, 8, 15, 30, 45, 60, 90 → levels 1…8. */

const AS_OF = 45838;
const ago = (days: number) => AS_OF - days;

describe("AR.DUNNINGLEVEL", () => {
  test("standard ladder: −4 → 0, −3 → 1, 0 → 1, 1 → 2, 38 → 5 (rung 30), 90 → 8; blank row blank", () => {
    const due = [[ago(-4)], [ago(-3)], [ago(0)], [ago(1)], [ago(38)], [ago(90)], [null]];
    expect(dunningLevel(due, [[AS_OF]], null as never)).toEqual([[0], [1], [1], [2], [5], [8], [""]]);
  });

  test("presets by name (case and spaces ignored): five-step 1/8/15/30/60 → 38 days is level 4", () => {
    expect(dunningLevel([[ago(38), ago(60)]], [[AS_OF]], " Five-Step " as never)).toEqual([[4, 5]]);
    expect(dunningLevel([[ago(38)]], [[AS_OF]], [["30-60-90"]])).toEqual([[1]]);
  });

  test("a two-column range with a header row: 1 Email, 30 Call → 0 days 0, 38 days 2", () => {
    const ladder = [
      ["Days from due", "Action"],
      [1, "Email"],
      [30, "Call"],
    ];
    expect(dunningLevel([[ago(0)], [ago(38)]], [[AS_OF]], ladder)).toEqual([[0], [2]]);
  });

  test("an unknown preset or a descending range is #VALUE! for each row", () => {
    expect(errorOf(dunningLevel([[ago(3)]], [[AS_OF]], [["gentle"]])[0][0]).message).toContain("unknown ladder 'gentle'");
    expect(
      errorOf(
        dunningLevel(
          [[ago(3)]],
          [[AS_OF]],
          [
            [30, "Call"],
            [1, "Email"],
          ],
        )[0][0],
      ).message,
    ).toContain("must ascend");
  });

  test("as_of one per row; shapes must agree", () => {
    expect(dunningLevel([[ago(10)], [ago(10)]], [[AS_OF], [ago(9)]])).toEqual([[3], [2]]);
    expect(spillErrorOf(dunningLevel([[1], [2]], [[AS_OF, AS_OF]])).code).toBe("#VALUE!");
  });
});

describe("AR.NEXTACTION", () => {
  test("the rung's action from the spec's standard ladder; nothing below the first rung", () => {
    const due = [[ago(38)], [ago(2)], [ago(-10)], [ago(-3)]];
    expect(nextAction(due, [[AS_OF]])).toEqual([
      ["Formal demand letter with late-interest notice"],
      ["Friendly reminder email"],
      [""],
      ["Courtesy reminder that the invoice falls due soon"],
    ]);
  });

  test("status: disputed/争议 → dispute step, promised → follow-up, paid → empty", () => {
    const due = [[ago(38)], [ago(38)], [ago(38)], [ago(38)]];
    const status = [["Disputed"], ["争议"], ["promised"], ["paid"]];
    expect(nextAction(due, [[AS_OF]], null as never, status)).toEqual([
      ["Resolve the dispute; ask for payment of the undisputed part"],
      ["Resolve the dispute; ask for payment of the undisputed part"],
      ["Follow up on the promised payment date"],
      [""],
    ]);
  });

  test("a positive amount below min_amount is a small balance; amounts as text", () => {
    const out = nextAction([[ago(38)], [ago(38)]], [[AS_OF]], null as never, null as never, [["$20.00"], [1250]], [[50]]);
    expect(out).toEqual([
      ["Small balance: add to the next statement or consider writing off"],
      ["Formal demand letter with late-interest notice"],
    ]);
  });

  test("zh text for the rung and for a custom ladder's own words", () => {
    expect(nextAction([[ago(38)]], [[AS_OF]], null as never, null as never, null as never, null as never, "zh")).toEqual([
      ["发正式催款函，并告知将计收逾期利息"],
    ]);
    expect(
      nextAction(
        [[ago(5)]],
        [[AS_OF]],
        [
          [1, "Email"],
          [30, "Call"],
        ],
      ),
    ).toEqual([["Email"]]);
  });

  test("bad language is #VALUE!; an error in the due date stays in its row", () => {
    expect(
      errorOf(nextAction([[ago(5)]], [[AS_OF]], null as never, null as never, null as never, null as never, "de")[0][0]).code,
    ).toBe("#VALUE!");
    const out = nextAction([["#N/A"], [ago(2)]], [[AS_OF]]);
    expect(errorOf(out[0][0]).code).toBe("#N/A");
    expect(out[1][0]).toBe("Friendly reminder email");
  });
});
