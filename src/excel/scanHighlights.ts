import { FIXED_ACTION_TEXTS } from "../core/dunning/fixedActionTexts";
import type { Language } from "../core/language";
import { formulaText } from "../core/report/formulaText";
import { columnLetters } from "./a1Address";
import { HIGHLIGHT_FILLS, HIGHLIGHT_ORDER, type HighlightBand } from "./ledgerWorkbook";
import { paidText, RESULT_HEADERS } from "./resultColumns";

// The bands and their fills are part of the port (the pane's legend shows them); re-exported here
// beside the rules that paint them.
export { HIGHLIGHT_FILLS, HIGHLIGHT_ORDER, type HighlightBand };

export interface HighlightRule {
  readonly band: HighlightBand;
  readonly formula: string;
  readonly fill: string;
}

/**
 * The conditional-format rules for a highlight range whose first data row is `firstRow` (0-based):
 * formulas relative to that row and absolute on the result columns, keyed to `Days overdue`
 * (1–30, 31–60, 61–90, 91+), skipping settled rows (Aging shows Paid) and credit notes, and
 * purple where the Next action is the dispute action.
 *
 * @param daysColumn - 0-based sheet column of Days overdue; Aging and Next action follow it
 * @example
 * highlightRules(8, 1, "en")[1].formula //=> '=AND(ISNUMBER($I2),$I2>=91,$J2<>"Paid",$K2<>"Credit note: offset against the customer\'s open invoices")'
 */
export function highlightRules(daysColumn: number, firstRow: number, language: Language): HighlightRule[] {
  const row = firstRow + 1;
  const days = `$${columnLetters(daysColumn)}${row}`;
  const aging = `$${columnLetters(daysColumn + 1)}${row}`;
  const action = `$${columnLetters(daysColumn + 2)}${row}`;
  // Settled rows (Aging "Paid") and credit notes are not overdue debts, whatever their day count.
  const open = `${aging}<>${formulaText(paidText(language))},${action}<>${formulaText(FIXED_ACTION_TEXTS.creditNote[language])}`;
  const band = (lo: number, hi?: number) =>
    `=AND(ISNUMBER(${days}),${days}>=${lo}${hi === undefined ? "" : `,${days}<=${hi}`},${open})`;
  const formulas: Record<HighlightBand, string> = {
    disputed: `=${action}=${formulaText(FIXED_ACTION_TEXTS.disputed[language])}`,
    days91: band(91),
    days61: band(61, 90),
    days31: band(31, 60),
    days1: band(1, 30),
  };
  return HIGHLIGHT_ORDER.map((b) => ({ band: b, formula: formulas[b], fill: HIGHLIGHT_FILLS[b] }));
}

/** A rule formula as compared: no leading "=", no spaces outside text, case folded (Excel may re-case it). */
function normalFormula(formula: string): string {
  return formula
    .trim()
    .replace(/^=/, "")
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/\s+/g, "") : part))
    .join('"')
    .toUpperCase();
}

/**
 * Whether a conditional format's rule formula is one the scan writes for this days column and
 * first row, in any language: how a scan's formats are told from the user's when their ids were
 * never recorded. The formulas name the result columns absolutely and the row relatively, so a
 * user's own rule matches only by copying one of them exactly.
 *
 * @param daysColumn - 0-based sheet column of Days overdue
 * @param firstRow - 0-based first row of the highlight range
 * @example
 * isScanHighlightFormula('=$J2="Resolve the dispute; ask for payment of the undisputed part"', 7, 1) //=> true
 */
export function isScanHighlightFormula(formula: string, daysColumn: number, firstRow: number): boolean {
  const wanted = normalFormula(formula);
  return (Object.keys(RESULT_HEADERS) as Language[]).some((language) =>
    highlightRules(daysColumn, firstRow, language).some((rule) => normalFormula(rule.formula) === wanted),
  );
}
