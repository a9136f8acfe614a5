export interface FunctionParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: FunctionParameter[];
  result?: { dimensionality?: string; type?: string };
}
export interface FunctionsMetadata {
  functions: FunctionMetadata[];
}
export type ZhTable = Record<string, { description: string; parameters?: Record<string, string> }>;
export declare const ZH_TABLE: string;
export declare function missingChineseText(metadata: FunctionsMetadata, table: ZhTable): string[];
export declare function localizeMetadata(metadata: FunctionsMetadata, table: ZhTable): FunctionsMetadata;
export declare function signature(namespace: string, fn: FunctionMetadata): string;
export declare function helpPage(namespace: string, metadata: FunctionsMetadata, zh: FunctionsMetadata): string;
export declare class FunctionsMetadataExtrasPlugin {
  constructor(options: { baseUrl: string; namespace?: string; zhTable?: string });
  apply(compiler: unknown): void;
}
