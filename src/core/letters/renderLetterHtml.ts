import { escapeHtml } from "./escapeHtml";
import { letterParts } from "./letterParts";
import type { LetterModel, LetterTable } from "./letterTypes";

const CELL = "padding:2px 8px;";
const TABLE = 'style="border-collapse:collapse;margin:8px 0;"';

/**
 * The letter body as an HTML fragment for an email or the clipboard: paragraphs, tables with
 * inline styles (mail clients drop style sheets), and no colours of its own so it reads in dark
 * mode. Every interpolated string is escaped (& < > " '), so customer or invoice data containing
 * markup shows as text and never runs.
 *
 * @param letter - a drafted letter
 * @returns the HTML fragment
 * @example
 * renderLetterHtml(letter).startsWith('<div lang="zh-CN">') //=> true   (a Chinese letter)
 */
export function renderLetterHtml(letter: LetterModel): string {
  const parts: string[] = [p(letter.dateLine), p(letter.greeting), ...letter.opening.map(p)];
  // A letter in several currencies: each currency's caption, tables and subtotal in turn.
  for (const part of letterParts(letter)) {
    if (part.caption !== null) parts.push(p(part.caption));
    parts.push(tableHtml(part.invoiceTable));
    if (part.creditNotes) parts.push(p(part.creditNotes.caption), tableHtml(part.creditNotes.table));
    const totals = part.totals.lines.map((line) => {
      const cells = `<td style="${CELL}">${escapeHtml(line.label)}</td><td style="${CELL}text-align:right;">${escapeHtml(line.amount)}</td>`;
      return `<tr${line.emphasis ? ' style="font-weight:bold;"' : ""}>${cells}</tr>`;
    });
    parts.push(`<table ${TABLE}><tbody>${totals.join("")}</tbody></table>`);
    if (part.disputed) parts.push(p(part.disputed.caption), tableHtml(part.disputed.table));
    if (part.promised) parts.push(p(part.promised.caption), tableHtml(part.promised.table));
    if (part.notYetDue) parts.push(p(part.notYetDue.caption), tableHtml(part.notYetDue.table));
  }
  parts.push(...letter.paragraphs.map(p));
  for (const option of letter.options) {
    parts.push(...option.paragraphs.map(p));
    if (option.table) parts.push(tableHtml(option.table));
    parts.push(...option.notes.map(p));
  }
  parts.push(...letter.closingParagraphs.map(p));
  parts.push(`<p>${[letter.closing, ...letter.signature].map(escapeHtml).join("<br>")}</p>`);
  return `<div lang="${letter.language === "zh" ? "zh-CN" : "en"}">${parts.join("")}</div>`;
}

function p(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

function tableHtml(table: LetterTable): string {
  const align = (c: number): string => (table.numeric[c] ? "text-align:right;" : "text-align:left;");
  const head = table.columns
    .map((col, c) => `<th style="${CELL}${align(c)}border-bottom:1px solid;">${escapeHtml(col)}</th>`)
    .join("");
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, c) => `<td style="${CELL}${align(c)}">${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("");
  return `<table ${TABLE}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
