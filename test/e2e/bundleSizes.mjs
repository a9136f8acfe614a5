// Sizes of the built bundles, raw and gzipped (what a browser downloads with compression on).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUNDLES = ["dist/functions.js", "dist/taskpane.js", "dist-preview/preview.js"];

/** [{ file, bytes, gzip }] for each bundle that exists. */
export function bundleSizes(root) {
  return BUNDLES.filter((file) => existsSync(path.join(root, file))).map((file) => {
    const body = readFileSync(path.join(root, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}
