/* global document */
// Issue #19 in the preview: the Provision view computes the provision matrix in the pane
// (src/core/history/provisionMatrix.ts), and "Insert provision matrix" lays the same chain out as
// live formulas on the AR Provision sheet, which the preview's HyperFormula computes from the
// ledger's cells. Two computations of one figure: per currency, every bucket's provision and the
// total in the pane must read exactly as the sheet's Provision row does, to the cent, and the total
// must be a positive amount (a provision of nothing would agree trivially). No step skips: a
// control, table or row it cannot find fails it.
import { readRows } from "./gridReaders.mjs";
import { one, pane, sheetTab, topTab } from "./paneLocators.mjs";

const AS_OF = "2025-06-30";
// Columns A (labels) to G: Current, 1-30, 31-60, 61-90, 91+, Total (edges 30/60/90).
const COLUMNS = ["A", "B", "C", "D", "E", "F", "G"];

/** The pane's provision table of `currency`: [bucket, provision] per row, Total last. */
async function paneProvisions(page, currency) {
  const table = await one(
    pane(page).getByRole("table", { name: `Provision matrix ${currency}` }),
    `the ${currency} provision table`,
  );
  return table.evaluate((el) =>
    [...el.querySelectorAll("tbody tr")].map((tr) => [tr.children[0].textContent, tr.children[4].textContent]),
  );
}

/** The sheet's Provision row of the block titled "Provision matrix <currency>": the texts of B…G. */
function sheetProvisions(rows, currency) {
  const top = rows.findIndex((r) => r.A === `Provision matrix ${currency}`);
  if (top < 0) throw new Error(`no 'Provision matrix ${currency}' block on the AR Provision sheet`);
  const row = rows.slice(top).find((r) => r.A === "Provision");
  if (!row) throw new Error(`no Provision row in the ${currency} block`);
  return COLUMNS.slice(1).map((c) => row[c]);
}

export const provisionSteps = [
  {
    name: "Provision: the pane's provision per bucket and total equal the inserted AR Provision sheet's formulas, per currency",
    fn: async ({ page, url }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}preview.html?asof=${AS_OF}`, { waitUntil: "load" });
      await pane(page)
        .getByText(/Ledger!A1:K\d+, \d+ rows/)
        .waitFor({ timeout: 20000 });
      await pane(page).getByLabel("As-of date").fill(AS_OF);
      await pane(page).getByRole("button", { name: "Scan", exact: true }).click();
      await pane(page)
        .getByText(/^Scanned [\d,]+ rows/)
        .waitFor({ timeout: 30000 });
      await one(topTab(page, "Provision"), "the Provision tab").then((t) => t.click());
      const shown = {};
      for (const currency of ["USD", "EUR"]) shown[currency] = await paneProvisions(page, currency);

      await pane(page).getByRole("button", { name: "Insert provision matrix" }).click();
      await pane(page)
        .getByText(/^Wrote the live provision matrix \(2 currencies\) to the sheet /)
        .waitFor({ timeout: 30000 })
        .catch(async () => {
          throw new Error(`no insert notice:\n${(await pane(page).innerText()).slice(-800)}`);
        });
      await sheetTab(page, "AR Provision").click();
      await page.waitForFunction(() => document.getElementById("grid").dataset.sheet === "AR Provision");
      const rows = await readRows(page, COLUMNS);

      const wrong = [];
      for (const [currency, pairs] of Object.entries(shown)) {
        const inPane = pairs.map(([, provision]) => provision);
        const onSheet = sheetProvisions(rows, currency);
        const total = pairs.find(([label]) => label === "Total")?.[1] ?? "";
        console.log(`  ${currency}: pane ${inPane.join(" / ")} · sheet ${onSheet.join(" / ")}`);
        if (JSON.stringify(inPane) !== JSON.stringify(onSheet))
          wrong.push(`${currency}: the pane shows ${inPane.join(" / ")}, the sheet computes ${onSheet.join(" / ")}`);
        if (!/^[\d,]+\.\d\d$/.test(total) || Number(total.replace(/,/g, "")) <= 0)
          wrong.push(`${currency}: the total provision '${total}' is not a positive amount`);
      }
      if (wrong.length) throw new Error(wrong.join("\n"));
    },
  },
];
