import { detectDateSystem } from "../../src/excel/detectDateSystem";

/* The probe evaluates DATE(1904,1,1) through workbook.functions: 0 in a 1904 workbook (its epoch),
   1462 in a 1900 one (1904-01-01 = 1462, the offset between the two systems, Microsoft's
   "Differences between the 1900 and the 1904 date system"). A stand-in context plays Excel's part. */

function contextReturning(value: number | (() => never)) {
  let synced = 0;
  const probe = { value: undefined as number | undefined, load: jest.fn() };
  const context = {
    workbook: { functions: { date: jest.fn(() => probe) } },
    sync: jest.fn(async () => {
      synced++;
      probe.value = typeof value === "function" ? value() : value;
    }),
  };
  return {
    context: context as unknown as Excel.RequestContext,
    calls: () => ({ synced, date: context.workbook.functions.date.mock.calls }),
  };
}

test("0 means a 1904 workbook; one sync, DATE(1904, 1, 1)", async () => {
  const { context, calls } = contextReturning(0);
  await expect(detectDateSystem(context)).resolves.toBe(1904);
  expect(calls()).toEqual({ synced: 1, date: [[1904, 1, 1]] });
});

test("1462 means a 1900 workbook", async () => {
  await expect(detectDateSystem(contextReturning(1462).context)).resolves.toBe(1900);
});

test("a failed sync keeps 1900", async () => {
  const { context } = contextReturning(() => {
    throw new Error("RichApi.Error: ApiNotFound");
  });
  await expect(detectDateSystem(context)).resolves.toBe(1900);
});
