import { readFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata, ZH_TABLE, type FunctionsMetadata, type ZhTable } from "../../scripts/functions-metadata.cjs";

/* The published metadata against the catalogue itself (docs/functions.md, the product owner's
   list, kept in the repository): every AR.* function there is in functions.json with the same id, the same
   arguments in the same order, the same optional flags, help for each; element-wise (⇉) ones spill;
   and the zh-CN metadata carries the same ids. The catalogue is parsed here, independently of the
   source, so a renamed or reordered argument fails. */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { customFunctionFiles } = require("../../webpack.config.js") as { customFunctionFiles: () => string[] };
const CATALOGUE = path.resolve(__dirname, "../../docs/functions.md");

interface CatalogueEntry {
  id: string;
  params: { name: string; optional: boolean }[];
  elementwise: boolean;
}

/** Rows such as "| `AR.AGEBUCKET(due_date, as_of, [edges], [paid_date], [language])` ⇉ | …". */
function catalogue(): CatalogueEntry[] {
  const text = readFileSync(CATALOGUE, "utf8");
  const rows = [...text.matchAll(/^\|\s*`AR\.([A-Z]+)\(([^)]*)\)`\s*(⇉)?\s*\|/gm)];
  return rows.map(([, id, args, arrow]) => ({
    id,
    elementwise: arrow === "⇉",
    params: args
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean)
      .map((a) => ({ name: a.replace(/^\[|\]$/g, ""), optional: a.startsWith("[") })),
  }));
}

let metadata: FunctionsMetadata;
let associate: { functionName: string; id: string }[];
const entries = catalogue();

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(customFunctionFiles());
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as FunctionsMetadata;
  associate = result.associate;
}, 60_000);

test("the catalogue parses to its 37 functions", () => {
  // Counted in functions.md: aging and dates 4, metrics 18 (with days late by month, roll and loss rates), dunning and risk 4, credit limits 1, forecast 2 (with its backtest), financing 8.
  expect(entries).toHaveLength(37);
  expect(entries.find((e) => e.id === "AGING")?.params.map((p) => p.name)).toEqual([
    "amounts",
    "due_dates",
    "as_of",
    "edges",
    "paid_dates",
    "language",
  ]);
});

test.each(entries.map((e) => [e.id, e] as const))("AR.%s is published as the catalogue declares it", (id, entry) => {
  const fn = metadata.functions.find((f) => f.id === id);
  expect(fn).toBeDefined();
  expect(fn!.name).toBe(id);
  expect(fn!.parameters.map((p) => ({ name: p.name, optional: p.optional ?? false }))).toEqual(entry.params);
  expect(fn!.description!.length).toBeGreaterThan(30);
  for (const p of fn!.parameters) {
    expect(`${p.name}: ${p.description ?? ""}`).toMatch(/: .{15,}/);
    expect(p.type).toBe("any"); // converted by our own converter, never by Excel
  }
  expect(fn!.helpUrl).toBe(`https://ar-credit-desk.example.com/help.html#${id.toLowerCase()}`);
  if (entry.elementwise) {
    expect(fn!.result?.dimensionality).toBe("matrix");
    expect(fn!.parameters[0].dimensionality).toBe("matrix");
  }
});

test("no function is published that the catalogue does not list", () => {
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(entries.map((e) => e.id).sort());
});

test("spilled tables are declared as matrices", () => {
  for (const id of ["AGING", "PAYMENTPLAN", "CASHFORECAST", "FORECASTBACKTEST"])
    expect(metadata.functions.find((f) => f.id === id)?.result?.dimensionality).toBe("matrix");
});

test("each entry point is named like its id (daysOverdue ↔ DAYSOVERDUE), which the spreadsheet bridge relies on", () => {
  for (const { functionName, id } of associate) expect(functionName.toLowerCase()).toBe(id.toLowerCase());
});

test("the zh-CN metadata has the same ids and Chinese text for every function and argument", () => {
  const table = JSON.parse(readFileSync(ZH_TABLE, "utf8")) as ZhTable;
  const zh = localizeMetadata(metadata, table);
  expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
  for (const fn of zh.functions) {
    expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
    for (const p of fn.parameters) expect(`${fn.id}.${p.name} ${p.description}`).toMatch(/[\u4e00-\u9fff]/);
  }
});
