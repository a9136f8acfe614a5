import { Batch, newStats, type HostStats } from "./hostContext";
import { HostWorkbook } from "./hostWorkbook";
import type { WorkbookModel } from "./workbookModel";

export interface WorkbookHostOptions {
  /** Highest ExcelApi requirement set the host claims. @default "1.20" */
  readonly apiVersion?: string;
}

/** What a batch function receives: office.js's RequestContext, as far as the add-in uses it. */
export interface HostRequestContext {
  readonly workbook: HostWorkbook;
  readonly application: HostWorkbook["application"];
  readonly trackedObjects: { add(o: unknown): void; remove(o: unknown): void };
  sync(): Promise<void>;
}

export interface WorkbookHost {
  readonly model: WorkbookModel;
  readonly stats: HostStats;
  /** Excel.run(batch) and Excel.run(options, batch). */
  run<T>(optionsOrBatch: unknown, batch?: (context: HostRequestContext) => Promise<T>): Promise<T>;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, version?: string): boolean;
  /** Forgets counted syncs (e.g. after setting a workbook up). */
  resetStats(): void;
}

function versionAtMost(version: string, max: string): boolean {
  const [a1, a2 = 0] = version.split(".").map(Number);
  const [b1, b2 = 0] = max.split(".").map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

/**
 * An Excel JavaScript API host over an in-memory workbook: the subset the add-in uses, with
 * office.js's proxy semantics (values readable only after load + sync), a count of syncs and of
 * each request's payload, and Excel on the web's 5 MB request limit. Pure TypeScript with no Node
 * or test-runner imports, so a browser preview page can run the add-in on it too.
 *
 * @example
 * const host = createWorkbookHost(model);
 * await host.run(async (ctx) => { const r = ctx.workbook.getSelectedRange(); r.load("address"); await ctx.sync(); return r.address; }) //=> "Sheet1!A1"
 */
export function createWorkbookHost(model: WorkbookModel, options: WorkbookHostOptions = {}): WorkbookHost {
  const apiVersion = options.apiVersion ?? "1.20";
  let stats = newStats();
  const supports = (version: string) => versionAtMost(version, apiVersion);
  const host: WorkbookHost = {
    model,
    get stats() {
      return stats;
    },
    async run<T>(optionsOrBatch: unknown, batchFn?: (context: HostRequestContext) => Promise<T>): Promise<T> {
      const fn = (typeof optionsOrBatch === "function" ? optionsOrBatch : batchFn) as (context: HostRequestContext) => Promise<T>;
      const runOptions = typeof optionsOrBatch === "function" ? {} : ((optionsOrBatch ?? {}) as { mergeUndoGroup?: boolean });
      stats.runs.push({ mergeUndoGroup: runOptions.mergeUndoGroup === true });
      const batch = new Batch(model, stats, supports);
      const workbook = new HostWorkbook(batch);
      const context: HostRequestContext = {
        workbook,
        application: workbook.application,
        trackedObjects: { add: () => undefined, remove: () => undefined },
        sync: () => batch.sync(),
      };
      const result = await fn(context);
      // Excel.run sends whatever is still queued when the batch function returns.
      await batch.sync();
      return result;
    },
    isSetSupported(name: string, version = "1.1") {
      return name === "ExcelApi" && supports(version);
    },
    resetStats() {
      stats = newStats();
    },
  };
  return host;
}
