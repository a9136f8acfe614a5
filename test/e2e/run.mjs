// End-to-end check of the built pane in headless Chromium, offline: serves dist/ locally (office.js
// from the npm package), opens taskpane.html outside Office and checks that it renders, stays on
// localhost and logs no errors. Run after `npm run build`: npm run test:e2e
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveDist } from "../../scripts/serve-dist.mjs";

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

const checks = [];
function check(name, fn) {
  checks.push({ name, fn });
}

check("the pane renders its 'AR Credit Desk' header", async ({ page, url }) => {
  await page.goto(`${url}taskpane.html`, { waitUntil: "load" });
  await page.getByRole("heading", { name: "AR Credit Desk" }).waitFor({ timeout: 15000 });
});

check("the functions chunk registered AR.DAYSOVERDUE with office.js", async ({ page }) => {
  // office.js alone (outside Excel) keeps associations in CustomFunctions._association.
  const ids = await page.evaluate(() => Object.keys(window.CustomFunctions?._association?.mappings ?? {}));
  if (!ids.includes("DAYSOVERDUE")) throw new Error(`associated ids: ${JSON.stringify(ids)}`);
});

check("no request left localhost", async ({ outside }) => {
  if (outside.length) throw new Error(`requests outside localhost:\n  ${outside.join("\n  ")}`);
});

check("no console errors or page errors", async ({ errors }) => {
  if (errors.length) throw new Error(errors.join("\n  "));
});

async function main() {
  if (!existsSync(path.join(ROOT, "dist/taskpane.html"))) throw new Error("dist/taskpane.html missing: run npm run build first");
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install chromium (or set CHROMIUM_PATH)`);
  mkdirSync(RESULTS, { recursive: true });
  const server = await serveDist({ dir: path.join(ROOT, "dist") });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = { outside: [], errors: [], url: server.url };
  let passed = 0;
  let failed = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    context.page = page;
    await page.route("**/*", (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      if ((protocol === "http:" || protocol === "https:") && hostname !== "localhost" && hostname !== "127.0.0.1") {
        context.outside.push(route.request().url());
        return route.abort();
      }
      return route.continue();
    });
    page.on("console", (msg) => msg.type() === "error" && context.errors.push(`console: ${msg.text()}`));
    page.on("pageerror", (err) => context.errors.push(`page: ${err.message}`));
    for (const { name, fn } of checks) {
      try {
        await fn(context);
        passed++;
        console.log(`✓ ${name}`);
      } catch (error) {
        failed++;
        console.log(`✗ ${name}\n  ${error.message}`);
      }
    }
    const shot = path.join(RESULTS, "taskpane.png");
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${path.relative(ROOT, shot)}`);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error.message);
  console.log(`0 passed, ${checks.length} failed`);
  process.exitCode = 1;
});
