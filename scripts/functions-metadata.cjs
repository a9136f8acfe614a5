// Build-time companions of functions.json (which custom-functions-metadata-plugin generates from
// JSDoc): the zh-CN metadata the manifest's bt:Override points at, help URLs on the right host,
// and help.html, the function reference each @helpurl links to.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { DEFAULT_PUBLIC_URL, rebaseUrls } = require("./addin-urls.cjs");

const ZH_TABLE = path.resolve(__dirname, "../src/functions/functions.zh.json");

/** What the zh table lacks: "ID" for a function's description, "ID(arg)" for an argument. */
function missingChineseText(metadata, table) {
  const missing = [];
  for (const fn of metadata.functions) {
    const zh = table[fn.id];
    if (!zh || !zh.description) missing.push(fn.id);
    for (const p of fn.parameters || []) if (!(zh && zh.parameters && zh.parameters[p.name])) missing.push(`${fn.id}(${p.name})`);
  }
  return missing;
}

/**
 * The zh-CN metadata: same ids, names (AR.* stays AR.*), types and flags; descriptions from the
 * zh table (keyed by function id, then parameter name), English where it has none yet. The build
 * warns about those and test/build fails on them, so nothing ships without its Chinese help.
 */
function localizeMetadata(metadata, table) {
  const functions = metadata.functions.map((fn) => {
    const zh = table[fn.id] || {};
    const parameters = (fn.parameters || []).map((p) => ({
      ...p,
      description: (zh.parameters && zh.parameters[p.name]) || p.description,
    }));
    return { ...fn, description: zh.description || fn.description, parameters };
  });
  return { ...metadata, functions };
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Signature as an analyst types it: AR.DAYSOVERDUE(due_date, as_of, [paid_date]). */
function signature(namespace, fn) {
  const params = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${namespace}.${fn.name}(${params.join(", ")})`;
}

/** help.html: one section per function (anchor = lower-case id), English with the Chinese below. */
function helpPage(namespace, metadata, zhMetadata) {
  const zhById = new Map(zhMetadata.functions.map((fn) => [fn.id, fn]));
  const sections = metadata.functions.map((fn) => {
    const zh = zhById.get(fn.id);
    const rows = (fn.parameters || []).map(
      (p, i) =>
        `<tr><td><code>${escape(p.name)}</code>${p.optional ? " (optional)" : ""}</td><td>${escape(p.description || "")}</td><td lang="zh-CN">${escape(zh.parameters[i].description)}</td></tr>`,
    );
    return `<section id="${fn.id.toLowerCase()}">
<h2><code>${escape(signature(namespace, fn))}</code></h2>
<p>${escape(fn.description || "")}</p>
<p lang="zh-CN">${escape(zh.description)}</p>
<table><tr><th>Argument</th><th>Meaning</th><th>说明</th></tr>
${rows.join("\n")}
</table>
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>AR Credit Desk: function reference</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
table{border-collapse:collapse}td,th{border:1px solid #8886;padding:.3rem .5rem;vertical-align:top;text-align:left}</style>
</head><body>
<h1>AR Credit Desk: function reference</h1>
<p>Type <code>=${namespace}.</code> in a cell to list the functions. Dates are date cells or yyyy-mm-dd text; amounts are numbers or text such as <code>(1,234.50)</code>.</p>
${sections.join("\n")}
</body></html>
`;
}

/** Adds functions-zh-cn.json and help.html next to functions.json, with help URLs on `baseUrl`. */
class FunctionsMetadataExtrasPlugin {
  constructor({ baseUrl, namespace = "AR", zhTable = ZH_TABLE }) {
    this.options = { baseUrl, namespace, zhTable };
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataExtrasPlugin", (compilation) => {
      compilation.fileDependencies.add(this.options.zhTable);
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataExtrasPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin already reported why
          try {
            const json = rebaseUrls(asset.source.source().toString(), DEFAULT_PUBLIC_URL, this.options.baseUrl);
            const metadata = JSON.parse(json);
            const table = JSON.parse(fs.readFileSync(this.options.zhTable, "utf8"));
            const missing = missingChineseText(metadata, table);
            if (missing.length) {
              const warning = `src/functions/functions.zh.json has no Chinese text for ${missing.join(", ")} (English used)`;
              compilation.warnings.push(new compiler.webpack.WebpackError(warning));
            }
            const zh = localizeMetadata(metadata, table);
            compilation.updateAsset("functions.json", new sources.RawSource(json));
            compilation.emitAsset("functions-zh-cn.json", new sources.RawSource(JSON.stringify(zh, null, 4)));
            compilation.emitAsset("help.html", new sources.RawSource(helpPage(this.options.namespace, metadata, zh)));
          } catch (error) {
            compilation.errors.push(new compiler.webpack.WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = { localizeMetadata, missingChineseText, signature, helpPage, FunctionsMetadataExtrasPlugin, ZH_TABLE };
