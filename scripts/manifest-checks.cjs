// Offline checks of manifest.xml: the XSD set in scripts/office-manifest-schemas (structure) and
// what a schema cannot express (resids resolve to the right kind of resource, the shared runtime,
// the custom-functions page and the function file load one URL, every URL is https).
// Used by scripts/validate-manifest.mjs and test/manifest/.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const SCHEMA_DIR = process.env.AR_MANIFEST_SCHEMAS || path.join(__dirname, "office-manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** Structural errors against the Office XSDs ([] when valid). */
async function schemaErrors(xml, fileName = "manifest.xml") {
  const { validateXML } = require("xmllint-wasm");
  if (!fs.existsSync(path.join(SCHEMA_DIR, MAIN_SCHEMA))) {
    throw new Error(`Office manifest schemas not found in ${SCHEMA_DIR} (set AR_MANIFEST_SCHEMAS)`);
  }
  const xsd = (name) => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8") });
  const preload = fs
    .readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith(".xsd") && name !== MAIN_SCHEMA)
    .map(xsd);
  const result = await validateXML({ xml: { fileName, contents: xml }, schema: [xsd(MAIN_SCHEMA)], preload });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage.trim());
}

// Which resource list an element's resid must name.
const RESID_KIND = {
  Runtime: "Urls",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  "bt:Image": "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

function resources(xml, kind) {
  const block = new RegExp(`<bt:${kind}>([\\s\\S]*?)</bt:${kind}>`).exec(xml);
  const element = kind === "Images" ? "Image" : kind === "Urls" ? "Url" : "String";
  const found = new Map();
  for (const m of (block ? block[1] : "").matchAll(new RegExp(`<bt:${element}\\s+id="([^"]+)"\\s+DefaultValue="([^"]*)"`, "g"))) {
    found.set(m[1], m[2]);
  }
  return found;
}

/** Problems the schema cannot see ([] when none). */
function semanticErrors(rawXml) {
  const xml = rawXml.replace(/<!--[\s\S]*?-->/g, "");
  const errors = [];
  const lists = Object.fromEntries(["Images", "Urls", "ShortStrings", "LongStrings"].map((k) => [k, resources(xml, k)]));
  const ids = [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) errors.push(`resource id ${id} is defined twice`);

  for (const m of xml.matchAll(/<([\w:]+)\b[^>]*\bresid="([^"]+)"/g)) {
    const [, element, resid] = m;
    const kind = RESID_KIND[element];
    if (!kind) errors.push(`<${element} resid="${resid}">: unexpected element with a resid`);
    else if (!lists[kind].has(resid)) errors.push(`<${element} resid="${resid}"> does not resolve to a bt:${kind} entry`);
    if (resid.length > 32) errors.push(`resid ${resid} is longer than 32 characters`);
  }

  const runtime = /<Runtime\s+resid="([^"]+)"\s+lifetime="long"/.exec(xml);
  if (!runtime) errors.push('no <Runtime lifetime="long"> (shared runtime) under <Host>');
  const page = /<Page>\s*<SourceLocation\s+resid="([^"]+)"/.exec(xml);
  const functionFile = /<FunctionFile\s+resid="([^"]+)"/.exec(xml);
  const pane = /<Action\s+xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation\s+resid="([^"]+)"/.exec(xml);
  const shared = { Runtime: runtime, "CustomFunctions Page": page, FunctionFile: functionFile, "task pane": pane };
  const urls = Object.entries(shared).map(([what, m]) => [what, m ? lists.Urls.get(m[1]) : undefined]);
  for (const [what, url] of urls) if (!url) errors.push(`${what} has no URL`);
  if (new Set(urls.map(([, url]) => url)).size > 1) {
    errors.push(
      `the shared runtime needs one URL for runtime, page, function file and pane: ${urls.map(([w, u]) => `${w}=${u}`).join(", ")}`,
    );
  }
  const source = /<DefaultSettings>\s*<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml);
  if (source && urls[0][1] && source[1] !== urls[0][1])
    errors.push(`DefaultSettings SourceLocation ${source[1]} differs from the runtime URL ${urls[0][1]}`);

  const namespace = lists.ShortStrings.get(/<Namespace\s+resid="([^"]+)"/.exec(xml)?.[1] ?? "");
  if (!namespace || namespace.length > 32 || !/^[A-Za-z][A-Za-z0-9.]*$/.test(namespace)) {
    errors.push(`custom functions namespace '${namespace}' must be 1-32 letters/digits`);
  }

  for (const m of xml.matchAll(/\b(?:DefaultValue|Value)="([a-z][a-z0-9+.-]*:[^"]*)"/gi)) {
    if (!m[1].startsWith("https://")) errors.push(`URL ${m[1]} is not https`);
  }
  return errors;
}

/** The namespace and every URL the manifest names, for reports and tests. */
function manifestFacts(rawXml) {
  const xml = rawXml.replace(/<!--[\s\S]*?-->/g, "");
  const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
  const namespace = resources(xml, "ShortStrings").get(/<Namespace\s+resid="([^"]+)"/.exec(xml)?.[1] ?? "");
  return { urls, namespace, runtimeUrl: resources(xml, "Urls").get(/<Runtime\s+resid="([^"]+)"/.exec(xml)?.[1] ?? "") };
}

module.exports = { SCHEMA_DIR, schemaErrors, semanticErrors, manifestFacts };
