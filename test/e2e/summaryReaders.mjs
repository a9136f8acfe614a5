/* global document */
// The Dashboard view's figures and the AR Summary sheet's computed cells, each read as a person
// sees them (texts in the DOM), and their comparison. Labels are the English ones the pane
// (src/taskpane/dashboard/dashboardMessages.ts) and the sheet (src/core/report/reportLabels.ts)
// show; they are written out here so a renamed label fails the test instead of silently pairing
// something else.

/** Pane key-figure label → AR Summary label in column A, and how the figure is shown. */
export const SUMMARY_FIGURES = [
  // The pane names each balance as src/core/ledger/balances.ts defines it.
  { pane: "Open balance (net of credit notes)", sheet: "Open", kind: "money" },
  { pane: "Overdue (excl. disputed)", sheet: "Overdue", kind: "money" },
  { pane: "Overdue % of open balance", sheet: "Overdue %", kind: "percent" },
  { pane: "DSO", sheet: "DSO", kind: "days" },
  { pane: "Best possible DSO", sheet: "Best possible DSO", kind: "days" },
  { pane: "Average days delinquent", sheet: "Average days delinquent", kind: "days" },
  { pane: "CEI", sheet: "CEI", kind: "percent" },
  { pane: "Largest customer's share", sheet: "Largest customer's share", kind: "percent" },
];

/**
 * A displayed figure as a number: "$6,300.00" → 6300, "-€12.50" → -12.5, "77.7 days" → 77.7,
 * "54.0%" → 54 (percent points, as shown); null for "—", "" or an error text such as "#DIV/0!".
 */
export function shownNumber(text) {
  const t = String(text).trim();
  if (t === "" || t.startsWith("#")) return null;
  const digits = /(\d[\d,]*(\.\d+)?)/.exec(t);
  if (!digits) return null;
  const negative = /[-−(]/.test(t.slice(0, digits.index));
  const value = Number(digits[1].replace(/,/g, ""));
  return negative ? -value : value;
}

/**
 * The Dashboard view's panels: [{ currency (the panel's name), figures: { label: text }, buckets:
 * { label: { amount, count } }, topOverdue: { customer: text } }]. The largest customer's share is
 * put with the key figures under its section's label.
 */
export async function readDashboardPanels(page) {
  return page.evaluate(() => {
    const panels = [...document.querySelectorAll("#container section")].filter((s) =>
      s.querySelector('table[aria-label="Key figures"]'),
    );
    return panels.map((s) => {
      const figures = {};
      for (const tr of s.querySelectorAll('table[aria-label="Key figures"] tr'))
        figures[tr.querySelector("th").textContent] = tr.querySelector("td").textContent;
      const heading = (text) => [...s.querySelectorAll("h4")].find((h) => h.textContent === text)?.parentElement;
      // "Acme Ltd · 23.4%" (then perhaps a badge): the share is after the middle dot.
      const share = heading("Largest customer's share")?.querySelector("span > span")?.textContent ?? "";
      figures["Largest customer's share"] = /·\s*(.+)$/.exec(share)?.[1] ?? "—";
      const buckets = {};
      const aging = s.querySelector(`table[aria-label^="Aging "]`);
      for (const tr of aging?.tBodies[0].rows ?? [])
        buckets[tr.cells[0].textContent] = { amount: tr.cells[1].textContent, count: tr.cells[2].textContent };
      const topOverdue = {};
      for (const li of s.querySelectorAll('ol[aria-label="Top overdue customers (excl. disputed)"] li')) {
        const [name, value] = li.querySelectorAll("span > span");
        topOverdue[name.textContent] = value.textContent;
      }
      return { currency: s.getAttribute("aria-label"), figures, buckets, topOverdue };
    });
  });
}

/**
 * The AR Summary sheet's figures as the grid shows them, found by their labels in column A: the
 * "Currency" row names the currency columns, the rows below it (to the first blank label) are the
 * figures; each "Aging <currency>" title is followed by the AR.AGING spill (header, buckets,
 * Total); the "Customers" table lists customer, currency, open, overdue. `rows` is readRows(page,
 * ["A", "B", …]) of the sheet.
 */
export function summaryFromRows(rows, letters) {
  const byRow = rows.filter((r) => r.A !== "");
  const head = byRow.find((r) => r.A === "Currency");
  if (!head) throw new Error("AR Summary has no 'Currency' row in column A");
  const columns = letters.slice(1).filter((l) => head[l] !== "");
  const figures = {};
  for (const col of columns) figures[head[col]] = { column: col, cells: {} };
  for (const r of rows.filter((x) => x.row > head.row)) {
    if (r.A === "") break;
    for (const col of columns) figures[head[col]].cells[r.A] = { text: r[col], address: `${col}${r.row}` };
  }
  const aging = {};
  for (const title of byRow.filter((r) => r.A.startsWith("Aging "))) {
    const currency = title.A.slice("Aging ".length);
    const buckets = {};
    for (const r of rows.filter((x) => x.row > title.row + 1)) {
      if (r.A === "" || r.A === "Total") break;
      buckets[r.A] = { amount: r.B, count: r.C, address: `B${r.row}:C${r.row}` };
    }
    aging[currency] = buckets;
  }
  const customers = {};
  const table = byRow.find((r) => r.A === "Customers");
  if (table)
    for (const r of rows.filter((x) => x.row > table.row + 1)) {
      if (r.A === "") break;
      customers[`${r.A}|${r.B}`] = { open: r.C, overdue: r.D, address: `D${r.row}` };
    }
  return { figures, aging, customers };
}

/** One compared pair: equal when both show no figure or both parse to the same number. */
export function comparePair(what, paneText, sheetText, address) {
  const a = shownNumber(paneText);
  const b = shownNumber(sheetText);
  return { what, pane: paneText, sheet: sheetText, address, equal: a === b };
}

/**
 * Ledger rows (readRows of columns A–F: customer, invoice no., invoice date, due date, amount,
 * currency) that the spec's Issues leave out of totals but a SUMIFS over typed cells still counts:
 * a due date before the invoice date, and a customer's invoice number seen on an earlier row.
 */
export function rejectedLedgerRows(rows) {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  const seen = new Set();
  const found = [];
  for (const r of rows.filter((x) => x.row > 1 && x.A !== "")) {
    const key = `${r.A.trim()}|${r.B.trim()}`;
    if (iso.test(r.C) && iso.test(r.D) && r.D < r.C) found.push({ ...r, reason: "due date before invoice date" });
    else if (r.B !== "" && seen.has(key)) found.push({ ...r, reason: "duplicate invoice number for this customer" });
    seen.add(key);
  }
  return found;
}

/** The pane's aging rows that are not buckets (by how their label starts) and the sheet's figure each equals. */
const APART = [
  ["Disputed", "Disputed"],
  ["Credit notes", "Credit notes"],
  ["Total", "Open"],
];

/**
 * The pane's aging table ends with the balances shown apart (disputed, credit notes, total = open
 * balance): on the sheet they are figures of the currency's column, not AR.AGING spill rows. For
 * such a row, pushes its pair (or what is missing) and returns true; false for a bucket row.
 */
export function pairApartRow(currency, bucket, amount, column, pairs, missing) {
  const figure = APART.find(([prefix]) => bucket.startsWith(prefix))?.[1];
  if (figure === undefined) return false;
  const cell = column.cells[figure];
  if (cell === undefined) missing.push(`${currency} aging ${bucket}: no '${figure}' row`);
  else pairs.push(comparePair(`${currency} aging ${bucket}`, amount, cell.text, cell.address));
  return true;
}
