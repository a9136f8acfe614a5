/* global document, getComputedStyle */
// Reading the preview's grid the way a person sees it: cell texts and painted colours from the DOM
// (td[data-cell="A1"] in table#grid), never from the add-in's or the host's objects.

/** Texts of columns `letters` for rows 1..n of the active sheet: [{ row, A: "…", … , fill }]. */
export async function readRows(page, letters) {
  return page.evaluate((cols) => {
    const table = document.getElementById("grid");
    const rows = [];
    for (const tr of table.tBodies[0].rows) {
      const row = Number(tr.cells[0].textContent);
      const item = { row };
      for (const col of cols) {
        const td = table.querySelector(`td[data-cell="${col}${row}"]`);
        item[col] = td ? td.textContent : "";
      }
      item.fill = getComputedStyle(table.querySelector(`td[data-cell="A${row}"]`)).backgroundColor;
      rows.push(item);
    }
    return rows;
  }, letters);
}

/** The text of one cell of the active sheet. */
export async function cellText(page, address) {
  return page.locator(`#grid td[data-cell="${address}"]`).innerText();
}

/** "#FF8F8F" → "rgb(255, 143, 143)", as getComputedStyle reports colours. */
export function rgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Whole days from ISO date `from` to ISO date `to` (UTC calendar arithmetic). */
export function daysBetween(from, to) {
  const t = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((t(to) - t(from)) / 86_400_000);
}

/** Relative luminance (sRGB, ITU-R BT.709 weights, no gamma) of "rgb(r, g, b)". */
export function luminance(color) {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/**
 * Presses Tab until `target` (a locator) has focus; returns how many presses it took. Only the
 * keyboard moves focus: that is the point.
 */
export async function tabTo(page, target, max = 80) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return i;
  }
  throw new Error(`not reached with ${max} Tab presses`);
}
