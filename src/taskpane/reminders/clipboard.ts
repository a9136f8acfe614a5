/**
 * The pane's way out to the clipboard and the mail app, in one object so tests can replace or spy
 * on it (`jest.spyOn(reminderClipboard, "writeText")`) instead of faking browser globals.
 */
export interface ReminderClipboard {
  /** Copies plain text. */
  writeText(text: string): Promise<void>;
  /**
   * Copies HTML with a plain-text alternative where the browser offers ClipboardItem, else the
   * plain text only; says which went.
   */
  writeHtml(html: string, text: string): Promise<"html" | "text">;
  /** Hands a mailto: link to the mail app. */
  openMailto(href: string): void;
}

export const reminderClipboard: ReminderClipboard = {
  async writeText(text) {
    await navigator.clipboard.writeText(text);
  },
  async writeHtml(html, text) {
    if (typeof ClipboardItem !== "undefined" && typeof navigator.clipboard.write === "function") {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return "html";
    }
    await navigator.clipboard.writeText(text);
    return "text";
  },
  openMailto(href) {
    // A new browsing context: navigating the pane itself to mailto: can blank it in some Office hosts.
    window.open(href, "_blank");
  },
};
