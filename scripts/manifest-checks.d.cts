export declare const SCHEMA_DIR: string;
export declare function schemaErrors(xml: string, fileName?: string): Promise<string[]>;
export declare function semanticErrors(xml: string): string[];
export declare function manifestFacts(xml: string): {
  urls: string[];
  namespace: string | undefined;
  runtimeUrl: string | undefined;
};
