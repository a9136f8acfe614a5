// A small static server for the built add-in (dist/) on http://localhost, for the browser preview
// and the end-to-end test. It serves Office's script from node_modules/@microsoft/office-js/dist
// at /office-js/ and points HTML pages at it instead of Microsoft's CDN, so nothing leaves the
// machine. With --preview it also serves the browser preview (dist-preview/, from
// `npm run build:preview`) at the same root: /preview.html hosts dist/'s functions.js and taskpane.js.
// Usage: node scripts/serve-dist.mjs [dir=dist] [--port 3000] [--preview]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/** The file a URL path names under `base`, or undefined when it would escape it. */
function within(base, urlPath) {
  const file = path.resolve(base, `.${path.posix.normalize(`/${urlPath}`)}`);
  return file === base || file.startsWith(base + path.sep) ? file : undefined;
}

/**
 * Starts serving `dir` on localhost; resolves with the base URL and a close function.
 * Port 0 picks a free port. `overlays` are further folders served at the same root, for files
 * `dir` lacks (the preview's dist-preview/).
 */
export async function serveDist({ dir = path.join(ROOT, "dist"), port = 0, host = "127.0.0.1", overlays = [] } = {}) {
  const base = path.resolve(dir);
  const roots = [base, ...overlays.map((o) => path.resolve(o))];
  /** The first existing file for a URL path among the served folders. */
  const locate = async (urlPath) => {
    for (const root of roots) {
      const file = within(root, urlPath);
      if (file && (await stat(file).catch(() => null))) return file;
    }
    return within(base, urlPath);
  };
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const officeJs = urlPath.startsWith("/office-js/");
    let file = officeJs ? within(OFFICE_JS_DIR, urlPath.slice("/office-js".length)) : await locate(urlPath);
    try {
      if (!file) throw new Error("outside the served folder");
      if ((await stat(file)).isDirectory()) file = path.join(file, "taskpane.html");
      let body = await readFile(file);
      const ext = path.extname(file).toLowerCase();
      if (ext === ".html") body = Buffer.from(body.toString("utf8").split(OFFICE_JS_CDN).join("/office-js/office.js"));
      res.writeHead(200, { "Content-Type": TYPES[ext] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`Not found: ${urlPath}\n`);
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const { port: actual } = server.address();
  return { url: `http://localhost:${actual}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 3000;
  const dir = args.find((a, i) => !a.startsWith("--") && i !== portAt + 1) ?? "dist";
  const preview = args.includes("--preview");
  const overlays = preview ? [path.join(ROOT, "dist-preview")] : [];
  const { url } = await serveDist({ dir: path.resolve(dir), port, overlays });
  console.log(`Serving ${dir}/ at ${url}taskpane.html (office.js from node_modules). Ctrl+C to stop.`);
  if (preview) {
    console.log(`Preview without Excel: ${url}preview.html  (Chinese sample: ${url}preview.html?sample=zh)`);
  }
}
