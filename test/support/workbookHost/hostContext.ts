import type { WorkbookModel } from "./workbookModel";

/** Excel on the web refuses a request or a response larger than 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The error shape office.js raises (OfficeExtension.Error): name "RichApi.Error", a code, a message. */
export class HostRichApiError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { code: string; message: string; errorLocation?: string } = { code, message },
  ) {
    super(message);
  }
}

/** UTF-8 byte length of a string, counted without allocating (what travels over the wire). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value));
}

/** One queued request: its request payload, and what it does when the batch runs. */
export interface QueuedOp {
  readonly requestBytes: number;
  /** Runs against the model; a load returns its response data and a commit that fills the proxy. */
  readonly run: () => { readonly bytes: number; readonly commit: () => void } | void;
}

/** Per-sync numbers the tests and the benchmark read. */
export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly ops: number;
  readonly failed?: string;
}

export interface HostStats {
  readonly syncs: SyncRecord[];
  runs: { mergeUndoGroup: boolean }[];
  suspendCalculation: number;
}

export function newStats(): HostStats {
  return { syncs: [], runs: [], suspendCalculation: 0 };
}

/** The batch every proxy of one Excel.run queues into; `sync` sends it. */
export class Batch {
  private queue: QueuedOp[] = [];
  constructor(
    readonly model: WorkbookModel,
    readonly stats: HostStats,
    readonly supports: (version: string) => boolean,
  ) {}

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  /**
   * Sends the batch: refused whole when the request is over 5 MB (nothing applied, as Excel on the
   * web does); otherwise ops run in order, an error stops the rest (earlier ones stay applied) and a
   * response over 5 MB fails the sync with loads left unfilled.
   */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    // office.js makes no round trip when nothing is queued.
    if (ops.length === 0) return;
    let requestBytes = 0;
    for (const op of ops) requestBytes += op.requestBytes;
    const record = (responseBytes: number, failed?: string) =>
      this.stats.syncs.push({ requestBytes, responseBytes, ops: ops.length, ...(failed ? { failed } : {}) });
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      record(0, "RequestPayloadSizeLimitExceeded");
      throw new HostRichApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const commits: (() => void)[] = [];
    let responseBytes = 0;
    const model = this.model;
    for (const op of ops) {
      try {
        const result = op.run();
        if (result) {
          responseBytes += result.bytes;
          commits.push(result.commit);
        }
      } catch (error) {
        const richError = error instanceof HostRichApiError ? error : new HostRichApiError("GeneralException", String(error));
        record(responseBytes, richError.code);
        throw richError;
      }
    }
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      record(responseBytes, "ResponsePayloadSizeLimitExceeded");
      throw new HostRichApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const commit of commits) commit();
    record(responseBytes);
    // Excel recalculates once the batch's writes are in (calculation resumes at sync's end).
    model.ensureCalculated();
  }
}

/** Property names from load()'s argument forms: "a, b", ["a", "b"], { select: "a,b" }. */
export function propertyNames(option: unknown, defaults: readonly string[]): string[] {
  // "items/name" loads the collection's items (the host always gives items whole).
  const names = (list: string[]) => [...new Set(list.map((s) => s.trim().split("/")[0]).filter(Boolean))];
  if (option === undefined || option === null) return [...defaults];
  if (typeof option === "string") return names(option.split(","));
  if (Array.isArray(option)) return names(option.map(String));
  const select = (option as { select?: unknown }).select;
  return select === undefined ? [...defaults] : propertyNames(select, defaults);
}

/**
 * Base of every proxy: properties are readable only after load() and sync(), as in office.js,
 * where reading one earlier throws PropertyNotLoaded.
 */
export abstract class HostObject {
  protected readonly loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined;

  constructor(protected readonly batch: Batch) {}

  /** Property names load() with no argument fills. */
  protected abstract get scalarProperties(): readonly string[];
  /** Reads a property from the model when the batch runs. */
  protected abstract read(name: string): unknown;
  /** Whether the object exists, evaluated when the batch runs ("OrNullObject" getters). */
  protected exists(): boolean {
    return true;
  }

  get context(): unknown {
    return { sync: () => this.batch.sync() };
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  load(option?: unknown): this {
    const names = propertyNames(option, this.scalarProperties);
    this.batch.enqueue({
      requestBytes: 0,
      run: () => {
        this.batch.model.ensureCalculated();
        const exists = this.exists();
        const data: Record<string, unknown> = {};
        if (exists) for (const name of names) data[name] = this.read(name);
        return {
          bytes: jsonBytes(data),
          commit: () => {
            this.nullState = !exists;
            if (exists) for (const name of names) this.loaded.set(name, data[name]);
          },
        };
      },
    });
    return this;
  }

  /** Queues the existence check that fills isNullObject at the next sync. */
  protected trackNull(): void {
    this.batch.enqueue({ requestBytes: 0, run: () => ({ bytes: 8, commit: () => (this.nullState = !this.exists()) }) });
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Queues a property write or a method call; `payload` is what the request carries. */
  protected queue(payload: unknown, apply: () => void): void {
    this.batch.enqueue({
      requestBytes: jsonBytes(payload) + 32,
      run: () => {
        apply();
        this.batch.model.markChanged();
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export function notLoaded(name: string): HostRichApiError {
  return new HostRichApiError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): HostRichApiError {
  return new HostRichApiError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

export function invalidArgument(message: string): HostRichApiError {
  return new HostRichApiError("InvalidArgument", message);
}

/** office.js's ClientResult: `value` readable after sync. */
export class HostClientResult<T> {
  private state: { value: T } | undefined;
  constructor(batch: Batch, compute: () => T) {
    batch.enqueue({
      requestBytes: 16,
      run: () => {
        batch.model.ensureCalculated();
        const value = compute();
        return { bytes: jsonBytes(value), commit: () => (this.state = { value }) };
      },
    });
  }
  get value(): T {
    if (!this.state) throw notLoaded("value");
    return this.state.value;
  }
}
