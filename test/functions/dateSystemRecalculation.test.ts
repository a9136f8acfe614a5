import { readWorkbookDateSystem, recalculateAfterDateSystem } from "../../src/excel/detectDateSystem";
import type { ExcelRunner } from "../../src/excel/excelRunner";
import { daysOverdue } from "../../src/functions/aging";
import { getDateSystem, setDateSystem } from "../../src/functions/dateSystem";
import { handOffDateSystem, handOffRecalculation } from "../../src/taskpane/functionsHandoff";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "../excel/hostRunner";

/* Issue #17 item 4: AR.* functions that computed before the date-system probe resolved keep
   1900-system results in a 1904 workbook. The functions note that they read the system; when the
   probe (or a scan) then hands over a different one, the pane asks Excel for a full calculation.

   The worked case: a 1904 workbook holds the due date 2025-05-23 as a date cell, serial
   45800 − 1462 = 44338 (1462 days between the systems' epochs), and the as-of date as the text
   "2025-06-30". Read in the 1900 default, the text is 45838, so AR.DAYSOVERDUE says
   45838 − 44338 = 1500 days; read in 1904 it is 45838 − 1462 = 44376, and 44376 − 44338 = 38 days
   (8 days of May after the 23rd, 30 of June). */

const DUE_1904 = 44338;

/** A runner whose context records what was asked of Excel's application object. */
function recordingRunner(calls: string[], fail = false): ExcelRunner {
  return {
    run: async (_options, batch) => {
      const context = {
        workbook: { application: { calculate: (type: string) => void calls.push(`calculate ${type}`) } },
        sync: async () => {
          if (fail) throw Object.assign(new Error("RichApi.Error"), { code: "GeneralException" });
          calls.push("sync");
        },
      };
      return batch(context as unknown as Excel.RequestContext);
    },
    supportsExcelApi: () => true,
  };
}

/** The module's state back to its start: 1900 and nothing read since. */
function resetDateSystem(): void {
  setDateSystem(1904);
  setDateSystem(1900);
}

beforeEach(() => {
  resetDateSystem();
  jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterEach(() => {
  handOffRecalculation(() => undefined);
  resetDateSystem();
  jest.restoreAllMocks();
});

describe("setDateSystem says when results computed before it are stale", () => {
  test("no function has read the system: a change leaves nothing stale", () => {
    expect(setDateSystem(1904)).toBe(false);
    expect(getDateSystem()).toBe(1904);
  });

  test("a function read dates in 1900: changing to 1904 is stale; the same system again is not", () => {
    daysOverdue([[DUE_1904]], [["2025-06-30"]]);
    expect(setDateSystem(1904)).toBe(true);
    expect(setDateSystem(1904)).toBe(false);
  });

  test("after the change, only a function reading the new system makes the next change stale", () => {
    daysOverdue([[DUE_1904]], [["2025-06-30"]]);
    setDateSystem(1904);
    expect(setDateSystem(1900)).toBe(false); // nothing computed in 1904 in between
    daysOverdue([[DUE_1904]], [["2025-06-30"]]);
    expect(setDateSystem(1904)).toBe(true);
  });
});

describe("start-up in a 1904 workbook: computed before the probe, recalculated after it", () => {
  test("the probe finds 1904, Excel is asked for one full calculation, and the function then reads 1904", async () => {
    const calls: string[] = [];
    const requests: Promise<void>[] = [];
    handOffRecalculation(() => void requests.push(recalculateAfterDateSystem(recordingRunner(calls))));

    // Excel calculates the cell as the runtime loads, before the pane has probed: 1900 reading.
    expect(daysOverdue([[DUE_1904]], [["2025-06-30"]])).toEqual([[1500]]);

    const model = new WorkbookModel();
    model.dateSystem = 1904;
    const system = await readWorkbookDateSystem(hostRunner(createWorkbookHost(model)));
    expect(system).toBe(1904);
    handOffDateSystem(system);
    await Promise.all(requests);
    expect(calls).toEqual(["calculate Full", "sync"]);

    // The full calculation calls the function again: now in 1904.
    expect(daysOverdue([[DUE_1904]], [["2025-06-30"]])).toEqual([[38]]);

    // Each scan hands the system over again: the same system asks for nothing more.
    handOffDateSystem(1904);
    await Promise.all(requests);
    expect(calls).toEqual(["calculate Full", "sync"]);
  });

  test("a 1900 workbook asks for no calculation", async () => {
    const calls: string[] = [];
    handOffRecalculation(() => void recalculateAfterDateSystem(recordingRunner(calls)));
    daysOverdue([[45800]], [["2025-06-30"]]);
    const system = await readWorkbookDateSystem(hostRunner(createWorkbookHost(new WorkbookModel())));
    expect(system).toBe(1900);
    handOffDateSystem(system);
    expect(calls).toEqual([]);
  });

  test("nothing computed before the probe: no calculation either", () => {
    const calls: string[] = [];
    handOffRecalculation(() => void recalculateAfterDateSystem(recordingRunner(calls)));
    handOffDateSystem(1904);
    expect(calls).toEqual([]);
  });

  test("a host that refuses the calculation is logged, never thrown into the pane", async () => {
    const calls: string[] = [];
    await expect(recalculateAfterDateSystem(recordingRunner(calls, true))).resolves.toBeUndefined();
    expect(calls).toEqual(["calculate Full"]);
    expect(console.warn).toHaveBeenCalledTimes(1);
  });

  test("outside Excel (no runner, no Excel global) it does nothing", async () => {
    await expect(recalculateAfterDateSystem()).resolves.toBeUndefined();
    expect(console.warn).not.toHaveBeenCalled();
  });
});
