/* global document, getComputedStyle */
// The preview page driven like a user: each step checks what shows in the grid (texts and colours)
// and in the pane. Steps run in order on one page; a step that cannot find what it drives fails.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { cellText, daysBetween, luminance, readRows, rgb, tabTo } from "./gridReaders.mjs";
import { dashboardReportStep } from "./dashboardReportStep.mjs";
import { clearStep, financingStep, forecastStep, inputsStep, layoutStep } from "./paneSteps.mjs";
import { pane, sheetTab } from "./paneLocators.mjs";

const AS_OF = "2025-06-30";
// The spec's bands (taskpane.md §2) in the fills the legend shows: light amber, amber, light red, red, purple.
const FILLS = { days1: "#FFF2CC", days31: "#FFD966", days61: "#F8CBAD", days91: "#FF8F8F", disputed: "#D9C2EC" };
const NONE = "rgba(0, 0, 0, 0)";

const paneTab = (page, name) => pane(page).getByRole("tab", { name });

/** The fill a ledger row should have, worked out from its own cells as the spec states the rule. */
function expectedFill({ D, E, G, H }) {
  if (G !== "" || E.startsWith("-")) return NONE; // paid, or a credit note
  if (H === "Disputed") return rgb(FILLS.disputed);
  const days = daysBetween(D, AS_OF);
  if (days >= 91) return rgb(FILLS.days91);
  if (days >= 61) return rgb(FILLS.days61);
  if (days >= 31) return rgb(FILLS.days31);
  if (days >= 1) return rgb(FILLS.days1);
  return NONE;
}

async function axeSeriousViolations(page, root) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.addScriptTag({ path: path.join(root, "node_modules/axe-core/axe.min.js") });
  }
  const violations = await page.evaluate(
    async () => (await window.axe.run("#container", { resultTypes: ["violations"] })).violations,
  );
  // Fluent UI's focus manager (tabster) inserts aria-hidden focus sentinels, <i data-tabster-dummy>,
  // that only redirect focus: a known false positive of aria-hidden-focus (microsoft/tabster#288;
  // Accessibility Insights suppresses it the same way). Only those nodes are dropped, not the rule.
  const real = violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))),
    }))
    .filter((v) => v.nodes.length > 0);
  return real
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          // The element's HTML and axe's own reason, so a failure names what to fix.
          .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)} (${n.any?.[0]?.message ?? ""})`)
          .join(" | ")}${v.nodes.length > 3 ? ` … and ${v.nodes.length - 3} more` : ""}`,
    );
}

export const previewSteps = [
  {
    name: "preview: the real pane beside the sample workbook finds and maps the ledger",
    fn: async ({ page, url, shared }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${url}preview.html?asof=${AS_OF}`, { waitUntil: "load" });
      await pane(page)
        .getByText(/Ledger!A1:K\d+, \d+ rows/)
        .waitFor({ timeout: 20000 });
      if ((await cellText(page, "A1")) !== "Customer") throw new Error("grid A1 is not the ledger header");
      await page.waitForFunction(
        () => window.__preview.timings.functionsRegistered && window.__preview.timings.paneInteractive,
        null,
        {
          timeout: 20000,
        },
      );
      shared.timings = await page.evaluate(() => window.__preview.timings);
      // The mapping the pane shows (Column mapping): customer, amount and due date recognised.
      await pane(page)
        .getByRole("button", { name: /Column mapping/ })
        .click();
      const mapped = await pane(page).innerText();
      for (const header of ["Customer", "Amount", "Due date"])
        if (!mapped.includes(header)) throw new Error(`mapping lacks ${header}`);
      await pane(page)
        .getByRole("button", { name: /Column mapping/ })
        .click();
    },
  },
  {
    name: "layout at 320 px: the Ledger address input and 'Use this address' do not overlap",
    fn: async ({ page, results }) => {
      const input = pane(page).getByLabel("Ledger address");
      const button = pane(page).getByRole("button", { name: "Use this address" });
      await input.scrollIntoViewIfNeeded();
      const [a, b, p] = await Promise.all([input.boundingBox(), button.boundingBox(), page.locator("#pane").boundingBox()]);
      await page.locator("#pane").screenshot({ path: path.join(results, "ledger-address-320.png") });
      if (Math.round(p.width) > 321) throw new Error(`the pane is ${p.width} px wide, not 320`);
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      if (overlap) throw new Error(`input ${JSON.stringify(a)} overlaps button ${JSON.stringify(b)}`);
      for (const [what, box] of [
        ["input", a],
        ["button", b],
      ])
        if (box.x < p.x || box.x + box.width > p.x + p.width) throw new Error(`${what} ${JSON.stringify(box)} leaves the pane`);
    },
  },
  {
    name: "grid: an AR.* formula typed into a cell computes (HyperFormula with the real functions)",
    fn: async ({ page }) => {
      const due = await cellText(page, "D2");
      await page.locator('#grid td[data-cell="Q2"]').click();
      await page.locator("#formula-input").fill(`=AR.DAYSOVERDUE(D2,DATE(2025,6,30))`);
      await page.locator("#formula-input").press("Enter");
      await page.waitForFunction(() => document.querySelector('#grid td[data-cell="Q2"]')?.textContent !== "");
      const shown = await cellText(page, "Q2");
      // Independent: calendar days from the due date the grid shows to 2025-06-30.
      if (Number(shown) !== daysBetween(due, AS_OF))
        throw new Error(`Q2 shows ${shown}, expected ${daysBetween(due, AS_OF)} (due ${due})`);
      await page.locator('#grid td[data-cell="Q2"]').click();
      await page.locator("#formula-input").fill("");
      await page.locator("#formula-input").press("Enter");
      await page.locator('#grid td[data-cell="A2"]').click();
    },
  },
  {
    name: "keyboard only: as-of date and Scan reached with Tab, scan started with Enter",
    fn: async ({ page }) => {
      // Focus enters the pane at its first control, as F6 moves it into a task pane in Excel.
      await pane(page).locator("select").first().focus();
      const asOf = pane(page).getByLabel("As-of date");
      await tabTo(page, asOf);
      await page.keyboard.type("06302025"); // mm/dd/yyyy segments of an en-US date field
      if ((await asOf.inputValue()) !== AS_OF) throw new Error(`as-of reads ${await asOf.inputValue()}`);
      await tabTo(page, pane(page).getByRole("button", { name: "Scan", exact: true }));
      await page.keyboard.press("Enter");
      await pane(page)
        .getByText(/^Scanned [\d,]+ rows into Ledger!L1:O\d+/)
        .waitFor({ timeout: 30000 });
    },
  },
  {
    name: "grid: result columns, days overdue, next actions and row colours match the ledger",
    fn: async ({ page, root, results }) => {
      await page.waitForFunction(() => document.querySelector('#grid td[data-cell="L1"]')?.textContent === "Days overdue");
      const headers = await Promise.all(["L1", "M1", "N1", "O1"].map((a) => cellText(page, a)));
      if (headers.join("|") !== "Days overdue|Aging|Next action|Why") throw new Error(`headers ${headers.join("|")}`);
      const rows = (await readRows(page, ["A", "D", "E", "G", "H", "L", "M", "N"])).filter((r) => r.row > 1 && r.L !== "");
      const wrong = [];
      const seen = new Set();
      for (const r of rows) {
        const open = r.G === "" && !r.E.startsWith("-");
        const days = daysBetween(r.D, AS_OF);
        if (open && days > 0 && Number(r.L) !== days) wrong.push(`row ${r.row}: days ${r.L}, expected ${days}`);
        if (open && days > 0 && r.N === "") wrong.push(`row ${r.row}: no next action`);
        const fill = expectedFill(r);
        seen.add(fill);
        if (r.fill !== fill)
          wrong.push(`row ${r.row} (${r.D}, ${r.E}, paid '${r.G}', '${r.H}'): fill ${r.fill}, expected ${fill}`);
      }
      if (rows.length < 200) throw new Error(`only ${rows.length} scanned rows in the grid`);
      for (const hex of Object.values(FILLS)) if (!seen.has(rgb(hex))) wrong.push(`no row painted ${hex}`);
      if (wrong.length) throw new Error(`${wrong.length} mismatches:\n${wrong.slice(0, 8).join("\n")}`);
      // The README's picture: the ledger's due dates beside the result columns, the pane at its result.
      await page.setViewportSize({ width: 1600, height: 860 });
      await page.evaluate(() => {
        const scroller = document.getElementById("grid-scroll");
        scroller.scrollLeft = document.querySelector(`#grid td[data-cell="D1"]`).offsetLeft - 44;
        scroller.scrollTop = 0;
      });
      await pane(page)
        .getByText(/^Scanned/)
        .evaluate((el) => el.scrollIntoView({ block: "start" }));
      const shot = path.join(results, "pane-after-scan.png");
      await page.screenshot({ path: shot });
      await page.setViewportSize({ width: 1280, height: 800 });
      if (process.env.UPDATE_SCREENSHOT === "1") {
        mkdirSync(path.join(root, "assets/screenshots"), { recursive: true });
        copyFileSync(shot, path.join(root, "assets/screenshots/pane-after-scan.png"));
      }
    },
  },
  {
    name: "Issues: the bad-amount row is listed and 'Select cell' selects it in the grid",
    fn: async ({ page }) => {
      const bad = (await readRows(page, ["E"])).find((r) => r.E === "12O.50");
      if (!bad) throw new Error("no '12O.50' cell in the grid");
      const address = `Ledger!E${bad.row}`;
      await paneTab(page, /^Issues \(\d+\)$/).click();
      await pane(page)
        .getByRole("button", { name: `Select cell ${address}` })
        .click();
      await page.waitForFunction((a) => document.getElementById("grid").dataset.selection === a, address, { timeout: 10000 });
      const selected = await page.locator("#grid td.sel").getAttribute("data-cell");
      if (selected !== `E${bad.row}`) throw new Error(`grid highlights ${selected}`);
      if ((await page.locator("#name-box").innerText()) !== address) throw new Error("name box does not show the cell");
    },
  },
  {
    name: "axe-core: no serious or critical violation in the pane (light theme)",
    fn: async ({ page, root }) => {
      const found = await axeSeriousViolations(page, root);
      if (found.length) throw new Error(found.join("\n"));
    },
  },
  {
    name: "keyboard: every enabled control of the pane is reachable with Tab",
    fn: async ({ page }) => {
      await paneTab(page, "Customers").click();
      await pane(page).locator("select").first().focus();
      const reached = new Set();
      for (let i = 0; i < 400; i++) {
        const id = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || !document.getElementById("container").contains(el)) return null;
          el.dataset.e2eReached = "1";
          return el.tagName;
        });
        if (id === null && i > 0) break;
        reached.add(id);
        await page.keyboard.press("Tab");
      }
      const missed = await page.evaluate(() => {
        const controls = [
          ...document.querySelectorAll("#container button, #container input, #container select, #container textarea"),
        ];
        return controls
          .filter((el) => !el.disabled && el.getClientRects().length > 0 && el.getAttribute("role") !== "tab")
          .filter((el) => el.dataset.e2eReached !== "1")
          .map((el) => el.getAttribute("aria-label") || el.textContent.trim() || el.outerHTML.slice(0, 80));
      });
      // Tabs follow the ARIA tablist pattern: Tab reaches the selected tab, arrow keys move between tabs.
      const tablists = await page.evaluate(
        () =>
          [...document.querySelectorAll('#container [role="tablist"]')].filter(
            (list) => !list.querySelector('[data-e2e-reached="1"]'),
          ).length,
      );
      if (missed.length || tablists)
        throw new Error(`not reachable: ${missed.join(", ")}${tablists ? `; ${tablists} tab lists` : ""}`);
    },
  },
  dashboardReportStep,
  {
    name: "Reminders: drafts for overdue customers, 'Write all to sheet' fills a Reminders sheet",
    fn: async ({ page }) => {
      if ((await paneTab(page, "Reminders").count()) === 0) throw new Error("the pane has no Reminders tab to drive");
      await paneTab(page, "Reminders").click();
      await pane(page).getByRole("button", { name: "Write all to sheet" }).click();
      await sheetTab(page, "Reminders").waitFor({ timeout: 30000 });
      await sheetTab(page, "Reminders").click();
      await page.waitForFunction(() => document.getElementById("grid").dataset.sheet === "Reminders");
      const rows = (await readRows(page, ["A", "B", "D", "E"])).filter((r) => r.A !== "");
      if (rows.length < 3) throw new Error(`Reminders sheet has ${rows.length} rows`);
      if (!rows.slice(1).every((r) => r.B.includes("@") && r.D !== "" && r.E !== ""))
        throw new Error("a reminder row lacks email, subject or body");
      await sheetTab(page, "Ledger").click();
      await paneTab(page, "Scan").click();
    },
  },
  inputsStep,
  forecastStep,
  financingStep,
  layoutStep("English"),
  {
    name: "Chinese: the pane switches to 中文",
    fn: async ({ page }) => {
      await pane(page).getByLabel("Language").selectOption("zh");
      await pane(page).getByRole("button", { name: "扫描", exact: true }).waitFor({ timeout: 10000 });
      if (!(await pane(page).innerText()).includes("基准日")) throw new Error("as-of label not in Chinese");
    },
  },
  layoutStep("中文"),
  {
    name: "dark theme: the pane follows the system's dark mode; axe finds no serious violation",
    fn: async ({ page, root }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.waitForFunction(() => {
        const provider =
          document.querySelector("#container .fui-FluentProvider > div") ?? document.querySelector("#container > div > div");
        const [r, g, b] = getComputedStyle(provider).backgroundColor.match(/\d+/g).map(Number);
        return r + g + b < 3 * 80;
      });
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector("#container > div > div")).backgroundColor);
      if (luminance(bg) > 0.3) throw new Error(`pane background ${bg} is not dark`);
      // Fluent's buttons fade their colours (a CSS transition): axe measures the settled ones.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
      const found = await axeSeriousViolations(page, root);
      if (found.length) throw new Error(found.join("\n"));
      await page.emulateMedia({ colorScheme: "light" });
    },
  },
  {
    name: "Chinese sample (?sample=zh): 中文 headers found, scanned, 逾期天数 column and colours in the grid",
    fn: async ({ page, url }) => {
      await page.goto(`${url}preview.html?sample=zh&asof=${AS_OF}`, { waitUntil: "load" });
      await pane(page)
        .getByText(/应收账款!A1:K\d+/)
        .waitFor({ timeout: 20000 });
      await pane(page).getByLabel("基准日").fill(AS_OF);
      await pane(page).getByRole("button", { name: "扫描", exact: true }).click();
      await pane(page)
        .getByText(/已扫描/)
        .waitFor({ timeout: 30000 });
      await page.waitForFunction(() => document.querySelector('#grid td[data-cell="L1"]')?.textContent === "逾期天数");
      const painted = (await readRows(page, ["A"])).filter((r) => r.fill !== NONE).length;
      if (painted < 20) throw new Error(`only ${painted} rows painted`);
    },
  },
  clearStep,
];
