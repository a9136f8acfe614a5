import { isScanHighlightFormula } from "../../src/excel/scanHighlights";

/* The scan's rules for Days overdue in column H (0-based 7) over rows from 2 (0-based 1): Aging is
   I, Next action J. The formulas below are typed out from the rules as the scan test shows them
   in the workbook (test/excel/scanLedger.test.ts), not produced by the code under test. */
const EN_DISPUTED = '=$J2="Resolve the dispute; ask for payment of the undisputed part"';
const EN_1_30 = `=AND(ISNUMBER($H2),$H2>=1,$H2<=30,$I2<>"Paid",$J2<>"Credit note: offset against the customer's open invoices")`;

describe("isScanHighlightFormula: the scan's own rules told from the user's", () => {
  test("the scan's formulas for that days column and first row", () => {
    expect(isScanHighlightFormula(EN_DISPUTED, 7, 1)).toBe(true);
    expect(isScanHighlightFormula(EN_1_30, 7, 1)).toBe(true);
  });

  test("as Excel may give them back: without '=', re-cased, spaced outside the texts", () => {
    expect(isScanHighlightFormula(EN_DISPUTED.slice(1), 7, 1)).toBe(true);
    expect(isScanHighlightFormula(EN_1_30.toLowerCase(), 7, 1)).toBe(true);
    const head = "=AND(ISNUMBER($H2),$H2>=1,$H2<=30,";
    expect(isScanHighlightFormula(" =AND( ISNUMBER($H2), $H2>=1, $H2<=30, " + EN_1_30.slice(head.length), 7, 1)).toBe(true);
  });

  test("a changed text inside quotes is not the scan's (spaces there count)", () => {
    expect(isScanHighlightFormula('=$J2="Resolve the  dispute; ask for payment of the undisputed part"', 7, 1)).toBe(false);
  });

  test("another days column, another first row, or the user's own rule: not the scan's", () => {
    expect(isScanHighlightFormula(EN_DISPUTED, 8, 1)).toBe(false);
    expect(isScanHighlightFormula(EN_DISPUTED, 7, 2)).toBe(false);
    expect(isScanHighlightFormula("=$E2>1000", 7, 1)).toBe(false);
    expect(isScanHighlightFormula("", 7, 1)).toBe(false);
  });

  test("a Chinese scan's rules count too (the record does not say which language wrote them)", () => {
    // zh texts: Aging 已付 for settled rows (paidLabel), the dispute and credit-note actions of fixedActionTexts.
    expect(isScanHighlightFormula('=$J2="先解决争议；无争议部分请客户先行付款"', 7, 1)).toBe(true);
    expect(
      isScanHighlightFormula('=AND(ISNUMBER($H2),$H2>=91,$I2<>"已付",$J2<>"贷项（红字发票）：冲抵该客户的未付发票")', 7, 1),
    ).toBe(true);
    // Mixed: a Chinese Paid label with the English credit-note text is no scan's rule.
    expect(
      isScanHighlightFormula(
        `=AND(ISNUMBER($H2),$H2>=91,$I2<>"已付",$J2<>"Credit note: offset against the customer's open invoices")`,
        7,
        1,
      ),
    ).toBe(false);
  });
});
