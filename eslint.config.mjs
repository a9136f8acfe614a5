// ESLint flat config: typescript-eslint's recommended rules plus the import boundaries of the
// ports-and-adapters layout, so the direction of dependencies holds by build, not by goodwill:
//   src/core      pure domain: no React, Fluent, Office, DOM or clock; never imports the adapters
//   src/functions custom-function adapters: no UI
//   src/excel     Office.js adapter behind one port (src/excel/ledgerWorkbook.ts): no UI
//   src/taskpane  UI: no Excel.run (it receives ports from src/excel), Office.onReady only in index.tsx;
//                 from src/excel only the port module (and, in index.tsx, the composition entry
//                 src/excel/connectExcel.ts); from src/functions only in the functions hand-off seam
// React's rules of hooks (eslint-plugin-react-hooks, recommended) hold in the pane.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const nodeGlobals = Object.fromEntries(
  [
    "process",
    "console",
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "performance",
  ].map((name) => [name, "readonly"]),
);

const UI_PACKAGES = ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*", "@testing-library/*"];
const OFFICE_PACKAGES = ["office*", "@microsoft/office-js*", "@types/office-js", "@types/custom-functions-runtime"];
const ADAPTER_DIRS = ["**/excel", "**/excel/**", "**/taskpane", "**/taskpane/**", "**/functions", "**/functions/**"];

// What the pane may take from src/excel: the port module alone (types, DEFAULT_PANE_SETTINGS),
// never an adapter's internals; index.tsx also takes the composition entry that builds the port.
const PANE_EXCEL = (...allowed) => ({
  regex: `(^|/)excel(/|$)(?!(${["ledgerWorkbook", ...allowed].join("|")})$)`,
  message:
    "The pane imports only the port from src/excel (src/excel/ledgerWorkbook.ts); the adapter is built in src/excel/connectExcel.ts, which only src/taskpane/index.tsx calls.",
});
// The AR.* functions share the pane's runtime; the pane hands them state in one documented seam.
const PANE_FUNCTIONS = {
  regex: "(^|/)functions(/|$)",
  message: "The pane hands state to the custom functions only through src/taskpane/functionsHandoff.ts.",
};
const PANE_FILES = ["src/taskpane/**/*.{ts,tsx}"];
const PANE_ROOT = "src/taskpane/index.tsx";
const PANE_HANDOFF = "src/taskpane/functionsHandoff.ts";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-preview/", "coverage/", "test-results/", ".bench/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/e2e/**/*.mjs"],
    languageOptions: { globals: { window: "readonly" } },
  },
  {
    files: ["src/functions/**/*.ts"],
    // Custom functions receive untyped cells: `any` is allowed in their signatures (convert.ts types it away).
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: UI_PACKAGES, message: "src/core is pure domain code: no UI libraries." },
            { group: OFFICE_PACKAGES, message: "src/core is pure domain code: Office access belongs in src/excel." },
            {
              group: ADAPTER_DIRS,
              message: "src/core must not depend on its adapters (src/excel, src/taskpane, src/functions).",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "OfficeExtension", "window", "document", "localStorage"].map((name) => ({
          name,
          message: "src/core is pure: no host, DOM or storage access.",
        })),
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/core never reads the clock: take asOf.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "src/core never reads the clock: take asOf.",
        },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: UI_PACKAGES, message: "Custom functions have no UI." },
            { group: ["**/taskpane", "**/taskpane/**"], message: "Custom functions must not depend on the task pane." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Excel'][property.name='run']",
          message: "Components never call Excel.run: receive a port from src/excel by props or context.",
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='Excel'][property.name='run']",
          message: "Components never call Excel.run: receive a port from src/excel by props or context.",
        },
        {
          selector: "MemberExpression[object.name='Office'][property.name='onReady']",
          message: "Office.onReady is awaited once, in src/taskpane/index.tsx.",
        },
      ],
    },
  },
  {
    files: PANE_FILES,
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: PANE_FILES,
    ignores: [PANE_ROOT, PANE_HANDOFF],
    rules: { "no-restricted-imports": ["error", { patterns: [PANE_EXCEL(), PANE_FUNCTIONS] }] },
  },
  {
    files: [PANE_ROOT],
    rules: { "no-restricted-imports": ["error", { patterns: [PANE_EXCEL("connectExcel"), PANE_FUNCTIONS] }] },
  },
  {
    files: [PANE_HANDOFF],
    rules: { "no-restricted-imports": ["error", { patterns: [PANE_EXCEL()] }] },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: UI_PACKAGES, message: "src/excel is the Office.js adapter: no UI libraries." },
            { group: ["**/taskpane", "**/taskpane/**"], message: "src/excel must not depend on the task pane." },
          ],
        },
      ],
    },
  },
);
