// End-to-end tests in headless Chromium, offline. Serves dist/ (the production add-in) and
// dist-preview/ (the preview page) on localhost, office.js from the npm package, then:
//  1. taskpane.html outside Office renders and registers its functions with office.js;
//  2. the preview page (the real functions.js + taskpane.js beside a grid of the sample workbook,
//     on the workbook host with HyperFormula) is driven like a user: map the ledger, scan (with the
//     keyboard only), check the grid's values and colours, Issues → select cell, Chinese, dark
//     theme, the report and reminders, axe-core on the pane; the inputs as typed ("Acme Ltd", several
//     lines, "12.", refused "-5"/"1e9"/"abc"), a Forecast and a Financing figure against sums of the
//     grid's cells, every tab and view at a 320 px window (English and Chinese), and Clear after a
//     scan leaving the workbook exactly as before (paneSteps.mjs);
//  3. accounting-system exports (SAP's CSV, QuickBooks' .xlsx) opened through the preview's file
//     input, found, scanned and checked against test/fixtures/exports/expected.json;
//  4. the collector's day (collectorsDaySteps.mjs): scan → Today's order → Draft letter → Copy text
//     logs a reminder on the AR Activity sheet → rescan: that customer waits and leaves Today.
// Any request outside localhost or any console error fails the run. Screenshots go to
// test-results/; UPDATE_SCREENSHOT=1 also refreshes assets/screenshots/pane-after-scan.png.
// Run after `npm run build && npm run build:preview`: npm run test:e2e
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveDist } from "../../scripts/serve-dist.mjs";
import { bundleSizes } from "./bundleSizes.mjs";
import { exportFileSteps } from "./exportFileSteps.mjs";
import { previewSteps } from "./previewSteps.mjs";
import { oneTruthSteps } from "./oneTruthSteps.mjs";
import { collectorsDaySteps } from "./collectorsDaySteps.mjs";
import { provisionSteps } from "./provisionSteps.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RESULTS = path.join(ROOT, "test-results");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const steps = [];
function step(name, fn) {
  steps.push({ name, fn });
}

step("taskpane.html (outside Office) renders its 'AR Credit Desk' header", async ({ page, url }) => {
  await page.goto(`${url}taskpane.html`, { waitUntil: "load" });
  await page.getByRole("heading", { name: "AR Credit Desk" }).waitFor({ timeout: 15000 });
});

step("taskpane.html: the functions chunk registered AR.DAYSOVERDUE with office.js", async ({ page }) => {
  // office.js alone (outside Excel) keeps associations in CustomFunctions._association.
  const ids = await page.evaluate(() => Object.keys(window.CustomFunctions?._association?.mappings ?? {}));
  if (!ids.includes("DAYSOVERDUE")) throw new Error(`associated ids: ${JSON.stringify(ids)}`);
});

step("dist/ (the add-in) holds no HyperFormula and never mentions the preview", async () => {
  for (const file of ["functions.js", "taskpane.js", "taskpane.html", "manifest.xml"]) {
    const text = readFileSync(path.join(ROOT, "dist", file), "utf8");
    if (/hyperformula/i.test(text)) throw new Error(`dist/${file} contains HyperFormula (GPL): it belongs to dist-preview/ only`);
    if (/preview\.(html|js)/.test(text)) throw new Error(`dist/${file} references the preview page`);
  }
});

for (const s of previewSteps) step(s.name, s.fn);
for (const s of exportFileSteps) step(s.name, s.fn);
for (const s of oneTruthSteps) step(s.name, s.fn);
for (const s of collectorsDaySteps) step(s.name, s.fn);
for (const s of provisionSteps) step(s.name, s.fn);

/** Fails the run when a page asked for anything off the machine or logged an error. */
function guard(context, state) {
  context.route("**/*", (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if ((protocol === "http:" || protocol === "https:") && hostname !== "localhost" && hostname !== "127.0.0.1") {
      state.outside.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  context.on("page", (page) => {
    page.on("console", (msg) => msg.type() === "error" && state.errors.push(`console: ${msg.text()}`));
    page.on("pageerror", (err) => state.errors.push(`page: ${err.message}`));
  });
}

async function main() {
  for (const file of ["dist/taskpane.html", "dist-preview/preview.html"]) {
    if (!existsSync(path.join(ROOT, file))) throw new Error(`${file} missing: run npm run build && npm run build:preview first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install chromium (or set CHROMIUM_PATH)`);
  mkdirSync(RESULTS, { recursive: true });
  const server = await serveDist({ dir: path.join(ROOT, "dist"), overlays: [path.join(ROOT, "dist-preview")] });
  // A fresh profile every run: nothing cached or remembered from an earlier one.
  const profile = mkdtempSync(path.join(os.tmpdir(), "ar-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    locale: "en-US",
    timezoneId: "UTC",
    viewport: { width: 320, height: 640 },
  });
  const state = { outside: [], errors: [], url: server.url, root: ROOT, results: RESULTS, context, shared: {} };
  guard(context, state);
  let passed = 0;
  let failed = 0;
  let shot = 0;
  try {
    state.page = context.pages()[0] ?? (await context.newPage());
    for (const { name, fn } of steps) {
      try {
        // A step either does its work or fails: none may pass by skipping what it cannot find.
        await fn(state);
        passed++;
        console.log(`✓ ${name}`);
      } catch (error) {
        failed++;
        console.log(`✗ ${name}\n  ${String(error.message).split("\n").slice(0, 12).join("\n  ")}`);
      }
      const file = path.join(RESULTS, `${String(++shot).padStart(2, "0")}-${name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}.png`);
      await state.page.screenshot({ path: file }).catch(() => undefined);
    }
    for (const [name, ok] of [
      [
        "no request left localhost",
        () => state.outside.length === 0 || `requests outside localhost:\n  ${state.outside.join("\n  ")}`,
      ],
      ["no console errors or page errors", () => state.errors.length === 0 || state.errors.join("\n  ")],
    ]) {
      const verdict = ok();
      if (verdict === true) {
        passed++;
        console.log(`✓ ${name}`);
      } else {
        failed++;
        console.log(`✗ ${name}\n  ${verdict}`);
      }
    }
    const t = state.shared.timings;
    if (t) {
      console.log(
        `timings (ms from navigation start): functions associated ${t.functionsAssociated?.toFixed(0)}, ` +
          `AR.* computing in the grid ${t.functionsRegistered?.toFixed(0)}, pane interactive ${t.paneInteractive?.toFixed(0)}`,
      );
    }
    for (const { file, bytes, gzip } of bundleSizes(ROOT)) {
      console.log(`bundle ${file}: ${(bytes / 1024).toFixed(1)} kB, gzip ${(gzip / 1024).toFixed(1)} kB`);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error.message);
  console.log(`0 passed, ${steps.length} failed`);
  process.exitCode = 1;
});
