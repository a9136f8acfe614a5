import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { findHeaderRow } from "../../../src/core/ledger/findHeaderRow";
import type { LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";

/*
 Fixture ledger, as of 2025-06-30 (serial 45838), trailing window 90 days: start 45748 (2025-04-01,
 excluded), window = invoice dates 45749..45838. Serials: 2025-01-01 = 45658.
 row  customer   invoice  due     amount  cur  paid    status    limit   notes
  1   Acme       45800    45830   1000    USD  -       -         5000    open, 8 days overdue (1-30); in S
  2   Acme       45740    45770   2000    USD  45790   -                 paid in window, 20 days late; in B
  3   Beta       45820    45850   3000    USD  -       -         3000    open, current; in S
  4   Beta       45700    45730    500    USD  45840   -                 paid after as-of: open, 108 days (91+); in B
  5   Gamma      45760    45790   1500    USD  45800   -                 paid in window, 10 days late; in S
  6   Gamma      45810    45840   -200    USD  -       -                 open credit note, current; in S
  7   Delta      45600    45630    800    USD  -       Paid              paid status: never open, not in B
  8   Delta      45790    45820    700    USD  -       Disputed  500     open, 18 days (1-30); in S
  9   Euro GmbH  45830    45860    900    EUR  -       -                 open, current; in S (EUR)
 10   Euro GmbH  45700    45730    400    EUR  45760   -                 paid in window, 30 days late; in B (EUR)
 11   (blank)    45800    45810    999    USD  -       -                 issue: no customer
 12   Acme       45800    45830    n/a    USD  -       -                 issue: unreadable amount
 13   Epsilon    45750    45780   1200    USD  -       -                 open, 58 days (31-60); in S (45750 > 45748)
 14   Acme       45748    45778    300    USD  45760   -                 invoiced ON the start: not in S, in B; paid early
 15   Beta       45838    45868    100    USD  -       -                 invoiced ON as-of: in S; open, current
*/
export const AS_OF = 45838;

export const FIXTURE: (string | number | null)[][] = [
  ["Customer", "Invoice date", "Due date", "Amount", "Currency", "Paid date", "Status", "Credit limit"],
  ["Acme", 45800, 45830, 1000, "USD", null, null, 5000],
  ["Acme", 45740, 45770, 2000, "USD", 45790, null, null],
  ["Beta", 45820, 45850, 3000, "USD", null, null, 3000],
  ["Beta", 45700, 45730, 500, "USD", 45840, null, null],
  ["Gamma", 45760, 45790, 1500, "USD", 45800, null, null],
  ["Gamma", 45810, 45840, -200, "USD", null, null, null],
  ["Delta", 45600, 45630, 800, "USD", null, "Paid", null],
  ["Delta", 45790, 45820, 700, "USD", null, "Disputed", 500],
  ["Euro GmbH", 45830, 45860, 900, "EUR", null, null, null],
  ["Euro GmbH", 45700, 45730, 400, "EUR", 45760, null, null],
  [null, 45800, 45810, 999, "USD", null, null, null],
  ["Acme", 45800, 45830, "n/a", "USD", null, null, null],
  ["Epsilon", 45750, 45780, 1200, "USD", null, null, null],
  ["Acme", 45748, 45778, 300, "USD", 45760, null, null],
  ["Beta", 45838, 45868, 100, "USD", null, null, null],
];

/** Scans the fixture (header row 1) as the pane does. */
export function scanFixture(
  sheet: (string | number | null)[][] = FIXTURE,
  asOf = AS_OF,
): { rows: unknown[][]; analysis: LedgerAnalysis; mapping: LedgerMapping } {
  const header = findHeaderRow(sheet);
  if (isFailure(header)) throw new Error(header.message);
  const rows = sheet.slice(header.headerRowIndex + 1);
  const analysis = analyzeLedger(rows, { mapping: header.mapping, asOf });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return { rows, analysis, mapping: header.mapping };
}
