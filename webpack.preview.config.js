/* The browser preview (spec §5): dist-preview/preview.html hosts the add-in's real functions.js and
   taskpane.js (from dist/ or the dev server) beside a grid of a sample workbook, on the test
   workbook host with HyperFormula computing the formulas. A separate build and folder: the
   production add-in (dist/, manifest.xml) never references it, and HyperFormula (GPL) stays out of
   dist/. Served at the root of the same origin as dist/ by scripts/serve-dist.mjs and `npm start`. */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (env, options) => ({
  context: __dirname,
  mode: options.mode === "development" ? "development" : "production",
  devtool: "source-map",
  entry: { preview: "./test/preview/previewMain.ts" },
  // Its own chunk-loading global: the add-in's functions.js and taskpane.js share one webpack runtime
  // through the package's default global, and a second runtime on it hijacks their module lookups.
  output: {
    path: path.resolve(__dirname, "dist-preview"),
    filename: "[name].js",
    clean: true,
    uniqueName: "arCreditDeskPreview",
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      },
    ],
  },
  plugins: [new CopyWebpackPlugin({ patterns: [{ from: "test/preview/page/*", to: "[name][ext]" }] })],
  // HyperFormula alone is ~1 MB minified: expected for a dev tool, not a warning.
  performance: { hints: false },
});
