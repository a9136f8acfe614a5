/* Build of the AR Credit Desk add-in: one shared runtime page (taskpane.html) that loads the
   custom functions chunk and the React pane, the functions metadata (en + zh-CN), help.html,
   icons and the manifest with production URLs. Based on Microsoft's Excel-Custom-Functions-Shared
   and Office-Addin-TaskPane-React templates (ts-loader instead of Babel; no polyfills: Office
   add-ins run in Edge WebView2/Safari/current browsers). */
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, publicBaseUrl, rebaseUrls } = require("./scripts/addin-urls.cjs");
const { FunctionsMetadataExtrasPlugin } = require("./scripts/functions-metadata.cjs");

// Office requires add-ins to load office.js from Microsoft's CDN; tests and the preview server
// (scripts/serve-dist.mjs) swap this for the copy in node_modules/@microsoft/office-js/dist.
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_DIR = path.resolve(__dirname, "src/functions");

/** Every src/functions/*.ts declaring a @customfunction: the metadata plugin's input and the entry. */
function customFunctionFiles() {
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))
    .map((name) => path.join(FUNCTIONS_DIR, name))
    .filter((file) => fs.readFileSync(file, "utf8").includes("@customfunction"))
    .sort();
}

/** https with Office's dev certificate; plain http (Excel cannot load it) where it cannot be installed. */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    console.warn(
      `\n[ar-credit-desk] No trusted dev certificate (${String(error.message || error).split("\n")[0]}).\n` +
        "Serving over plain http://localhost:3000/ instead: fine for the browser preview, but Excel only loads https add-ins.\n" +
        "Install the certificate with `npx office-addin-dev-certs install` (needs sudo; on Debian: apt-get install sudo) and restart.\n",
    );
    return { type: "http" };
  }
}

const config = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? DEV_URL : publicBaseUrl();
  const functionFiles = customFunctionFiles();
  const serving = Boolean(env && env.WEBPACK_SERVE);

  return {
    context: __dirname,
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: {
      // The functions chunk carries the webpack runtime; the pane depends on it, so both share one
      // instance of every module (e.g. the workbook date system set by the pane, read by AR.*).
      functions: functionFiles,
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; the build only strips them.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionFiles }),
      new FunctionsMetadataExtrasPlugin({ baseUrl }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the functions must load with the page, or cells show #N/A / #BUSY!.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs: OFFICE_JS_CDN },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rebaseUrls(content.toString(), DEV_URL, baseUrl)),
          },
        ],
      }),
    ],
    performance: {
      // The pane (React + Fluent UI v9) is ~300 kB minified, ~90 kB gzipped today; warn past 1 MiB.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await devServerTransport() : "http",
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: [
        { directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"), publicPath: "/office-js" },
        // The browser preview (npm start on Linux builds it first): /preview.html beside the dev bundles.
        { directory: path.resolve(__dirname, "dist-preview"), publicPath: "/", watch: false },
      ],
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports = config;
// For test/build: the same file selection the build uses.
module.exports.customFunctionFiles = customFunctionFiles;
