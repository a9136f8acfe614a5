// `npm run bench`: runs every bench/*.bench.ts (each exports `run(options?)`, returning its results)
// and saves the results as JSON in .bench/. The TypeScript is transpiled in memory with the
// project's own compiler (types are checked by `npm run typecheck`), so no extra runner is needed.
// Usage: npm run bench [-- name-filter]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The scan bench measures the heap the pane keeps with full collections (global.gc): without
// --expose-gc, run this script again with it, passing the arguments on.
if (typeof globalThis.gc !== "function") {
  const { spawnSync } = await import("node:child_process");
  const child = spawnSync(process.execPath, ["--expose-gc", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const ts = require("typescript");

// CommonJS loader for .ts/.tsx: transpile-only, like ts-jest and ts-loader in this project.
for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = (module, filename) => {
    const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        jsx: ts.JsxEmit.ReactJSX,
      },
    });
    module._compile(outputText, filename);
  };
}

const filter = process.argv[2] ?? "";
const benchDir = path.join(root, "bench");
const files = readdirSync(benchDir)
  .filter((name) => /\.bench\.tsx?$/.test(name) && name.includes(filter))
  .sort();
if (files.length === 0) {
  console.log(`No bench/*.bench.ts files${filter ? ` matching '${filter}'` : ""}.`);
  process.exit(0);
}

const results = {};
for (const name of files) {
  console.log(`\n▶ ${name}`);
  const bench = require(path.join(benchDir, name));
  if (typeof bench.run !== "function") throw new Error(`${name} does not export run()`);
  const started = performance.now();
  results[name] = await bench.run();
  console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const out = path.join(root, ".bench");
mkdirSync(out, { recursive: true });
const file = path.join(out, `results-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, results }, null, 2));
console.log(`\nresults: ${path.relative(root, file)}`);
