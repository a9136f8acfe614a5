import { readFileSync } from "node:fs";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  localizeMetadata,
  missingChineseText,
  signature,
  ZH_TABLE,
  type FunctionsMetadata,
  type ZhTable,
} from "../../scripts/functions-metadata.cjs";

/* The metadata the build publishes, generated here the way the webpack plugin does it (same
   generator, same file list), without running webpack: the full build is checked in dist.test.ts. */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { customFunctionFiles } = require("../../webpack.config.js") as { customFunctionFiles: () => string[] };

let metadata: FunctionsMetadata;
let zhTable: ZhTable;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(customFunctionFiles());
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as FunctionsMetadata;
  zhTable = JSON.parse(readFileSync(ZH_TABLE, "utf8")) as ZhTable;
});

const byId = (id: string) => metadata.functions.find((f) => f.id === id);

describe("functions.json", () => {
  test("lists AR.DAYSOVERDUE with its arguments as Excel should show them", () => {
    const fn = byId("DAYSOVERDUE");
    expect(fn).toBeDefined();
    expect(signature("AR", fn!)).toBe("AR.DAYSOVERDUE(due_date, as_of, [paid_date])");
    expect(fn!.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional ?? false])).toEqual([
      ["due_date", "any", "matrix", false],
      ["as_of", "any", "matrix", false],
      ["paid_date", "any", "matrix", true],
    ]);
    expect(fn!.result?.dimensionality).toBe("matrix");
  });

  test("every function and argument has help text; help links point at its section of help.html", () => {
    for (const fn of metadata.functions) {
      expect(fn.description?.length ?? 0).toBeGreaterThan(20);
      for (const p of fn.parameters) expect(`${fn.id}(${p.name}): ${p.description ?? ""}`).toMatch(/\): .{10,}/);
      expect(fn.helpUrl).toBe(`https://ar-credit-desk.example.com/help.html#${fn.id.toLowerCase()}`);
    }
  });

  test("ids equal names, upper case, at least 3 characters and not cell-like", () => {
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9.]{2,}$/);
      expect(fn.id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/); // DSO1 would read as a cell address
    }
  });
});

describe("functions-zh-cn.json", () => {
  test("src/functions/functions.zh.json has Chinese text for every function and argument", () => {
    expect(missingChineseText(metadata, zhTable)).toEqual([]);
  });

  test("same ids, names, argument names and flags; Chinese descriptions", () => {
    const zh = localizeMetadata(metadata, zhTable);
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zh.functions.forEach((fn, i) => {
      const en = metadata.functions[i];
      expect(fn.name).toBe(en.name);
      expect(fn.parameters.map((p) => [p.name, p.optional ?? false])).toEqual(
        en.parameters.map((p) => [p.name, p.optional ?? false]),
      );
      if (zhTable[fn.id]?.description) expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of fn.parameters) if (zhTable[fn.id]?.parameters?.[p.name]) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  test("the zh table has no entries for functions or arguments that do not exist", () => {
    const ids = new Set(metadata.functions.map((f) => f.id));
    for (const [id, entry] of Object.entries(zhTable)) {
      expect(ids.has(id) ? id : `unknown id ${id}`).toBe(id);
      const names = byId(id)!.parameters.map((p) => p.name);
      for (const name of Object.keys(entry.parameters ?? {})) expect(names).toContain(name);
    }
  });

  test("a function without Chinese text is reported, and falls back to English", () => {
    const newFn = { id: "NEWFN", name: "NEWFN", description: "Returns x.", parameters: [{ name: "a", description: "An a." }] };
    const extra = { functions: [newFn] };
    expect(missingChineseText(extra, zhTable)).toEqual(["NEWFN", "NEWFN(a)"]);
    const zh = localizeMetadata(extra, zhTable).functions.find((f) => f.id === "NEWFN");
    expect([zh?.description, zh?.parameters[0].description]).toEqual(["Returns x.", "An a."]);
  });
});
