/* global document */
// Issue #15 ("Real ledgers in") in the preview: an accounting system's export is opened through the
// page's file input as Excel would open it, the pane finds the ledger ("Find ledger") and scans it,
// and what the pane and the grid show is checked against test/fixtures/exports/expected.json
// (worked out by expected.py from its own copy of the invoices, not from the files). No step skips:
// a control or figure it cannot find fails it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { cellText } from "./gridReaders.mjs";
import { readDashboardPanels, shownNumber } from "./summaryReaders.mjs";
import { pane, sheetTab } from "./paneLocators.mjs";

const paneTab = (page, name) => pane(page).getByRole("tab", { name });

function expectedFor(root, file) {
  const all = JSON.parse(readFileSync(path.join(root, "test/fixtures/exports/expected.json"), "utf8"));
  const fixture = all.fixtures.find((f) => f.file === file);
  if (!fixture) throw new Error(`expected.json has no entry for ${file}`);
  return fixture;
}

/**
 * Opens `file` through the preview's file input (a CSV read in `locale`), asks the pane to find the
 * ledger, and scans it as of the export's date. Returns the sheet name and the location text.
 */
async function openFindScan(page, url, root, { file, fixturePath, sheet, locale, asOf }) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${url}preview.html?asof=${asOf}`, { waitUntil: "load" });
  await pane(page)
    .getByText(/Ledger!A1:K\d+, \d+ rows/)
    .waitFor({ timeout: 20000 });
  if (locale) await page.locator("#csv-locale").selectOption(locale);
  await page.locator("#open-file").setInputFiles(path.join(root, fixturePath));
  await page
    .locator("#as-of-note")
    .getByText(`Opened ${file}`)
    .waitFor({ timeout: 20000 })
    .catch(async () => {
      throw new Error(`the preview did not open ${file}: '${await page.locator("#as-of-note").innerText()}'`);
    });
  await sheetTab(page, sheet).waitFor({ timeout: 10000 });
  await pane(page).getByRole("button", { name: "Find ledger from selection" }).click();
  // The pane's ledger line: "<sheet>!A5:H26, 21 rows · …" (the sheet quoted when its name needs it).
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
  const found = pane(page).getByText(new RegExp(`^'?${escaped}'?!\\$?[A-Z]+\\$?\\d+:\\$?[A-Z]+\\$?\\d+, [\\d,]+ rows`));
  await found.waitFor({ timeout: 20000 }).catch(async () => {
    throw new Error(`the pane found no ledger on ${sheet}:\n${(await pane(page).innerText()).slice(0, 800)}`);
  });
  const location = await found.innerText();
  await pane(page).getByLabel("As-of date").fill(asOf);
  await pane(page).getByRole("button", { name: "Scan", exact: true }).click();
  await pane(page)
    .getByText(/^Scanned [\d,]+ rows into /)
    .waitFor({ timeout: 30000 })
    .catch(async () => {
      throw new Error(`no scan result for ${file}:\n${(await pane(page).innerText()).slice(0, 1200)}`);
    });
  return location;
}

/** The header row (1-based) and the first column's letter of the pane's location text. */
function headerOf(location) {
  const match = /!\$?([A-Z]+)\$?(\d+):/.exec(location);
  if (!match) throw new Error(`cannot read the location '${location}'`);
  return { column: match[1], row: Number(match[2]) };
}

/**
 * Checks what the grid shows in the scan's "Days overdue" column: each invoice row its days past
 * due (0 when not yet due, and for a credit note), each subtotal and total row nothing.
 */
async function checkDaysOverdue(page, fixture, headerRow) {
  const headers = await page.evaluate((row) => {
    const cells = [...document.querySelectorAll(`#grid td[data-cell$="${row}"]`)];
    return cells
      .filter((td) => td.dataset.cell.replace(/^[A-Z]+/, "") === String(row))
      .map((td) => [td.dataset.cell.replace(/\d+$/, ""), td.textContent]);
  }, headerRow);
  const days = headers.find(([, text]) => text === "Days overdue")?.[0];
  if (!days) throw new Error(`no 'Days overdue' header on row ${headerRow}: ${headers.map(([, t]) => t).join(" | ")}`);
  const wrong = [];
  for (const invoice of fixture.invoices) {
    const shown = await cellText(page, `${days}${invoice.row}`);
    // A credit note is a credit, never overdue (src/core/ledger/balances.ts): 0 days.
    const expected = invoice.openCents < 0 ? 0 : Math.max(0, invoice.daysPastDue);
    if (shown.trim() === "" || Number(shown) !== expected)
      wrong.push(`row ${invoice.row} (${invoice.invoiceNo}): days overdue '${shown}', expected ${expected}`);
  }
  for (const row of [...fixture.skippedRows.subtotal, ...fixture.skippedRows.total]) {
    const shown = await cellText(page, `${days}${row}`);
    if (shown.trim() !== "") wrong.push(`row ${row} (a subtotal or total): days overdue '${shown}', expected nothing`);
  }
  if (wrong.length) throw new Error(`${wrong.length} rows wrong:\n${wrong.join("\n")}`);
}

/** The Dashboard's Open figure of the panel for `currency` (or the only panel), in cents. */
async function dashboardOpenCents(page, currency) {
  await paneTab(page, "Dashboard").click();
  const panels = await readDashboardPanels(page);
  await paneTab(page, "Scan").click();
  if (panels.length === 0) throw new Error("the Dashboard shows no currency panel");
  const panel = currency ? panels.find((p) => p.currency.includes(currency)) : panels.length === 1 ? panels[0] : undefined;
  if (!panel)
    throw new Error(`no Dashboard panel for ${currency ?? "the one currency"}: ${panels.map((p) => p.currency).join(", ")}`);
  const open = shownNumber(panel.figures["Open balance (net of credit notes)"] ?? "");
  if (open === null) throw new Error(`the ${panel.currency} panel shows no Open figure: ${JSON.stringify(panel.figures)}`);
  return Math.round(open * 100);
}

/** The pane's "How the file was read" list, as text. */
async function readingsText(page) {
  const region = pane(page).getByRole("region", { name: "How the file was read" });
  await region.waitFor({ timeout: 10000 }).catch(() => {
    throw new Error("the pane does not say how the file was read");
  });
  return region.innerText();
}

export const exportFileSteps = [
  {
    name: "export file: SAP FBL5N CSV (en-US, so its dates and amounts stay text) found on row 4, EUR open 51,040.90",
    fn: async ({ page, url, root }) => {
      const fixture = expectedFor(root, "sap-fbl5n.csv");
      const location = await openFindScan(page, url, root, {
        file: "sap-fbl5n.csv",
        fixturePath: "test/fixtures/exports/sap-fbl5n.csv",
        sheet: "sap-fbl5n",
        locale: "en-US",
        asOf: fixture.asOf,
      });
      const header = headerOf(location);
      if (header.row !== fixture.headerRow) throw new Error(`header found on row ${header.row}, expected ${fixture.headerRow}`);
      if ((await cellText(page, `A${header.row}`)) !== "Customer") throw new Error(`grid A${header.row} is not the header`);
      // The amounts stayed text in the grid ("12.500,00"): the scan read them, and says how.
      if ((await cellText(page, "G5")) !== "12.500,00") throw new Error(`G5 shows '${await cellText(page, "G5")}', not the text`);
      const readings = await readingsText(page);
      if (!/decimal comma/.test(readings)) throw new Error(`the readings do not mention the decimal comma:\n${readings}`);
      await checkDaysOverdue(page, fixture, header.row);
      const cents = await dashboardOpenCents(page, "EUR");
      const expected = fixture.currencies.EUR.openCents;
      if (cents !== expected) throw new Error(`EUR open ${cents / 100}, expected ${expected / 100}`);
    },
  },
  {
    name: "export file: QuickBooks A/R Aging Detail .xlsx (real dates and numbers) found on row 5, open 11,115.75",
    fn: async ({ page, url, root }) => {
      const fixture = expectedFor(root, "quickbooks-ar-aging-detail.csv");
      const location = await openFindScan(page, url, root, {
        file: "quickbooks-ar-aging-detail.xlsx",
        fixturePath: "test/fixtures/exports/quickbooks-ar-aging-detail.xlsx",
        sheet: "Sheet1",
        asOf: fixture.asOf,
      });
      const header = headerOf(location);
      if (header.row !== fixture.headerRow) throw new Error(`header found on row ${header.row}, expected ${fixture.headerRow}`);
      if ((await cellText(page, `H${header.row}`)) !== "Open balance") throw new Error(`grid H${header.row} is not the header`);
      const readings = await readingsText(page);
      if (!/left out/.test(readings)) throw new Error(`the readings do not count the report rows set aside:\n${readings}`);
      await checkDaysOverdue(page, fixture, header.row);
      const cents = await dashboardOpenCents(page, null);
      const expected = fixture.currencies["(none stated)"].openCents;
      if (cents !== expected) throw new Error(`open ${cents / 100}, expected ${expected / 100}`);
    },
  },
];
