/**
 * Longest mailto: link we hand to the mail app. RFC 6068 sets no limit, but the path from the
 * browser to the mail client does: Internet Explorer and the Windows URL handlers stop at 2,083
 * characters (Microsoft KB 208427), and Chrome was measured failing at about 2,000
 * (stackoverflow.com/q/4473959). 1,800 leaves room for the handler's own additions; longer bodies
 * are copied to the clipboard instead.
 */
export const MAILTO_MAX_LENGTH = 1800;

/**
 * A mailto: link (RFC 6068) with subject and body, or `tooLong` when the encoded link exceeds
 * MAILTO_MAX_LENGTH (the pane then copies the letter and says so). The length counted is the
 * percent-encoded one the mail app receives: a Chinese character takes 9 characters (%E4%BD%A0),
 * so Chinese letters usually go by clipboard. Line breaks become %0D%0A as RFC 6068 §5 asks;
 * addresses separated by `;` or `,` (Outlook writes `;`) are joined with `,`.
 *
 * @param to - the customer's email address(es), may be blank
 * @param subject - the subject line
 * @param body - the plain-text body
 * @returns `{ href }` or `{ tooLong: true, length }`
 * @example
 * mailtoLink("ap@globex.example", "Reminder", "Hello\nthere")
 * //=> { href: "mailto:ap@globex.example?subject=Reminder&body=Hello%0D%0Athere" }
 */
export function mailtoLink(to: string, subject: string, body: string): { href: string } | { tooLong: true; length: number } {
  const addresses = to
    .split(/[;,]/)
    .map((a) => a.trim())
    .filter((a) => a !== "")
    .map((a) => encodeURIComponent(a).replace(/%40/g, "@"))
    .join(",");
  const crlf = body.replace(/\r\n|\r|\n/g, "\r\n");
  const href = `mailto:${addresses}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(crlf)}`;
  return href.length > MAILTO_MAX_LENGTH ? { tooLong: true, length: href.length } : { href };
}
