export declare const DEV_URL: string;
export declare const DEFAULT_PUBLIC_URL: string;
export declare function publicBaseUrl(env?: Record<string, string | undefined>): string;
export declare function rebaseUrls(text: string, from: string, to: string): string;
