import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { arFunctions, type ArFunction, type ArMetadata } from "./hyperformulaAr";

/**
 * The AR.* functions of this checkout for the HyperFormula bridge, in node: metadata generated
 * from the same files and by the same generator as the build, implementations required from
 * src/functions (a runner that can load TypeScript is assumed: jest, tsx, ts-node).
 */
export async function loadArFunctions(): Promise<ArFunction[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { customFunctionFiles } = require("../../webpack.config.js") as { customFunctionFiles: () => string[] };
  const files = customFunctionFiles();
  const result = await generateCustomFunctionsMetadata(files);
  if (result.errors.length > 0) throw new Error(`functions metadata: ${result.errors.join("; ")}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const modules = files.map((file) => require(file) as Record<string, unknown>);
  return arFunctions(JSON.parse(result.metadataJson) as ArMetadata, modules);
}
