import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/* A clone of this repository alone must build and pass its tests (issue #14): no tracked file may
   point at the team's shared folder beside the checkout. The pattern is assembled here so that this
   file does not match itself. CI proves the same by running `npm ci && npm test` in a clone made in
   an empty folder (.ci/run); this test says which file is at fault, earlier. */

const ROOT = path.resolve(__dirname, "../..");
const OUTSIDE = new RegExp(["\\.\\.", "shared"].join("[\\\\/]"));

function trackedTextFiles(): string[] {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  return files.filter((file) => !/\.(png|ico|jpg|gif|woff2?)$/i.test(file));
}

test("no tracked file refers to a folder outside the repository", () => {
  const files = trackedTextFiles();
  expect(files.length).toBeGreaterThan(100);
  const offenders = files.filter((file) => OUTSIDE.test(readFileSync(path.join(ROOT, file), "utf8")));
  expect(offenders).toEqual([]);
});

test("the pattern catches what it is meant to catch", () => {
  expect(OUTSIDE.test(`path.resolve(__dirname, "../${"shared"}/data/x.json")`)).toBe(true);
  expect(OUTSIDE.test(`..\\${"shared"}\\spec`)).toBe(true);
  expect(OUTSIDE.test("src/core/shared runtime")).toBe(false);
});
