/* global document, getComputedStyle */
// What a 320 px task pane shows that does not fit: read from the DOM of the preview page, whose
// #pane is 320 px wide like Excel's narrowest task pane.

/**
 * The pane's horizontal overflow: its scroll width against its client width, and the visible
 * elements that reach past its edges (those clipped inside their own horizontally scrolling
 * container, such as a wide table's wrapper, are fine and left out).
 */
export async function paneOverflow(page) {
  return page.evaluate(() => {
    const pane = document.getElementById("pane");
    const box = pane.getBoundingClientRect();
    const left = box.left + pane.clientLeft;
    const right = left + pane.clientWidth;
    const scrolls = (el) => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(el).overflowX);
    const container = document.getElementById("container");
    /** Inside an element that scrolls or clips horizontally and itself fits the pane. */
    const clipped = (el) => {
      for (let up = el.parentElement; up && up !== container; up = up.parentElement) {
        if (!scrolls(up)) continue;
        const r = up.getBoundingClientRect();
        return r.left >= left - 0.5 && r.right <= right + 0.5;
      }
      return false;
    };
    const offenders = [];
    for (const el of container.querySelectorAll("*")) {
      // Fluent UI's focus sentinels (tabster) sit off-screen on purpose and take no room.
      if (el.getClientRects().length === 0 || el.closest("[hidden]") || el.hasAttribute("data-tabster-dummy")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right <= right + 0.5 && r.left >= left - 0.5) continue;
      if (clipped(el)) continue;
      const label = (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 40);
      offenders.push(
        `<${el.tagName.toLowerCase()} class="${String(el.className).slice(0, 30)}"> "${label}" spans ${Math.round(r.left - left)}…${Math.round(r.right - left)} px`,
      );
    }
    return { width: pane.clientWidth, scrollWidth: pane.scrollWidth, offenders };
  });
}
