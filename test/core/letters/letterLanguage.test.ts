import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { recognizeHeader } from "../../../src/core/ledger/headerMap";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";
import { draftLetters } from "../../../src/core/letters/draftLetters";
import { letterLanguage } from "../../../src/core/letters/letterLanguage";
import { letterRowsFromLedger } from "../../../src/core/letters/letterRowsFromLedger";
import { AS_OF, SETTINGS_EN, SETTINGS_ZH } from "./letterFixtures";

// Issue 18 item 3: a letter's language comes from the ledger's Language column when mapped, else
// the pane's letter language.
describe("letterLanguage", () => {
  it("reads English and Chinese by code or name, case and spaces ignored", () => {
    for (const en of ["en", " EN ", "English", "英文", "英语"]) expect(letterLanguage(en)).toBe("en");
    for (const zh of ["zh", "zh-CN", " ZH-cn ", "Chinese", "中文", "简体中文", "汉语"]) expect(letterLanguage(zh)).toBe("zh");
  });

  it("anything else falls back (null)", () => {
    for (const other of ["", "  ", "fr", "Français", "日本語", 1, true, null, undefined])
      expect(letterLanguage(other)).toBeNull();
  });

  it("the ledger headers that name the column", () => {
    for (const header of ["Language", "Letter language", "Lang", "语言", "语种"])
      expect(recognizeHeader(header)).toBe("language");
  });
});

describe("language per customer in the letters", () => {
  const mapping: LedgerMapping = { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3, currency: 4, language: 5 };
  // Acme asks for Chinese, Bolt for English, Cole says nothing readable: the pane's language.
  const rows: unknown[][] = [
    ["Acme", "A-1", AS_OF - 10, 1000, "USD", "中文"],
    ["Bolt", "B-1", AS_OF - 10, 2000, "USD", "English"],
    ["Cole", "C-1", AS_OF - 10, 3000, "USD", "Klingon"],
    ["Cole", "C-2", AS_OF - 12, 500, "USD", ""],
  ];
  const analysis = analyzeLedger(rows, { mapping, asOf: AS_OF });
  if (isFailure(analysis)) throw new Error(analysis.message);
  const letterRows = letterRowsFromLedger({ rows, mapping, analysis, dateSystem: 1900 });

  it("letterRowsFromLedger reads the column", () => {
    expect(letterRows.map((r) => [r.customer, r.language])).toEqual([
      ["Acme", "zh"],
      ["Bolt", "en"],
      ["Cole", null],
      ["Cole", null],
    ]);
  });

  it("each customer's letter is in its own language; the others in the pane's", () => {
    const inEnglish = draftLetters(letterRows, AS_OF, SETTINGS_EN).letters;
    expect(inEnglish.map((l) => [l.customer, l.language])).toEqual([
      ["Acme", "zh"],
      ["Bolt", "en"],
      ["Cole", "en"],
    ]);
    // Acme's letter is Chinese through and through: 1,000.00 USD written the Chinese way.
    expect(inEnglish[0].subject).toBe("付款提醒：逾期款项USD 1,000.00（Acme Components Ltd）");
    const inChinese = draftLetters(letterRows, AS_OF, SETTINGS_ZH).letters;
    expect(inChinese.map((l) => [l.customer, l.language])).toEqual([
      ["Acme", "zh"],
      ["Bolt", "en"],
      ["Cole", "zh"],
    ]);
  });

  it("without the column every letter takes the pane's language", () => {
    const plain: LedgerMapping = { ...mapping };
    delete plain.language;
    const noColumn = letterRowsFromLedger({ rows, mapping: plain, analysis, dateSystem: 1900 });
    expect(noColumn.every((r) => r.language === null)).toBe(true);
    expect(draftLetters(noColumn, AS_OF, SETTINGS_ZH).letters.map((l) => l.language)).toEqual(["zh", "zh", "zh"]);
  });
});
