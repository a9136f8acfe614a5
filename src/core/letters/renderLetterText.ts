import { letterParts } from "./letterParts";
import type { LetterModel, LetterTable } from "./letterTypes";

/**
 * The letter body as plain text (the subject travels apart, as an email's does): paragraphs
 * separated by blank lines, tables in padded columns with amounts right-aligned. Column widths
 * count CJK characters as two, as a fixed-width font shows them.
 *
 * @param letter - a drafted letter
 * @returns the body, lines separated by "\n"
 * @example
 * renderLetterText(letter).split("\n\n")[1] //=> "Dear Globex accounts team,"   (after the date)
 */
export function renderLetterText(letter: LetterModel): string {
  // The date heads the letter on every tone, as a dated letter's does.
  const blocks: string[] = [letter.dateLine, letter.greeting, ...letter.opening];
  // A letter in several currencies: each currency's caption, tables and subtotal in turn.
  for (const part of letterParts(letter)) {
    if (part.caption !== null) blocks.push(part.caption);
    blocks.push(tableText(part.invoiceTable));
    if (part.creditNotes) blocks.push(part.creditNotes.caption, tableText(part.creditNotes.table));
    blocks.push(tableText({ columns: [], numeric: [false, true], rows: part.totals.lines.map((l) => [l.label, l.amount]) }));
    if (part.disputed) blocks.push(part.disputed.caption, tableText(part.disputed.table));
    if (part.promised) blocks.push(part.promised.caption, tableText(part.promised.table));
    if (part.notYetDue) blocks.push(part.notYetDue.caption, tableText(part.notYetDue.table));
  }
  blocks.push(...letter.paragraphs);
  for (const option of letter.options) {
    blocks.push(...option.paragraphs);
    if (option.table) blocks.push(tableText(option.table));
    blocks.push(...option.notes);
  }
  blocks.push(...letter.closingParagraphs, [letter.closing, ...letter.signature].join("\n"));
  return blocks.join("\n\n");
}

function tableText(table: LetterTable): string {
  const all = table.columns.length > 0 ? [table.columns, ...table.rows] : table.rows;
  const widths: number[] = [];
  for (const row of all) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell))));
  return all
    .map((row) =>
      row
        .map((cell, c) => {
          const pad = " ".repeat(widths[c] - displayWidth(cell));
          return table.numeric[c] ? pad + cell : cell + pad;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

// East Asian wide and full-width ranges (Unicode UAX #11, W and F), enough for Chinese text.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

function displayWidth(text: string): number {
  return [...text].length + (text.match(WIDE)?.length ?? 0);
}
