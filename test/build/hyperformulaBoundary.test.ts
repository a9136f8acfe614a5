import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/* HyperFormula is GPL-licensed and a devDependency: only test/ and bench/ may use it. Nothing under
   src/ (what ships in the add-in) may import it. */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [file] : [];
  });
}

test("no file under src/ imports hyperformula", () => {
  const src = path.resolve(__dirname, "../../src");
  const offenders = sourceFiles(src).filter((file) =>
    /from\s+["']hyperformula|require\(\s*["']hyperformula|import\(\s*["']hyperformula/.test(readFileSync(file, "utf8")),
  );
  expect(offenders).toEqual([]);
});

test("hyperformula is a devDependency, not a dependency", () => {
  const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as Record<
    string,
    Record<string, string>
  >;
  expect(pkg.dependencies.hyperformula).toBeUndefined();
  expect(pkg.devDependencies.hyperformula).toBeDefined();
});
