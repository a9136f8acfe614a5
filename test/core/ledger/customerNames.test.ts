import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { CustomerDirectory } from "../../../src/core/ledger/customerDirectory";
import { customerNameKey, isPlainName, visibleSpelling } from "../../../src/core/ledger/customerNameKey";
import type { AnalyzeLedgerOptions, LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { customerKey } from "../../../src/core/ledger/ledgerScanSettings";
import { mergedNameReadings } from "../../../src/core/ledger/mergedNameReadings";
import { groupLetterCustomers } from "../../../src/core/letters/groupLetterCustomers";

const AS_OF = 45838; // 2025-06-30
const MAPPING = { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3 };
const COMPOSED = "Caf\u00e9 Ltd"; // é as one code point
const DECOMPOSED = "Cafe\u0301 Ltd"; // e + combining acute
const ZERO_WIDTH = "Caf\u00e9\u200b Ltd";

function scan(rows: unknown[][], options: Partial<AnalyzeLedgerOptions> = {}): LedgerAnalysis {
  // Fresh strings per cell, as Office.js hands them over.
  const result = analyzeLedger(JSON.parse(JSON.stringify(rows)) as unknown[][], { mapping: MAPPING, asOf: AS_OF, ...options });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("customerNameKey", () => {
  it("keeps the old key for plain ASCII names", () => {
    for (const name of ["Acme", "  ACME Ltd ", "a-b & c (HK) #1", "", "   "])
      expect(customerNameKey(name)).toBe(name.trim().toLowerCase());
    expect(isPlainName("Acme Ltd")).toBe(true);
    expect(isPlainName("Acme  Ltd")).toBe(false);
    expect(isPlainName("Acme\tLtd")).toBe(false);
  });

  it("one key for Unicode forms, invisible characters and whitespace runs", () => {
    const key = customerNameKey(COMPOSED);
    expect(key).toBe("caf\u00e9 ltd");
    for (const name of [
      DECOMPOSED,
      ZERO_WIDTH,
      "\ufeffCAF\u00c9 LTD",
      "Caf\u00e9\u00a0Ltd", // no-break space
      "Caf\u00e9\u3000Ltd", // ideographic space
      "Caf\u00e9  \t Ltd",
      "Caf\u00ad\u00e9 Ltd", // soft hyphen
      "\u200eCaf\u00e9 Ltd\u200f", // bidi marks
      "Caf\u2060\u00e9 \u200c\u200dLtd", // word joiner, zero-width non-joiner and joiner
      "\u202aCaf\u00e9 Ltd\u202c",
      "\uff23\uff41\uff46\u00e9 Ltd", // full-width Ca f
    ])
      expect([name, customerNameKey(name)]).toEqual([name, key]);
    expect(customerKey(DECOMPOSED)).toBe(key);
    expect(customerNameKey("\u200b\u200b")).toBe("");
  });

  it("keeps different names apart", () => {
    expect(customerNameKey("Cafe Ltd")).not.toBe(customerNameKey(COMPOSED));
    expect(customerNameKey("AcmeLtd")).not.toBe(customerNameKey("Acme Ltd"));
  });

  it("shows invisible characters and combining marks in a message", () => {
    expect(visibleSpelling(ZERO_WIDTH)).toBe("Caf\u00e9\u27e8U+200B\u27e9 Ltd");
    expect(visibleSpelling(DECOMPOSED)).toBe("Cafe\u27e8U+0301\u27e9 Ltd");
    expect(visibleSpelling("Acme Ltd")).toBe("Acme Ltd");
  });
});

describe("CustomerDirectory across spellings", () => {
  it("one entity, the merge recorded; case alone is not a merge", () => {
    const directory = new CustomerDirectory(new Set());
    const a = directory.idOf(COMPOSED);
    expect(directory.idOf(DECOMPOSED)).toBe(a);
    expect(directory.idOf("caf\u00e9 ltd")).toBe(a);
    expect(directory.idOf(ZERO_WIDTH)).toBe(a);
    expect(directory.idOf("ACME")).toBe(1);
    expect(directory.idOf("acme")).toBe(1);
    expect(directory.idOf("\u200b")).toBe(-1);
    expect(directory.mergedNames()).toEqual([{ name: COMPOSED, spellings: [COMPOSED, DECOMPOSED, ZERO_WIDTH] }]);
  });
});

describe("analyzeLedger across look-alike spellings", () => {
  const rows = [
    [COMPOSED, "INV-1", AS_OF - 40, 600],
    ["Acme", "INV-9", AS_OF - 40, 50],
    [DECOMPOSED, "INV-2", AS_OF - 10, 500],
    [ZERO_WIDTH, "INV-1", AS_OF - 40, 600], // INV-1 again, in another spelling
  ];

  it("catches the duplicate invoice across spellings", () => {
    const result = scan(rows);
    expect(result.issues.map((i) => [i.rowIndex, i.code, i.firstRowIndex])).toEqual([[3, "duplicateInvoice", 0]]);
  });

  it("one customer: one credit-limit group, key account by any spelling", () => {
    const result = scan(rows, { creditLimits: new Map([[DECOMPOSED.toUpperCase(), 1000]]), keyAccounts: [ZERO_WIDTH] });
    const cafe = result.customers.filter((c) => c.customer === COMPOSED);
    expect(result.customers.map((c) => c.customer)).toEqual([COMPOSED, "Acme"]);
    expect(cafe.map((c) => [c.invoiceCount, c.open, c.creditLimit, c.keyAccount, c.reviewFlag])).toEqual([
      [2, 1100, 1000, true, true],
    ]);
  });

  it("reports the merge, with the spellings written out", () => {
    const result = scan(rows);
    expect(result.mergedNames).toEqual([{ name: COMPOSED, spellings: [COMPOSED, DECOMPOSED, ZERO_WIDTH] }]);
    const [reading] = mergedNameReadings(result.mergedNames);
    expect(reading.key).toBe("merged");
    expect(reading.en).toBe(
      "'Caf\u00e9 Ltd', 'Cafe\u27e8U+0301\u27e9 Ltd' and 'Caf\u00e9\u27e8U+200B\u27e9 Ltd' were taken as one customer, 'Caf\u00e9 Ltd' (they differ only in invisible characters, spacing or Unicode form)",
    );
    expect(reading.zh).toContain("被视为同一客户");
  });

  it("plain ASCII names merge as before and report nothing", () => {
    const result = scan([
      ["Acme", "INV-1", AS_OF - 40, 100],
      [" ACME ", "INV-2", AS_OF - 40, 100],
      ["Beta", "INV-1", AS_OF - 40, 100],
    ]);
    expect(result.customers.map((c) => [c.customer, c.invoiceCount])).toEqual([
      ["Acme", 2],
      ["Beta", 1],
    ]);
    expect(result.mergedNames).toEqual([]);
    expect(mergedNameReadings(result.mergedNames)).toEqual([]);
  });

  it("a customer cell of invisible characters alone has no customer", () => {
    const result = scan([["\u200b\u200b", "INV-1", AS_OF - 40, 100]]);
    expect(result.issues.map((i) => i.code)).toEqual(["noCustomer"]);
  });
});

describe("letters across look-alike spellings", () => {
  it("one letter for all spellings of a customer", () => {
    const groups = groupLetterCustomers(
      [COMPOSED, DECOMPOSED, ZERO_WIDTH, "\u200b"].map((customer, i) => ({
        customer,
        currency: "USD",
        dueSerial: AS_OF - 10,
        openCents: 100 * (i + 1),
      })),
      "",
      [DECOMPOSED],
    );
    expect(groups.map((g) => [g.name, g.invoices.length, g.keyAccount])).toEqual([[COMPOSED, 3, true]]);
  });
});
