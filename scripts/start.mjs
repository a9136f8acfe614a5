// `npm start`: run the add-in against Excel.
// - Windows and macOS (Excel desktop installed): office-addin-debugging sideloads manifest.xml into
//   Excel desktop and starts the dev server (npm run dev-server).
// - Linux (no Excel desktop): builds the browser preview (dist-preview/), starts the dev server and
//   prints how to sideload into Excel on the web and where the preview page is.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(args) {
  const child = spawn(npx, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (process.platform === "win32" || process.platform === "darwin") {
  console.log("Sideloading manifest.xml into Excel desktop (stop with: npx office-addin-debugging stop manifest.xml)…");
  run(["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  console.log(`
AR Credit Desk: starting the dev server on port 3000 (webpack serve --mode development).

Excel desktop is not available on ${process.platform}; use Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web).
  2. Home > Add-ins > More Add-ins (or Insert > Add-ins) > Upload My Add-in,
     choose ${path.join(root, "manifest.xml")} and select Upload.
  3. Open the pane from Home > AR Credit Desk; type =AR. in a cell to list the functions.
  Excel loads add-ins only over https: if the dev server below says it fell back to http,
  install the dev certificate first (npx office-addin-dev-certs install; needs sudo).

Preview without Excel (the pane beside a sample workbook, offline): once the dev server is up,
  http://localhost:3000/preview.html   (Chinese sample: http://localhost:3000/preview.html?sample=zh;
  https://… if the dev certificate is installed). Production bundles instead: npm run preview.
`);
  // The preview page is a separate bundle (HyperFormula stays out of the add-in): build it first.
  const preview = spawnSync(npx, ["webpack", "--config", "webpack.preview.config.js", "--mode", "development"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (preview.status !== 0) console.warn("The preview page did not build; the dev server starts without it.");
  run(["webpack", "serve", "--mode", "development"]);
}
