/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { MESSAGES } from "../../src/taskpane/messages";
import { useAsyncAction } from "../../src/taskpane/useAsyncAction";

function setup() {
  return renderHook(() => useAsyncAction(MESSAGES.en));
}

/** A promise and the functions that settle it, for actions the test finishes by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("useAsyncAction", () => {
  test("shows the notice the action returns; busy while it runs", async () => {
    const { result } = setup();
    const done = deferred<void>();
    let running!: Promise<void>;
    act(() => {
      running = result.current.run(async () => {
        await done.promise;
        return { intent: "success", text: "Saved." };
      });
    });
    expect(result.current.busy).toBe(true);
    expect(result.current.notice).toBeNull();
    await act(async () => {
      done.resolve();
      await running;
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.notice).toEqual({ intent: "success", text: "Saved." });
  });

  test("an error becomes an error notice: Excel's code when it gave one, else the general text", async () => {
    const { result } = setup();
    await act(() =>
      result.current.run(async () => {
        throw Object.assign(new Error("RichApi.Error"), { code: "InvalidArgument" });
      }),
    );
    expect(result.current.notice).toEqual({
      intent: "error",
      text: "Excel refused the request (InvalidArgument). Please try again.",
    });
    expect(result.current.busy).toBe(false);
    await act(() =>
      result.current.run(async () => {
        throw new TypeError("x is undefined\n    at secret.ts:1:1");
      }),
    );
    expect(result.current.notice).toEqual({ intent: "error", text: "Something went wrong talking to Excel. Please try again." });
  });

  test("run never rejects, even when the action throws synchronously", async () => {
    const { result } = setup();
    await expect(
      act(() =>
        result.current.run(() => {
          throw new Error("sync");
        }),
      ),
    ).resolves.toBeUndefined();
    expect(result.current.notice?.intent).toBe("error");
  });

  test("an action's own failure text replaces the Excel one (the clipboard)", async () => {
    const { result } = setup();
    await act(() =>
      result.current.run(
        async () => {
          throw new Error("denied");
        },
        { failure: () => "The clipboard refused the copy." },
      ),
    );
    expect(result.current.notice).toEqual({ intent: "error", text: "The clipboard refused the copy." });
  });

  test("undefined leaves the notice, null clears it; clearNotice clears it at the start", async () => {
    const { result } = setup();
    act(() => result.current.show({ intent: "warning", text: "Check the ledger." }));
    await act(() => result.current.run(async () => undefined));
    expect(result.current.notice).toEqual({ intent: "warning", text: "Check the ledger." });
    await act(() => result.current.run(async () => null));
    expect(result.current.notice).toBeNull();

    act(() => result.current.show({ intent: "info", text: "Old." }));
    const done = deferred<void>();
    let running!: Promise<void>;
    act(() => {
      running = result.current.run(() => done.promise, { clearNotice: true });
    });
    expect(result.current.notice).toBeNull();
    await act(async () => {
      done.resolve();
      await running;
    });
  });

  test("busy: false actions leave busy alone; busy stays on until the last busy action ends", async () => {
    const { result } = setup();
    const first = deferred<void>();
    const second = deferred<void>();
    let a!: Promise<void>, b!: Promise<void>, c!: Promise<void>;
    act(() => {
      c = result.current.run(async () => undefined, { busy: false });
    });
    expect(result.current.busy).toBe(false);
    act(() => {
      a = result.current.run(() => first.promise);
      b = result.current.run(() => second.promise);
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      first.resolve();
      await a;
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      second.reject(new Error("late"));
      await b;
      await c;
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.notice?.intent).toBe("error");
  });

  test("cancel aborts the signal of the actions in flight, which say what a cancel means", async () => {
    const { result } = setup();
    let running!: Promise<void>;
    act(() => {
      running = result.current.run(
        (signal) =>
          new Promise((resolve) => signal.addEventListener("abort", () => resolve({ intent: "info", text: "Cancelled." }))),
      );
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      result.current.cancel();
      await running;
    });
    expect(result.current.notice).toEqual({ intent: "info", text: "Cancelled." });
    expect(result.current.busy).toBe(false);
  });

  test("unmounting aborts what is still running", () => {
    const { result, unmount } = setup();
    let seen: AbortSignal | undefined;
    act(() => {
      void result.current.run((signal) => {
        seen = signal;
        return new Promise(() => undefined);
      });
    });
    expect(seen?.aborted).toBe(false);
    unmount();
    expect(seen?.aborted).toBe(true);
  });
});
