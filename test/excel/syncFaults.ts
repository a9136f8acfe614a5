import { Batch, HostRichApiError } from "../support/workbookHost/hostContext";

export type FaultMode = "lost request" | "lost response";

/**
 * Makes the `n`th sync that sends something (counted from now) fail: a lost request applies none
 * of its batch, a lost response applies all of it; either way the caller sees a RichApi error.
 * `n` may be a list (every listed sync fails). Call `restore` when done.
 */
export function failSync(n: number | readonly number[], mode: FaultMode, code = "GeneralException"): { restore: () => void } {
  const targets = new Set(typeof n === "number" ? [n] : n);
  const original = Batch.prototype.sync;
  let count = 0;
  const spy = jest.spyOn(Batch.prototype, "sync").mockImplementation(async function (this: Batch) {
    const holder = this as unknown as { queue: unknown[] };
    if (holder.queue.length > 0 && targets.has(++count)) {
      if (mode === "lost response") await original.call(this);
      else holder.queue = [];
      throw new HostRichApiError(code, `injected fault at sync ${count} (${mode})`);
    }
    return original.call(this);
  });
  return { restore: () => spy.mockRestore() };
}
