/* global document, navigator */
// Issue #18, "the collector's day", in the preview: scan the sample workbook as of 2025-06-30 →
// Today lists the customers to chase in the hand-worked order below → "Draft letter" on the first
// opens its draft in Reminders → "Copy text" logs a reminder → the `AR Activity` sheet (created by
// the add-in) holds that reminder, dated the scan's as-of → rescan: the customer's rows say "Wait
// until" with the register's date as the last reminder, and Today no longer lists it. Every lookup
// must find exactly one element; nothing passes by skipping what it cannot find.
import { readRows } from "./gridReaders.mjs";
import { one, pane, sheetTab, topTab, topTabs } from "./paneLocators.mjs";

const AS_OF = "2025-06-30";
// The default minimum reminder interval is 7 days: reminded on 2025-06-30 → wait until 2025-07-07.
const WAIT_UNTIL = "2025-07-07";
const ACTIVITY_SHEET = "AR Activity";

/*
 * Who Today lists on the sample workbook (test/fixtures/sampleWorkbook.ts, ?asof=2025-06-30) and
 * in which order, worked out from the rule of src/core/today (todayPriority.ts): a customer with
 * an overdue, undisputed balance whose step is not to wait is listed; priority = Σ over its
 * currencies of (its overdue ÷ that currency's whole overdue) × (1 + risk score/100) × (1 + days
 * its oldest overdue invoice is late/30); ties by name. No key accounts and no register on the first
 * scan (so no promise due today and nobody handled today). Nobody waits: the latest "Last reminder"
 * in the ledger is Cedar Point's 2025-06-22, 8 days before as-of, outside the 7-day interval.
 * No overdue balance is below the small-balance default (USD/EUR 50: the smallest is Vista's 445.59).
 *
 * Overdue = the open (no paid date), undisputed rows past due, as the grid shows them after the scan
 * (checked below from the grid's own cells); e.g. Northwind Traders: rows 142–145,
 * 17,959.80 + 3,921.29 + 19,240.33 + 3,618.42 = 44,739.84 EUR (row 148, 201.05, disputed, apart).
 * Whole overdue: EUR = Northwind 44,739.84 + Falcon 8,483.48 + Vista 445.59 = 53,668.91;
 * USD = 30,692.76 + 30,038.88 + 21,732.17 + 22,264.34 + 17,586.77 + 11,893.71 + 5,227.55
 *       + 14,622.14 + 1,295.28 + 814.78 + 1,531.41 = 157,699.79.
 * Risk scores are the scan's (the Dashboard's customer list shows them; src/core/risk/riskScore.ts).
 *
 *     customer                  cur    overdue   share    1+risk   1+days/30   priority
 *  1. Northwind Traders         EUR  44,739.84  0.8336 × 1.84 ×  8.200 (216 d) = 12.578
 *  2. Yellowstone Catering      USD  30,692.76  0.1946 × 1.95 ×  9.967 (269 d) =  3.782
 *  3. Quartz Data Systems       USD  30,038.88  0.1905 × 1.60 × 11.500 (315 d) =  3.505
 *  4. Falcon Aerospace Parts    EUR   8,483.48  0.1581 × 1.64 × 11.833 (325 d) =  3.068
 *  5. Ironwood Tools            USD  21,732.17  0.1378 × 1.65 × 11.000 (300 d) =  2.501
 *  6. Evergreen Pharmacy Group  USD  22,264.34  0.1412 × 1.66 ×  5.433 (133 d) =  1.273
 *  7. Oakridge Electrical       USD  17,586.77  0.1115 × 1.63 ×  6.933 (178 d) =  1.260
 *  8. Summit Outdoor Gear       USD  11,893.71  0.0754 × 1.55 ×  9.000 (240 d) =  1.052
 *  9. Cedar Point Logistics     USD   5,227.55  0.0331 × 1.62 × 11.200 (306 d) =  0.601
 * 10. Pioneer Auto Parts        USD  14,622.14  0.0927 × 1.29 ×  1.500  (15 d) =  0.179
 * 11. Acme Industrial Supply    USD   1,295.28  0.0082 × 1.57 ×  7.233 (187 d) =  0.093
 * 12. Vista Dental Labs         EUR     445.59  0.0083 × 1.43 ×  4.667 (110 d) =  0.055
 * 13. Delta Home Furnishings    USD     814.78  0.0052 × 1.61 ×  6.433 (163 d) =  0.054
 * 14. Metro Cleaning Services   USD   1,531.41  0.0097 × 1.34 ×  1.633  (19 d) =  0.021
 *
 * e.g. Northwind: 44,739.84 / 53,668.91 = 0.8336; risk 84 → 1.84; 216 days → 1 + 216/30 = 8.2;
 * 0.8336 × 1.84 × 8.2 = 12.578. The other 16 customers have nothing overdue.
 */
const EXPECTED_TODAY = [
  "Northwind Traders",
  "Yellowstone Catering",
  "Quartz Data Systems",
  "Falcon Aerospace Parts",
  "Ironwood Tools",
  "Evergreen Pharmacy Group",
  "Oakridge Electrical",
  "Summit Outdoor Gear",
  "Cedar Point Logistics",
  "Pioneer Auto Parts",
  "Acme Industrial Supply",
  "Vista Dental Labs",
  "Delta Home Furnishings",
  "Metro Cleaning Services",
];

/** The premises of the table above, per customer: [currency, overdue in cents, oldest days overdue]. */
const EXPECTED_OVERDUE = {
  "Northwind Traders": ["EUR", 4473984, 216],
  "Yellowstone Catering": ["USD", 3069276, 269],
  "Quartz Data Systems": ["USD", 3003888, 315],
  "Falcon Aerospace Parts": ["EUR", 848348, 325],
  "Ironwood Tools": ["USD", 2173217, 300],
  "Evergreen Pharmacy Group": ["USD", 2226434, 133],
  "Oakridge Electrical": ["USD", 1758677, 178],
  "Summit Outdoor Gear": ["USD", 1189371, 240],
  "Cedar Point Logistics": ["USD", 522755, 306],
  "Pioneer Auto Parts": ["USD", 1462214, 15],
  "Acme Industrial Supply": ["USD", 129528, 187],
  "Vista Dental Labs": ["EUR", 44559, 110],
  "Delta Home Furnishings": ["USD", 81478, 163],
  "Metro Cleaning Services": ["USD", 153141, 19],
};

const FIRST = EXPECTED_TODAY[0];
// Northwind's chased rows (rows 142–145 of the sample): after the reminder they wait.
const FIRST_CHASED_ROWS = 4;

/** "1,234.56" as integer cents; throws on anything else so a wrong cell is not read as 0. */
function cents(text) {
  if (!/^-?[\d,]+\.\d\d$/.test(text)) throw new Error(`'${text}' is not an amount with two decimals`);
  const [whole, frac] = text.replace(/^-/, "").replace(/,/g, "").split(".");
  return (text.startsWith("-") ? -1 : 1) * (Number(whole) * 100 + Number(frac));
}

async function showSheet(page, name) {
  await one(sheetTab(page, name), `the '${name}' sheet tab`, 30000).then((t) => t.click());
  await page.waitForFunction((n) => document.getElementById("grid").dataset.sheet === n, name);
}

/** The ledger's scanned rows as the grid shows them (Days overdue in L: blank on rows listed in Issues). */
async function ledgerRows(page) {
  await showSheet(page, "Ledger");
  const rows = await readRows(page, ["A", "D", "E", "F", "G", "H", "L", "N", "O"]);
  if (rows[0]?.L !== "Days overdue") throw new Error(`Ledger!L1 reads '${rows[0]?.L}': the scan's columns are not there`);
  return rows.slice(1).filter((r) => r.A !== "" && r.L !== "");
}

/** Open, undisputed, past-due rows: what a customer's overdue is made of. */
const chased = (r) => r.G === "" && !r.E.startsWith("-") && Number(r.L) > 0 && r.H.trim().toLowerCase() !== "disputed";

/** Opens the Scan tab, fills the as-of date and starts a scan (the caller waits for its result). */
async function scan(page) {
  await one(topTab(page, "Scan"), "the Scan tab").then((t) => t.click());
  await pane(page).getByLabel("As-of date").fill(AS_OF);
  await one(pane(page).getByRole("button", { name: "Scan", exact: true }), "the Scan button").then((b) => b.click());
}

/** The customer names Today lists, in order (each item's accessible name starts with the customer). */
async function todayNames(page) {
  const tab = await one(topTab(page, "Today"), "the Today tab");
  await tab.click();
  const list = await one(pane(page).getByRole("list", { name: "Today's worklist" }), "Today's worklist", 15000);
  // The accessible name: aria-labelledby's element (TodayCard names each li by the customer), else aria-label, else its text.
  const labels = await list.locator(":scope > li").evaluateAll((items) =>
    items.map((li) => {
      const by = li.getAttribute("aria-labelledby");
      const named = by
        ? by
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join(" ")
        : null;
      return (named || li.getAttribute("aria-label") || li.textContent || "").trim();
    }),
  );
  const everyone = Object.keys(EXPECTED_OVERDUE);
  return labels.map((label) => everyone.find((name) => label.startsWith(name)) ?? `(unknown: ${label.slice(0, 60)})`);
}

function sameList(what, shown, expected) {
  if (shown.join("|") !== expected.join("|"))
    throw new Error(`${what}:\n  shown    ${shown.join(", ")}\n  expected ${expected.join(", ")}`);
}

export const collectorsDaySteps = [
  {
    name: "collector's day: after a scan, Today lists the overdue customers in the hand-worked priority order",
    fn: async ({ page, url, shared }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}preview.html?asof=${AS_OF}`, { waitUntil: "load" });
      await pane(page)
        .getByText(/Ledger!A1:K\d+, \d+ rows/)
        .waitFor({ timeout: 20000 });
      await scan(page);
      await pane(page)
        .getByText(/^Scanned [\d,]+ rows into /)
        .waitFor({ timeout: 30000 });
      // The table's premises, from the grid's own cells: each customer's overdue and oldest days.
      const rows = (await ledgerRows(page)).filter(chased);
      const wrong = [];
      for (const [name, [currency, overdue, oldest]] of Object.entries(EXPECTED_OVERDUE)) {
        const own = rows.filter((r) => r.A === name);
        const sum = own.reduce((s, r) => s + cents(r.E), 0);
        const days = Math.max(0, ...own.map((r) => Number(r.L)));
        if (own.some((r) => r.F !== currency) || sum !== overdue || days !== oldest)
          wrong.push(`${name}: grid ${own.map((r) => r.F).join("/")} ${sum} cents, oldest ${days} d`);
      }
      const others = [...new Set(rows.map((r) => r.A))].filter((name) => !(name in EXPECTED_OVERDUE));
      if (others.length) wrong.push(`overdue in the grid but not in the table: ${others.join(", ")}`);
      if (wrong.length) throw new Error(`the grid does not hold the table's premises:\n${wrong.join("\n")}`);

      const tabs = await topTabs(page).allInnerTexts();
      if (!/^Today/.test(tabs[1] ?? "")) throw new Error(`the tab after Scan is '${tabs[1]}', not Today (${tabs.join(", ")})`);
      sameList("Today's worklist after the first scan", await todayNames(page), EXPECTED_TODAY);
      shared.collectorsDay = { listed: true };
    },
  },
  {
    name: "collector's day: Draft letter → Copy text logs a reminder; the AR Activity sheet holds it, dated the as-of",
    fn: async ({ page, shared }) => {
      if (!shared.collectorsDay?.listed) throw new Error("the previous step did not list Today's customers");
      // The clipboard as a recorder: the copy always succeeds and what it copied can be checked.
      await page.evaluate(() => {
        window.__copied = [];
        const record = async (text) => {
          window.__copied.push(text);
        };
        if (navigator.clipboard) Object.defineProperty(navigator.clipboard, "writeText", { configurable: true, value: record });
        else Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: record } });
      });
      const list = await one(pane(page).getByRole("list", { name: "Today's worklist" }), "Today's worklist");
      const first = list.locator(":scope > li").first();
      await one(first.getByRole("button", { name: /Draft letter/ }), `Draft letter on ${FIRST}`).then((b) => b.click());
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('#container [role="tab"][aria-selected="true"]')].some((t) =>
            t.textContent.startsWith("Reminders"),
          ),
        null,
        { timeout: 10000 },
      );
      // The drafts shown are the first customer's only (Reminders focused on it).
      const copyButtons = pane(page).getByRole("button", { name: /^Copy text: / });
      await one(copyButtons, `Copy text on ${FIRST}'s draft`, 15000);
      const label = await copyButtons.getAttribute("aria-label");
      if (!label.startsWith(`Copy text: ${FIRST}`)) throw new Error(`the only draft shown is '${label}', not ${FIRST}'s`);
      await copyButtons.click();
      await page.waitForFunction(() => window.__copied.length > 0, null, { timeout: 10000 });
      const copied = await page.evaluate(() => window.__copied);
      if (copied.length !== 1 || !copied[0].includes(FIRST))
        throw new Error(`copied ${copied.length} texts; the first does not name ${FIRST}: ${String(copied[0]).slice(0, 200)}`);
      // The pane says the results wait for a rescan (the lead's decision: never silently stale).
      await pane(page)
        .getByText(/rescan to apply/i)
        .first()
        .waitFor({ timeout: 15000 })
        .catch(async () => {
          throw new Error(`no 'rescan' notice after logging:\n${(await pane(page).innerText()).slice(0, 800)}`);
        });

      await showSheet(page, ACTIVITY_SHEET);
      const letters = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"];
      const [header, ...body] = (await readRows(page, letters)).filter((r) => letters.some((l) => r[l] !== ""));
      const col = (title) => {
        const at = letters.find((l) => header[l] === title);
        if (!at) throw new Error(`the AR Activity header has no '${title}': ${letters.map((l) => header[l]).join("|")}`);
        return at;
      };
      const [date, customer, currency, kind, level, amount] = ["Date", "Customer", "Currency", "Kind", "Level", "Amount"].map(
        col,
      );
      // One copy of one letter (Northwind bills in EUR only): exactly one reminder row.
      const shown = body.map((r) => [r[date], r[customer], r[currency], r[kind], r[level]].join(" | "));
      if (body.length !== 1) throw new Error(`the register holds ${body.length} rows:\n${shown.join("\n")}`);
      const [row] = body;
      if (row[date] !== AS_OF || row[customer] !== FIRST || row[currency] !== "EUR" || row[kind] !== "Reminder")
        throw new Error(`the register's row reads ${shown[0]}, expected ${AS_OF} | ${FIRST} | EUR | Reminder`);
      if (!/^\d+$/.test(row[level])) throw new Error(`the reminder's level reads '${row[level]}', not a rung number`);
      // The amount asked: Northwind's whole overdue, 44,739.84 EUR (the table above; no credit notes).
      if (cents(row[amount]) !== EXPECTED_OVERDUE[FIRST][1])
        throw new Error(`the reminder's amount reads '${row[amount]}', not 44739.84`);
      shared.collectorsDay.logged = true;
    },
  },
  {
    name: "collector's day: rescan — the customer's rows wait, last reminded the as-of, and Today no longer lists it",
    fn: async ({ page, shared }) => {
      if (!shared.collectorsDay?.logged) throw new Error("the previous step did not log the reminder");
      await showSheet(page, "Ledger");
      await scan(page);
      // The rescan rewrites the ledger's result columns: wait until the first customer's rows wait.
      await page
        .waitForFunction(
          ({ name, until }) => {
            const grid = document.getElementById("grid");
            const rows = [...grid.tBodies[0].rows].filter((tr) => tr.cells[1]?.textContent === name);
            return rows.some((tr) => grid.querySelector(`td[data-cell="N${tr.cells[0].textContent}"]`)?.textContent === until);
          },
          { name: FIRST, until: `Wait until ${WAIT_UNTIL}` },
          { timeout: 30000 },
        )
        .catch(() => {
          throw new Error(`after the rescan no row of ${FIRST} says 'Wait until ${WAIT_UNTIL}'`);
        });
      const rows = (await ledgerRows(page)).filter(chased);
      const own = rows.filter((r) => r.A === FIRST);
      const wrong = own
        .filter((r) => r.N !== `Wait until ${WAIT_UNTIL}` || !r.O.endsWith(`reminded ${AS_OF}, within 7 days`))
        .map((r) => `row ${r.row}: '${r.N}' · '${r.O}'`);
      if (own.length !== FIRST_CHASED_ROWS) wrong.push(`${own.length} chased rows of ${FIRST}, expected ${FIRST_CHASED_ROWS}`);
      // Nobody else was reminded within the interval: the register's reminder waits one customer only.
      const others = rows.filter((r) => r.A !== FIRST && r.N.startsWith("Wait until"));
      for (const r of others) wrong.push(`row ${r.row} (${r.A}) waits too: '${r.N}'`);
      if (wrong.length) throw new Error(wrong.join("\n"));
      sameList("Today's worklist after the rescan", await todayNames(page), EXPECTED_TODAY.slice(1));
      // The rescan read the register and logged nothing of its own (no promise in it to break).
      await showSheet(page, ACTIVITY_SHEET);
      const registerRows = (await readRows(page, ["A", "B"])).filter((r) => r.A !== "").length;
      if (registerRows !== 2) throw new Error(`after the rescan the AR Activity sheet has ${registerRows - 1} rows, not 1`);
      await showSheet(page, "Ledger");
    },
  },
];
