import { buildStatements } from "../../../src/core/statements/buildStatements";
import { AS_OF, ROWS } from "./statementFixture";

describe("buildStatements (hand-worked in statementFixture.ts)", () => {
  const statements = buildStatements(ROWS, { asOfSerial: AS_OF });

  test("one statement per customer, in first-appearance order; currencies in first-appearance order", () => {
    expect(statements.map((s) => s.customer)).toEqual(["Acme Ltd", "Beta GmbH"]);
    expect(statements[0].currencies.map((c) => c.currency)).toEqual(["USD", "EUR"]);
  });

  test("USD: open items oldest due first with the running balance; the paid invoice is left out", () => {
    const usd = statements[0].currencies[0];
    expect(usd.lines.map((l) => [l.invoiceNumber, l.kind, l.daysOverdue, l.openCents, l.balanceCents])).toEqual([
      ["INV-102", "overdue", 58, 50000, 50000],
      ["CN-7", "credit", 0, -15000, 35000], // 500.00 − 150.00
      ["INV-101", "overdue", 29, 60000, 95000], // 350.00 + 600.00 (the part-paid invoice's open amount)
      ["INV-103", "current", 0, 25000, 120000], // 950.00 + 250.00
    ]);
    expect(usd.totalCents).toBe(120000);
    // Current 250, 1-30 600, 31-60 500, 61-90 0, 91+ 0; credits −150 apart.
    expect(usd.aging).toEqual({ buckets: [25000, 60000, 50000, 0, 0], disputedCents: 0, creditCents: -15000 });
  });

  test("EUR: the disputed invoice is on the statement and in the balance, in no bucket", () => {
    const eur = statements[0].currencies[1];
    expect(eur.lines.map((l) => [l.invoiceNumber, l.kind, l.balanceCents])).toEqual([
      ["E-1", "overdue", 80000],
      ["E-2", "disputed", 110000], // 800.00 + 300.00
    ]);
    expect(eur.aging).toEqual({ buckets: [0, 0, 0, 0, 80000], disputedCents: 30000, creditCents: 0 });
  });

  test("due today is current (as_of − due = 0), as on the dashboard", () => {
    expect(statements[1].currencies[0].aging.buckets).toEqual([7500, 0, 0, 0, 0]);
  });

  test("other aging edges cut other buckets", () => {
    // Edges 60/120: INV-101 (29) and INV-102 (58) both in 1-60 = 1,100.00; INV-103 current 250.00.
    const [acme] = buildStatements(ROWS, { asOfSerial: AS_OF, edges: [60, 120] });
    expect(acme.currencies[0].aging.buckets).toEqual([25000, 110000, 0, 0]);
    expect(acme.edges).toEqual([60, 120]);
  });
});
