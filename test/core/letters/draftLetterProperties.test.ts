import fc from "fast-check";
import { isFailure } from "../../../src/core/failure";
import { draftLetter } from "../../../src/core/letters/draftLetter";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import { AS_OF, SETTINGS_EN } from "./letterFixtures";

/** $1,234.56 written by hand (no Intl), to check the letter against. */
function usd(cents: number): string {
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${cents < 0 ? "-" : ""}$${units}.${String(abs % 100).padStart(2, "0")}`;
}

const item = fc.record({
  cents: fc.oneof(fc.integer({ min: -500000, max: 5000000 }), fc.constant(0)),
  daysPastDue: fc.integer({ min: -60, max: 120 }),
  disputed: fc.boolean(),
});

describe("draftLetter properties", () => {
  it("demands exactly the undisputed due invoices net of credit notes, and every open item appears once with its amount", () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const invoices = items.map((it, i) => ({
          invoiceNumber: `N${String(i).padStart(2, "0")}`,
          dueSerial: AS_OF - it.daysPastDue,
          openCents: it.cents,
          disputed: it.disputed,
        }));
        const open = invoices.filter((i) => i.openCents !== 0);
        const live = open.filter((i) => !i.disputed);
        const overdue = live.filter((i) => i.openCents > 0 && i.dueSerial < AS_OF);
        const upcoming = live.filter((i) => i.openCents > 0 && i.dueSerial >= AS_OF);
        const credits = live.filter((i) => i.openCents < 0);
        const table = overdue.length > 0 ? overdue : upcoming;
        const sum = (list: typeof invoices) => list.reduce((s, i) => s + i.openCents, 0);
        const demanded = sum(table) + sum(credits);

        // No small-balance threshold: every positive amount is demanded.
        const settings = { ...SETTINGS_EN, smallBalanceCents: { USD: 0 } };
        const letter = draftLetter({ name: "Globex", currency: "USD", invoices }, AS_OF, settings);
        if (table.length === 0 || demanded <= 0) {
          expect(isFailure(letter)).toBe(true);
          return;
        }
        if (isFailure(letter)) throw new Error(letter.message);
        expect(letter.totals.demandedCents).toBe(demanded);
        expect(letter.totals.openCents).toBe(sum(open));
        expect(letter.totals.lines.find((l) => l.emphasis)?.amount).toBe(usd(demanded));
        expect(letter.tone === "courtesy").toBe(overdue.length === 0);
        const lines = renderLetterText(letter).split("\n");
        for (const invoice of open) {
          const rows = lines.filter((l) => l.startsWith(invoice.invoiceNumber));
          expect(rows).toHaveLength(1);
          // Credit notes show as positive deductions (a "disputed" credit, which the ledger never yields, keeps its sign).
          expect(rows[0]).toContain(usd(invoice.disputed ? invoice.openCents : Math.abs(invoice.openCents)));
          if (!invoice.disputed) expect(rows[0]).not.toContain("-$");
        }
        for (const invoice of invoices.filter((i) => i.openCents === 0)) {
          expect(lines.some((l) => l.startsWith(invoice.invoiceNumber))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
