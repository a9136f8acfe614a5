import { quoteSheetName } from "../../../src/core/report/quoteSheetName";

test("sheet names are quoted, apostrophes doubled", () => {
  expect(quoteSheetName("Ledger")).toBe("'Ledger'");
  expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
  expect(quoteSheetName("AR Summary")).toBe("'AR Summary'");
  expect(quoteSheetName("''")).toBe("''''''");
  expect(quoteSheetName("应收账款")).toBe("'应收账款'");
});
