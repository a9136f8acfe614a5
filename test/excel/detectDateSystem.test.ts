import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { detectDateSystem, readWorkbookDateSystem } from "../../src/excel/detectDateSystem";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { hostRunner } from "./hostRunner";
import { englishLedger } from "./ledgerFixtures";
import { scanWith } from "./scanHelpers";
import { failSync } from "./syncFaults";

/* The probe evaluates DATE(1904,1,1) through workbook.functions: 0 in a 1904 workbook (its epoch),
   1462 in a 1900 one (1904-01-01 = 1462, the offset between the two systems, Microsoft's
   "Differences between the 1900 and the 1904 date system"). A stand-in context plays Excel's part. */

function contextReturning(value: number | (() => never), withFunctions = true) {
  let synced = 0;
  const probe = { value: undefined as number | undefined, load: jest.fn() };
  const date = jest.fn(() => probe);
  const context = {
    workbook: withFunctions ? { functions: { date } } : {},
    sync: jest.fn(async () => {
      synced++;
      probe.value = typeof value === "function" ? value() : value;
    }),
  };
  return {
    context: context as unknown as Excel.RequestContext,
    calls: () => ({ synced, date: date.mock.calls }),
  };
}

/** office.js's error shape: a RichApi.Error with a code. */
function richError(code: string): Error {
  return Object.assign(new Error(`RichApi.Error: ${code}`), { name: "RichApi.Error", code });
}

describe("detectDateSystem", () => {
  test("0 means a 1904 workbook; one sync, DATE(1904, 1, 1)", async () => {
    const { context, calls } = contextReturning(0);
    await expect(detectDateSystem(context)).resolves.toBe(1904);
    expect(calls()).toEqual({ synced: 1, date: [[1904, 1, 1]] });
  });

  test("1462 means a 1900 workbook", async () => {
    await expect(detectDateSystem(contextReturning(1462).context)).resolves.toBe(1900);
  });

  test("a failed sync is an error, not a 1900 workbook (a 1904 one would move every date by 1462 days)", async () => {
    const { context } = contextReturning(() => {
      throw richError("GeneralException");
    });
    await expect(detectDateSystem(context)).rejects.toMatchObject({ code: "GeneralException" });
  });

  test("no functions API (before ExcelApi 1.2): 1900, and the sync for the caller's loads is still made", async () => {
    const missing = contextReturning(0, false);
    await expect(detectDateSystem(missing.context)).resolves.toBe(1900);
    expect(missing.calls()).toEqual({ synced: 1, date: [] });
    const unsupported = contextReturning(0);
    await expect(detectDateSystem(unsupported.context, (v) => v !== "1.2")).resolves.toBe(1900);
    expect(unsupported.calls()).toEqual({ synced: 1, date: [] });
  });
});

describe("the scan's date system", () => {
  test("a 1904 workbook scans in 1904; its first sync failing fails the scan and writes nothing", async () => {
    const model = englishLedger();
    model.dateSystem = 1904;
    const before = model.snapshot();
    const workbook = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)));
    const found = await workbook.locateLedger();
    if (found.kind !== "found") throw new Error("no ledger");
    const fault = failSync(1, "lost request");
    const request = {
      location: found.location,
      mappingOverrides: {},
      asOfIso: "2025-06-30",
      ladder: { kind: "preset", name: "standard" } as const,
      minAmount: 0,
      keyAccounts: [],
      language: "en" as const,
    };
    try {
      await expect(workbook.scan(request)).rejects.toMatchObject({ code: "GeneralException" });
    } finally {
      fault.restore();
    }
    expect(model.snapshot()).toBe(before);
    const outcome = await scanWith(workbook);
    // 2025-06-30 in 1904: 45838 (1900 serial) − 1462 = 44376.
    expect(outcome).toMatchObject({ kind: "done", ledger: { dateSystem: 1904, asOf: 44376 } });
  });
});

describe("readWorkbookDateSystem (start-up)", () => {
  const workbook1904 = () => {
    const model = englishLedger();
    model.dateSystem = 1904;
    return createWorkbookHost(model);
  };

  test("outside Excel (no runner, no Excel global): 1900 without calling anything", async () => {
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe("undefined");
    await expect(readWorkbookDateSystem()).resolves.toBe(1900);
  });

  test("a 1904 workbook reads 1904, also when the first request is lost (one retry)", async () => {
    await expect(readWorkbookDateSystem(hostRunner(workbook1904()))).resolves.toBe(1904);
    const host = workbook1904();
    const fault = failSync(1, "lost request");
    try {
      await expect(readWorkbookDateSystem(hostRunner(host))).resolves.toBe(1904);
    } finally {
      fault.restore();
    }
    // Two Excel.run calls: the lost one and the retry.
    expect(host.stats.runs).toHaveLength(2);
  });

  test("two failed requests: nothing is known, 1900 is kept, and a warning says so", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const fault = failSync([1, 2], "lost request");
    try {
      await expect(readWorkbookDateSystem(hostRunner(workbook1904()))).resolves.toBe(1900);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      fault.restore();
      warn.mockRestore();
    }
  });

  test("a host that reports the API missing: 1900 at once, no retry, no warning", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const host = workbook1904();
    const fault = failSync([1, 2], "lost request", "ApiNotFound");
    try {
      await expect(readWorkbookDateSystem(hostRunner(host))).resolves.toBe(1900);
    } finally {
      fault.restore();
      warn.mockRestore();
    }
    expect(host.stats.runs).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });
});
