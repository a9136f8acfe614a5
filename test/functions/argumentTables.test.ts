import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { isFailure } from "../../src/core/failure";
import { isFunctionDefinition, readCell, type ArgSpec, type FunctionDefinition } from "../../src/functions/convert";
import { readWhole } from "../../src/functions/readRanges";
import { ZH_TABLE, type FunctionsMetadata, type ZhTable } from "../../scripts/functions-metadata.cjs";

/* Each AR.* function is declared once, as a `defineFunction` table, and published through the JSDoc
   of its entry point (functions.json is generated from it). This holds the two together: the same
   ids, argument names, order and optional flags in the table, the JSDoc @param lines, the generated
   metadata and the Chinese help; defaults inside their own bounds and named in the help; the entry
   point one call of its definition; and each functions file wrapping the core folder of its name. */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { customFunctionFiles } = require("../../webpack.config.js") as { customFunctionFiles: () => string[] };

const FILES = customFunctionFiles();
const CORE = path.resolve(__dirname, "../../src/core");

interface DocFunction {
  id: string;
  file: string;
  entry: string;
  params: { name: string; optional: boolean; help: string }[];
  signature: string[];
  body: string;
}

/** The JSDoc'ed entry points of a source file: @customfunction id, @param lines, the function's parameters and body. */
function docFunctions(file: string): DocFunction[] {
  const source = readFileSync(file, "utf8");
  const blocks = [
    ...source.matchAll(
      /\/\*\*((?:(?!\*\/)[\s\S])*?@customfunction (\w+)[\s\S]*?)\*\/\s*export function (\w+)\(([^)]*)\)[^{]*\{([^}]*)\}/g,
    ),
  ];
  return blocks.map(([, doc, id, entry, args, body]) => ({
    id,
    file,
    entry,
    params: [...doc.matchAll(/@param (\[?)(\w+)\]? (.*)/g)].map(([, bracket, name, help]) => ({
      name,
      optional: bracket === "[",
      help,
    })),
    signature: args
      .split(",")
      .map((a) => a.trim().replace(/\??:.*$/, ""))
      .filter(Boolean),
    // One line whatever prettier's wrapping: "return X.call(a, b) as number;"
    body: body
      .trim()
      .replace(/\s+/g, " ")
      .replace(/\(\s*/g, "(")
      .replace(/,?\s*\)/g, ")"),
  }));
}

/** Every definition the functions modules export, by id. */
function definitions(): Map<string, FunctionDefinition> {
  const byId = new Map<string, FunctionDefinition>();
  for (const file of FILES) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(file) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (!isFunctionDefinition(value)) continue;
      expect(byId.has(value.id) ? `AR.${value.id} defined twice` : value.id).toBe(value.id);
      byId.set(value.id, value);
    }
  }
  return byId;
}

const docs = FILES.flatMap(docFunctions);
const defs = definitions();
let metadata: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FILES);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as FunctionsMetadata;
}, 60_000);

const nameAndFlag = (spec: ArgSpec) => ({ name: spec.name, optional: spec.optional === true });

/** A default as the help writes it: 365, "annual" → annual, {30,60,90} → 30,60,90, FALSE. */
function defaultText(value: ArgSpec["default"]): string {
  const flat = Array.isArray(value) ? (value as unknown[]).flat() : [value];
  return flat.map((v) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v))).join(",");
}

test("37 functions, each declared once, documented once and published once", () => {
  expect(docs).toHaveLength(37);
  expect(defs.size).toBe(37);
  expect([...defs.keys()].sort()).toEqual(docs.map((d) => d.id).sort());
  expect(metadata.functions.map((f) => f.id).sort()).toEqual(docs.map((d) => d.id).sort());
});

describe.each(docs.map((doc) => [doc.id, doc] as const))("AR.%s", (id, doc) => {
  const def = defs.get(id)!;

  test("the table's arguments are the JSDoc @param lines and the entry point's parameters, in order", () => {
    expect(def.specs.map(nameAndFlag)).toEqual(doc.params.map(({ name, optional }) => ({ name, optional })));
    expect(doc.signature).toEqual(def.specs.map((s) => s.name));
  });

  test("the generated metadata has the table's arguments and its shape", () => {
    const fn = metadata.functions.find((f) => f.id === id)!;
    expect(fn.parameters.map((p) => ({ name: p.name, optional: p.optional ?? false }))).toEqual(def.specs.map(nameAndFlag));
    expect(fn.result?.dimensionality === "matrix").toBe(def.spill);
    if (def.mode === "elementwise") expect(fn.parameters[0].dimensionality).toBe("matrix");
  });

  test("the entry point is one call of its definition with its own arguments", () => {
    const call = new RegExp(`^return (\\w+)\\.call\\(${doc.signature.join(", ")}\\)( as [\\w\\[\\]]+)?;$`);
    expect(doc.body).toMatch(call);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(doc.file) as Record<string, unknown>;
    expect(module[doc.body.match(call)![1]]).toBe(def);
  });

  test("defaults only on optional arguments, read by the argument's own parser within its bounds", () => {
    for (const spec of def.specs) {
      if (spec.default === undefined) continue;
      expect({ [spec.name]: spec.optional }).toEqual({ [spec.name]: true });
      const read = spec.range || spec.kind === "table" ? readWhole(spec.default, spec) : readCell(spec.default, spec);
      expect({ [spec.name]: isFailure(read) ? read.message : "ok" }).toEqual({ [spec.name]: "ok" });
      expect(read).not.toBeNull();
    }
  });

  test("bounds on numbers, allowed values on text and numbers only", () => {
    for (const spec of def.specs) {
      const bounded = spec.min !== undefined || spec.max !== undefined || spec.whole === true;
      if (bounded)
        expect({ [spec.name]: ["number", "rate", "amount", "cents"].includes(spec.kind) }).toEqual({ [spec.name]: true });
      if (spec.allowed) expect({ [spec.name]: ["number", "text"].includes(spec.kind) }).toEqual({ [spec.name]: true });
      if (spec.min !== undefined && spec.max !== undefined) expect(spec.min).toBeLessThan(spec.max);
    }
  });

  test("the help names each default", () => {
    for (const spec of def.specs) {
      if (spec.default === undefined) continue;
      const help = doc.params.find((p) => p.name === spec.name)!.help;
      expect(`${spec.name}: ${help}`).toMatch(/default/i);
      expect(`${spec.name}: ${help.replace(/[{}\s"]/g, "").toUpperCase()}`).toContain(defaultText(spec.default).toUpperCase());
    }
  });

  test("the help states each bound and allowed value", () => {
    for (const spec of def.specs) {
      const help = doc.params.find((p) => p.name === spec.name)!.help;
      const stated = [spec.min, spec.max, ...(spec.allowed ?? [])].filter((v) => v !== undefined).map(String);
      for (const value of stated)
        expect(`${spec.name}: ${help}`).toMatch(new RegExp(`(^|[^\\d.])${value.replace(".", "\\.")}(?![\\d])`));
      if (spec.whole) expect(`${spec.name}: ${help}`).toMatch(/whole number/);
    }
  });

  test("the Chinese help has every argument and no other", () => {
    const zh = (JSON.parse(readFileSync(ZH_TABLE, "utf8")) as ZhTable)[id];
    expect(zh?.description).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(zh?.parameters ?? {})).toEqual(def.specs.map((s) => s.name));
  });
});

test("each functions file wraps the core folder of its name", () => {
  for (const file of FILES) {
    const folder = path.basename(file, ".ts");
    expect({ file: folder, coreFolder: existsSync(path.join(CORE, folder)) }).toEqual({ file: folder, coreFolder: true });
    expect(readFileSync(file, "utf8")).toContain(`from "../core/${folder}/`);
  }
});
