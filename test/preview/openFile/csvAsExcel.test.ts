import { csvAsExcel, excelValueFromCsv } from "./csvAsExcel";

// Serials by hand: 2025-06-30 = 45838 (DATE(2025,1,1) = 45658 + 180); 2013-05-01 = 41395;
// 2013-01-05 = 41279 (2013-01-01 = 41275, + 4).
describe("excelValueFromCsv", () => {
  test("numbers in each locale's own format", () => {
    expect(excelValueFromCsv("1,234.50", "en-US")).toBe(1234.5);
    expect(excelValueFromCsv("1.234,50", "de-DE")).toBe(1234.5);
    expect(excelValueFromCsv("1 234,50", "fr-FR")).toBe(1234.5);
    expect(excelValueFromCsv("(1,234.50)", "en-US")).toBe(-1234.5);
    expect(excelValueFromCsv("$1,234.50", "en-US")).toBe(1234.5);
    expect(excelValueFromCsv("1,234.50", "de-DE")).toBe("1,234.50"); // not a number there
  });

  test("dates in the locale's order; ISO everywhere", () => {
    expect(excelValueFromCsv("6/30/2025", "en-US")).toBe(45838);
    expect(excelValueFromCsv("30/06/2025", "en-GB")).toBe(45838);
    expect(excelValueFromCsv("30.06.2025", "de-DE")).toBe(45838);
    expect(excelValueFromCsv("2025-06-30", "zh-CN")).toBe(45838);
    expect(excelValueFromCsv("2025/6/30", "en-US")).toBe(45838);
  });

  test("US dates opened with a day/month locale: misread or left as text, as Excel does", () => {
    expect(excelValueFromCsv("1/5/2013", "en-GB")).toBe(41395); // read as 1 May, not 5 January
    expect(excelValueFromCsv("1/5/2013", "en-US")).toBe(41279);
    expect(excelValueFromCsv("1/26/2013", "en-GB")).toBe("1/26/2013");
    // Dots are no date separator in en-US: SAP's 02.06.2025 stays text there.
    expect(excelValueFromCsv("02.06.2025", "en-US")).toBe("02.06.2025");
  });

  test("text stays text", () => {
    expect(excelValueFromCsv("Acme Corp", "en-US")).toBe("Acme Corp");
    expect(excelValueFromCsv("USD 100", "en-US")).toBe("USD 100");
    expect(excelValueFromCsv("INV-1001", "en-US")).toBe("INV-1001");
    expect(excelValueFromCsv("", "en-US")).toBe("");
  });
});

describe("csvAsExcel", () => {
  test("quoted fields, a byte-order mark, semicolons and trailing blank lines", () => {
    expect(csvAsExcel('\ufeffCustomer,Amount\r\nAcme,"1,200.00"\r\n\r\n', "en-US")).toEqual([
      ["Customer", "Amount"],
      ["Acme", 1200],
    ]);
    expect(csvAsExcel("Kunde;Betrag;Fällig\nAcme;1.234,50;30.06.2025\n", "de-DE")).toEqual([
      ["Kunde", "Betrag", "Fällig"],
      ["Acme", 1234.5, 45838],
    ]);
  });
});
