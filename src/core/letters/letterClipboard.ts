import type { LetterModel } from "./letterTypes";
import { renderLetterHtml } from "./renderLetterHtml";
import { renderLetterText } from "./renderLetterText";

const SUBJECT_LABEL = { en: "Subject: ", zh: "主题：" } as const;

/**
 * The letter as it goes to the clipboard. The plain text opens with the subject line (the renderers
 * leave it out, as an email carries it apart, but a pasted text would otherwise lose it). The HTML
 * is the body alone: it is pasted into an email's body, whose subject is a field of its own, so a
 * "Subject:" line there would be sent as part of the letter.
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
    html: renderLetterHtml(letter),
  };
}
