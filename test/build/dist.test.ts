import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";
import { manifestFacts, schemaErrors, semanticErrors } from "../../scripts/manifest-checks.cjs";

/* One production build (as `npm run build`, into a temporary folder, with a non-default
   AR_PUBLIC_URL) and checks on what it emits. */

const PUBLIC_URL = "https://cdn.contoso.org/ar-desk/";
let out: string;
const read = (file: string) => readFileSync(path.join(out, file), "utf8");

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "ar-dist-"));
  const saved = process.env.AR_PUBLIC_URL;
  process.env.AR_PUBLIC_URL = PUBLIC_URL;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js") as (env: object, options: object) => Promise<webpack.Configuration>;
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    config.output = { ...config.output, path: out };
    config.devtool = false;
    config.optimization = { ...config.optimization, minimize: false }; // minifying adds ~20 s and changes nothing checked here
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (err, result) => (err || !result ? reject(err) : resolve(result))),
    );
    // Warnings (e.g. missing Chinese help, reported by functionsJson.test.ts) do not stop these checks.
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  } finally {
    if (saved === undefined) delete process.env.AR_PUBLIC_URL;
    else process.env.AR_PUBLIC_URL = saved;
  }
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

test("taskpane.html loads office.js from the CDN, then the functions chunk, then the pane", () => {
  const html = read("taskpane.html");
  const order = ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"].map((s) =>
    html.indexOf(s),
  );
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test("the functions chunk registers every function of functions.json", () => {
  const functionsJs = read("functions.js");
  const ids = (JSON.parse(read("functions.json")) as { functions: { id: string }[] }).functions.map((f) => f.id);
  expect(ids).toContain("DAYSOVERDUE");
  for (const id of ids) expect(functionsJs).toContain(`CustomFunctions.associate("${id}"`);
});

test("functions.json and functions-zh-cn.json list the same ids; help URLs on AR_PUBLIC_URL", () => {
  const en = JSON.parse(read("functions.json")) as { functions: { id: string; helpUrl: string }[] };
  const zh = JSON.parse(read("functions-zh-cn.json")) as { functions: { id: string; helpUrl: string }[] };
  expect(zh.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  for (const fn of [...en.functions, ...zh.functions]) expect(fn.helpUrl).toBe(`${PUBLIC_URL}help.html#${fn.id.toLowerCase()}`);
});

test("help.html has a section for each function", () => {
  const html = read("help.html");
  expect(html).toMatch(/id="?daysoverdue"?>/);
  expect(html).toContain("AR.DAYSOVERDUE(due_date, as_of, [paid_date])");
});

test("dist/manifest.xml: every URL on AR_PUBLIC_URL, schema-valid, resids and shared runtime intact", async () => {
  const xml = read("manifest.xml");
  const { urls, runtimeUrl } = manifestFacts(xml);
  expect(urls.filter((u) => !u.startsWith(PUBLIC_URL))).toEqual([]);
  expect(runtimeUrl).toBe(`${PUBLIC_URL}taskpane.html`);
  expect(semanticErrors(xml)).toEqual([]);
  expect(await schemaErrors(xml)).toEqual([]);
});

test("icons are copied", () => {
  for (const size of [16, 32, 64, 80, 128])
    expect(
      readFileSync(path.join(out, `assets/icon-${size}.png`))
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
});
