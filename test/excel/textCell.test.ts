import { safeText } from "../../src/excel/textCell";

describe("safeText (formula-injection guard)", () => {
  test.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    // A leading apostrophe would be swallowed as Excel's quote prefix: doubled, it survives.
    ["'quoted", "''quoted"],
  ])("%j is written with a quote prefix", (text, written) => {
    expect(safeText(text)).toBe(written);
  });

  test.each(["Acme", "", "1-30", "a=b", " =x", "逾期47天"])("%j is written as it is", (text) => {
    expect(safeText(text)).toBe(text);
  });
});
