/** Jest: unit and integration tests under test/, TypeScript transpiled by ts-jest (types are checked by `npm run typecheck`). */
module.exports = {
  testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/test/**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true }, diagnostics: false },
    ],
  },
  testEnvironment: "node",
  // Excel's CustomFunctions global (Error, ErrorCode) is absent outside Excel: a stand-in of the same shape.
  setupFiles: ["<rootDir>/test/setup/customFunctionsRuntime.ts"],
};
