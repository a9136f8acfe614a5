import { escapeHtml } from "./escapeHtml";
import type { LetterModel } from "./letterTypes";
import { renderLetterHtml } from "./renderLetterHtml";
import { renderLetterText } from "./renderLetterText";

const SUBJECT_LABEL = { en: "Subject: ", zh: "主题：" } as const;

/**
 * The letter as it goes to the clipboard: the subject line first (the renderers leave it out, as an
 * email carries it apart, but a pasted letter would otherwise lose it), then the body; as plain
 * text and as an HTML fragment with the same subject line, escaped like the rest.
 *
 * @param letter - a drafted letter
 * @returns the plain text and the HTML
 * @example
 * letterClipboard(letter).text.split("\n")[0] //=> "Subject: Payment reminder: $1,234.50 overdue – Acme Ltd"
 */
export function letterClipboard(letter: LetterModel): { text: string; html: string } {
  const label = SUBJECT_LABEL[letter.language];
  return {
    text: `${label}${letter.subject}\n\n${renderLetterText(letter)}`,
    html: `<p><b>${escapeHtml(label + letter.subject)}</b></p>${renderLetterHtml(letter)}`,
  };
}
