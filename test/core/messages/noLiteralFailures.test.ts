import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "../../..");
const CORE = join(ROOT, "src/core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Comments blanked (kept the same length), so an @example mentioning fail("…") is not a call. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, " "));
}

/** The text of a call's second argument, from the opening parenthesis at `open`. */
function secondArgument(text: string, open: number): string {
  let depth = 0;
  let quote: string | null = null;
  let start = -1;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return start < 0 ? "" : text.slice(start, i).trim();
    } else if (c === "," && depth === 1) {
      if (start >= 0) return text.slice(start, i).trim();
      start = i + 1;
    }
  }
  return start < 0 ? "" : text.slice(start).trim();
}

describe("core failures take their text from a message table", () => {
  test("no fail(…) or inputError(…) in src/core passes a string", () => {
    const offenders: string[] = [];
    let calls = 0;
    for (const file of sourceFiles(CORE)) {
      if (file.endsWith(join("core", "failure.ts"))) continue; // the definitions
      const text = withoutComments(readFileSync(file, "utf8"));
      for (const match of text.matchAll(/\b(fail|inputError)\(/g)) {
        calls++;
        const argument = secondArgument(text, match.index + match[1].length);
        if (/^["'`]/.test(argument)) {
          const line = text.slice(0, match.index).split("\n").length;
          offenders.push(`${relative(ROOT, file)}:${line} ${argument.slice(0, 60)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    // The scan found the calls it is about (a broken pattern would pass vacuously).
    expect(calls).toBeGreaterThan(100);
  });

  test("the scan catches a literal", () => {
    const sample = 'return fail("unreadable", `cannot read ${x}`);';
    expect(secondArgument(sample, sample.indexOf("("))).toBe("`cannot read ${x}`");
    const ok = 'return fail("missing", M.termsBlank({ a: "x, y" }));';
    expect(secondArgument(ok, ok.indexOf("("))).toBe('M.termsBlank({ a: "x, y" })');
  });
});
