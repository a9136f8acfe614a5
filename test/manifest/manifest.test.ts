import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_PUBLIC_URL, DEV_URL, publicBaseUrl, rebaseUrls } from "../../scripts/addin-urls.cjs";
import { manifestFacts, schemaErrors, semanticErrors } from "../../scripts/manifest-checks.cjs";

const ROOT = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe("manifest.xml against the Office XSDs (scripts/office-manifest-schemas)", () => {
  test("is valid", async () => {
    expect(await schemaErrors(manifest)).toEqual([]);
  });

  test("the check can fail: an unknown element in VersionOverrides is rejected", async () => {
    const broken = manifest.replace("<Runtimes>", "<Runtimes><Bogus />");
    expect((await schemaErrors(broken)).join("\n")).toMatch(/Bogus.*not expected/);
  });
});

describe("manifest.xml: what the schema cannot check", () => {
  test("no problems", () => {
    expect(semanticErrors(manifest)).toEqual([]);
  });

  test("shared runtime: <Runtimes> right after <Host>, long-lived, on the pane's URL", () => {
    expect(manifest).toMatch(
      /<Host xsi:type="Workbook">\s*(<!--[^]*?-->\s*)?<Runtimes>\s*<Runtime resid="Taskpane.Url" lifetime="long" \/>/,
    );
    expect(manifestFacts(manifest).runtimeUrl).toBe("https://localhost:3000/taskpane.html");
  });

  test("custom functions namespace AR; Home tab button opens the pane", () => {
    expect(manifestFacts(manifest).namespace).toBe("AR");
    expect(manifest).toMatch(
      /<OfficeTab id="TabHome">[^]*<Action xsi:type="ShowTaskpane">[^]*<SourceLocation resid="Taskpane.Url" \/>/,
    );
  });

  test("English names with zh-CN overrides; zh-CN functions metadata", () => {
    expect(manifest).toMatch(
      /<DisplayName DefaultValue="AR Credit Desk">\s*<Override Locale="zh-CN" Value="[^"]*[\u4e00-\u9fff][^"]*" \/>/,
    );
    expect(manifest).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="zh-CN"/);
    expect(manifest).toMatch(
      /id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions-zh-cn.json" \/>/,
    );
  });

  test("every URL is https on the dev server", () => {
    const { urls } = manifestFacts(manifest);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith(DEV_URL))).toEqual([]);
  });

  test("every icon the manifest names exists in assets/ at its size", () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)];
    expect(new Set(icons.map((m) => m[1]))).toEqual(new Set(["16", "32", "64", "80"]));
    for (const size of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual([size, size]);
  });

  test.each([
    [
      "an unresolved resid",
      (x: string) => x.replace('<Label resid="Group.Label" />', '<Label resid="Nope.Label" />'),
      /Nope.Label.*does not resolve/,
    ],
    [
      "a resid naming the wrong kind",
      (x: string) => x.replace('<Title resid="GetStarted.Title" />', '<Title resid="Taskpane.Url" />'),
      /does not resolve to a bt:ShortStrings/,
    ],
    [
      "a function file on another URL",
      (x: string) => x.replace('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Functions.Script.Url" />'),
      /one URL/,
    ],
    ["no shared runtime", (x: string) => x.replace('lifetime="long"', 'lifetime="short"'), /shared runtime/],
    [
      "an http URL",
      (x: string) => x.replace('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'),
      /not https/,
    ],
    [
      "a duplicate resource id",
      (x: string) => x.replace('<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"'),
      /defined twice/,
    ],
  ])("reports %s", (_what, breakIt, expected) => {
    expect(semanticErrors(breakIt(manifest)).join("\n")).toMatch(expected);
  });
});

describe("production URLs", () => {
  test("AR_PUBLIC_URL is normalised to end with /; default is the example host; http refused", () => {
    expect(publicBaseUrl({})).toBe(DEFAULT_PUBLIC_URL);
    expect(publicBaseUrl({ AR_PUBLIC_URL: "https://cdn.contoso.org/ar" })).toBe("https://cdn.contoso.org/ar/");
    expect(() => publicBaseUrl({ AR_PUBLIC_URL: "http://cdn.contoso.org/" })).toThrow(/https/);
  });

  test("rebasing replaces every dev URL, leaving a manifest that still passes every check", async () => {
    const prod = rebaseUrls(manifest, DEV_URL, "https://cdn.contoso.org/ar/");
    expect(prod).not.toContain("localhost");
    expect(manifestFacts(prod).urls.every((u) => u.startsWith("https://cdn.contoso.org/ar/"))).toBe(true);
    expect(semanticErrors(prod)).toEqual([]);
    expect(await schemaErrors(prod)).toEqual([]);
  });
});
