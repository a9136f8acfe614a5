/* global document */
// Issue #17, "one truth for figures", in the preview: the part-payment fixture
// (test/fixtures/part-payments/ledger.csv: part payments in an Open amount column, a credit note, a
// dispute, padded texts " usd", "Paid ", "Acme ", two currencies; every figure hand-computed in its
// README) is opened through the page's file input, scanned, and the AR Summary the Dashboard writes
// is read from the grid: every figure the Dashboard shows must be on the sheet with the same value,
// and the key figures must be the hand-computed ones. Rows typed below the ledger afterwards must
// show up in the sheet's figures. No step skips: a control or figure it cannot find fails it.
import { pane, sheetTab } from "./paneLocators.mjs";
import path from "node:path";
import { readRows } from "./gridReaders.mjs";
import {
  comparePair,
  pairApartRow,
  readDashboardPanels,
  shownNumber,
  summaryFromRows,
  SUMMARY_FIGURES,
} from "./summaryReaders.mjs";

const AS_OF = "2025-06-30";
const FILE = "ledger.csv";
const SHEET = "ledger";
const LETTERS = ["A", "B", "C", "D", "E", "F"];

const paneTab = (page, name) => pane(page).getByRole("tab", { name });

/** Opens the fixture through the preview's file input (read as Excel opens a CSV in en-US), finds the ledger, scans it. */
async function openAndScan(page, url, root) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${url}preview.html?asof=${AS_OF}`, { waitUntil: "load" });
  await pane(page)
    .getByText(/Ledger!A1:K\d+, \d+ rows/)
    .waitFor({ timeout: 20000 });
  await page.locator("#csv-locale").selectOption("en-US");
  await page.locator("#open-file").setInputFiles(path.join(root, "test/fixtures/part-payments", FILE));
  await page
    .locator("#as-of-note")
    .getByText(`Opened ${FILE}`)
    .waitFor({ timeout: 20000 })
    .catch(async () => {
      throw new Error(`the preview did not open ${FILE}: '${await page.locator("#as-of-note").innerText()}'`);
    });
  await sheetTab(page, SHEET).waitFor({ timeout: 10000 });
  await pane(page).getByRole("button", { name: "Find ledger from selection" }).click();
  // 10 invoices under the header: ledger!A1:I11
  const found = pane(page).getByText(/^'?ledger'?!\$?A\$?1:\$?I\$?11, 10 rows/);
  await found.waitFor({ timeout: 20000 }).catch(async () => {
    throw new Error(`the pane found no ledger on ${SHEET}:\n${(await pane(page).innerText()).slice(0, 800)}`);
  });
  await pane(page).getByLabel("As-of date").fill(AS_OF);
  await pane(page).getByRole("button", { name: "Scan", exact: true }).click();
  await pane(page)
    .getByText(/^Scanned [\d,]+ rows into /)
    .waitFor({ timeout: 30000 })
    .catch(async () => {
      throw new Error(`no scan result for ${FILE}:\n${(await pane(page).innerText()).slice(0, 1200)}`);
    });
}

/** The AR Summary as the grid shows it (texts of columns A–F). */
async function readSummary(page) {
  await sheetTab(page, "AR Summary").click();
  await page.waitForFunction(() => document.getElementById("grid").dataset.sheet === "AR Summary");
  await page.waitForTimeout(500);
  return summaryFromRows(await readRows(page, LETTERS), LETTERS);
}

/** Every pane figure paired with its sheet cell; what has no cell is listed as missing. */
function pairFigures(panels, sheet) {
  const pairs = [];
  const missing = [];
  for (const panel of panels) {
    const column = Object.entries(sheet.figures).find(([code]) => panel.currency.includes(code))?.[1];
    if (!column) {
      missing.push(`currency ${panel.currency} has no column on the sheet`);
      continue;
    }
    for (const { pane: label, sheet: sheetLabel } of SUMMARY_FIGURES) {
      const shown = panel.figures[label];
      if (shown === undefined) continue;
      const cell = column.cells[sheetLabel];
      if (cell === undefined) missing.push(`${panel.currency} ${label} ${shown}: no '${sheetLabel}' row`);
      else pairs.push(comparePair(`${panel.currency} ${label}`, shown, cell.text, cell.address));
    }
    const code = Object.keys(sheet.aging).find((c) => panel.currency.includes(c));
    for (const [bucket, { amount, count }] of Object.entries(panel.buckets)) {
      if (pairApartRow(panel.currency, bucket, amount, column, pairs, missing)) continue;
      const row = code === undefined ? undefined : sheet.aging[code][bucket];
      if (!row) {
        missing.push(`${panel.currency} aging ${bucket}: not in the AR.AGING spill`);
        continue;
      }
      pairs.push(comparePair(`${panel.currency} aging ${bucket}`, amount, row.amount, row.address));
      pairs.push(comparePair(`${panel.currency} aging ${bucket} count`, count, row.count, row.address));
    }
  }
  return { pairs, missing };
}

/** The sheet's figure `label` of currency `code` as a number, or a failure naming what was shown. */
function sheetFigure(sheet, code, label) {
  const cell = sheet.figures[code]?.cells[label];
  const value = cell === undefined ? null : shownNumber(cell.text);
  if (value === null) throw new Error(`AR Summary ${code} '${label}' shows '${cell?.text ?? "nothing"}', not a figure`);
  return value;
}

export const oneTruthSteps = [
  {
    name: "one truth: on the part-payment fixture the AR Summary shows the Dashboard's figures, the hand-computed ones",
    fn: async ({ page, url, root }) => {
      await openAndScan(page, url, root);
      await paneTab(page, "Dashboard").click();
      const panels = await readDashboardPanels(page);
      if (panels.length !== 2) throw new Error(`the Dashboard shows ${panels.length} currency panels, not USD and EUR`);
      await pane(page).getByRole("button", { name: "Insert report" }).click();
      await sheetTab(page, "AR Summary").waitFor({ timeout: 30000 });
      const sheet = await readSummary(page);
      const { pairs, missing } = pairFigures(panels, sheet);
      console.log(
        `  compared ${pairs.length} figures (pane | AR Summary cell):\n${pairs
          .map((p) => `    ${p.equal ? "=" : "≠"} ${p.what}: ${p.pane} | ${p.address} ${p.sheet}`)
          .join("\n")}`,
      );
      const differ = pairs.filter((p) => !p.equal);
      if (differ.length > 0 || missing.length > 0 || pairs.length < 16)
        throw new Error(
          [
            `${differ.length} of ${pairs.length} figures differ, ${missing.length} missing:`,
            ...missing,
            ...differ.map((p) => `${p.what}: pane ${p.pane}, sheet ${p.address} ${p.sheet}`),
          ].join("\n"),
        );
      // The hand figures (test/fixtures/part-payments/README.md): a shared mistake cannot pass.
      const hand = [
        ["USD", "Open", 3200],
        ["USD", "Overdue", 2900],
        ["USD", "Disputed", 0],
        ["USD", "Credit notes", -200],
        ["EUR", "Open", 1350],
        ["EUR", "Overdue", 150],
        ["EUR", "Disputed", 1200],
        ["EUR", "DSO", 45],
      ];
      const wrong = hand.filter(([code, label, value]) => sheetFigure(sheet, code, label) !== value);
      if (wrong.length) throw new Error(`hand figures differ: ${wrong.map((w) => w.join(" ")).join("; ")}`);
    },
  },
  {
    name: "one truth: a row typed below the ledger after the report shows up in the AR Summary's figures",
    fn: async ({ page }) => {
      // Type row 12 in the grid as a user would: Zeta owes USD 1,000.00, due 2025-06-25 (5 days overdue).
      await sheetTab(page, SHEET).click();
      await page.waitForFunction((name) => document.getElementById("grid").dataset.sheet === name, SHEET);
      await page.evaluate(() => {
        const preview = window.__preview;
        preview.model.setRows("ledger", "A12", [["Zeta", "INV-111", 45800, 45833, 1000, "", "USD", "", ""]]);
        preview.refresh();
      });
      await page.waitForTimeout(500);
      const sheet = await readSummary(page);
      // USD open 3,200 + 1,000 = 4,200; overdue 2,900 + 1,000 = 3,900; EUR unchanged at 1,350
      const now = [sheetFigure(sheet, "USD", "Open"), sheetFigure(sheet, "USD", "Overdue"), sheetFigure(sheet, "EUR", "Open")];
      if (now.join() !== "4200,3900,1350")
        throw new Error(`after the new row the sheet shows USD open, overdue, EUR open ${now.join(", ")}`);
      await sheetTab(page, SHEET).click();
    },
  },
];
