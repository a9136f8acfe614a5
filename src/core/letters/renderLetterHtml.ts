import { escapeHtml } from "./escapeHtml";
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
  const parts: string[] = [p(letter.dateLine), p(letter.greeting), ...letter.opening.map(p), tableHtml(letter.invoiceTable)];
  if (letter.creditNotes) parts.push(p(letter.creditNotes.caption), tableHtml(letter.creditNotes.table));
  const totals = letter.totals.lines.map((line) => {
    const cells = `<td style="${CELL}">${escapeHtml(line.label)}</td><td style="${CELL}text-align:right;">${escapeHtml(line.amount)}</td>`;
    return `<tr${line.emphasis ? ' style="font-weight:bold;"' : ""}>${cells}</tr>`;
  });
  parts.push(`<table ${TABLE}><tbody>${totals.join("")}</tbody></table>`);
  if (letter.disputed) parts.push(p(letter.disputed.caption), tableHtml(letter.disputed.table));
  if (letter.promised) parts.push(p(letter.promised.caption), tableHtml(letter.promised.table));
  if (letter.notYetDue) parts.push(p(letter.notYetDue.caption), tableHtml(letter.notYetDue.table));
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
