// `npm run validate`: checks manifest.xml (and dist/manifest.xml when built) offline against the
// Office XSDs and the project's own rules. `office-addin-manifest validate` would post the file to an
// online service, which builds and CI must not depend on.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import checks from "./manifest-checks.cjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const files = ["manifest.xml", "dist/manifest.xml"];
let failed = 0;

for (const file of files) {
  const full = path.join(root, file);
  if (!existsSync(full)) {
    console.log(`- ${file}: not built yet (run npm run build), skipped`);
    continue;
  }
  const xml = readFileSync(full, "utf8");
  const errors = [...(await checks.schemaErrors(xml, path.basename(file))), ...checks.semanticErrors(xml)];
  const { namespace, runtimeUrl } = checks.manifestFacts(xml);
  if (errors.length === 0) {
    console.log(`✓ ${file}: valid (schema + resids + shared runtime + https); namespace ${namespace}, runtime ${runtimeUrl}`);
  } else {
    failed++;
    console.error(`✗ ${file}:\n  ${errors.join("\n  ")}`);
  }
}
process.exitCode = failed ? 1 : 0;
