/** Scan in the pane's two languages: the first enabled one marks the pane interactive. */
const SCAN_LABELS = new Set(["Scan", "扫描"]);

/**
 * Calls `ready` once, when the pane under `container` first shows an enabled Scan button (the
 * pane has rendered, found the ledger and accepts input). The preview measures the pane from the
 * outside, through the DOM, so the add-in needs no hook for it.
 *
 * @example
 * watchPaneReady(document.getElementById("container")!, () => console.log(performance.now()))
 */
export function watchPaneReady(container: HTMLElement, ready: () => void): void {
  const check = () => {
    const scan = [...container.querySelectorAll("button")].find(
      (b) => SCAN_LABELS.has((b.textContent ?? "").trim()) && !b.disabled && b.getAttribute("aria-disabled") !== "true",
    );
    if (!scan) return false;
    observer.disconnect();
    ready();
    return true;
  };
  const observer = new MutationObserver(() => void check());
  if (!check()) observer.observe(container, { subtree: true, childList: true, attributes: true });
}
