import { detectDateSystem } from "../../../src/excel/detectDateSystem";
import { createWorkbookHost, type HostRequestContext } from "./createWorkbookHost";
import { PAYLOAD_LIMIT_BYTES } from "./hostContext";
import { WorkbookModel } from "./workbookModel";

function hostWith(rows: unknown[][] = []) {
  const model = new WorkbookModel(["Sheet1"]);
  if (rows.length) model.setRows("Sheet1", "A1", rows);
  return createWorkbookHost(model);
}

describe("workbook host: office.js proxy semantics", () => {
  test("a property is readable only after load and sync", async () => {
    const host = hostWith([["a", 1]]);
    await host.run(async (context: HostRequestContext) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(range.address).toBe("Sheet1!A1:B1");
    });
  });

  test("isNullObject is known after sync; an empty queue makes no round trip", async () => {
    const host = hostWith();
    await host.run(async (context: HostRequestContext) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
      await context.sync();
    });
    expect(host.stats.syncs).toHaveLength(1);
  });

  test("a request over 5 MB is refused whole, as Excel on the web does", async () => {
    const host = hostWith();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    const before = host.model.snapshot();
    await expect(
      host.run(async (context: HostRequestContext) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("Z1").values = [["small"]];
        sheet.getRangeByIndexes(0, 0, big.length, 1).values = big; // 60,000 × ~103 bytes ≈ 6.2 MB
        await context.sync();
      }),
    ).rejects.toMatchObject({ name: "RichApi.Error", code: "RequestPayloadSizeLimitExceeded" });
    expect(host.model.snapshot()).toBe(before);
    expect(host.stats.syncs[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("values are typed as a user types them; a text format or a quote prefix keeps text", async () => {
    const host = hostWith();
    await host.run(async (context: HostRequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D1").values = [["=1+2", "'=1+2", "123", "-x"]];
      const text = sheet.getRange("A2:B2");
      (text as unknown as { numberFormat: string }).numberFormat = "@";
      text.values = [["=1+2", "123"]];
      await context.sync();
    });
    const sheet = host.model.sheet("Sheet1")!;
    expect([sheet.formula(0, 0), sheet.value(0, 1), sheet.value(0, 2), sheet.formula(0, 3)]).toEqual([
      "=1+2",
      "=1+2",
      123,
      "=-x",
    ]);
    expect([sheet.value(1, 0), sheet.value(1, 1), sheet.formula(1, 0)]).toEqual(["=1+2", "123", undefined]);
    expect(sheet.numberFormat(1, 1)).toBe("@");
  });

  test("a 2-D write must match the range's shape", async () => {
    const host = hostWith();
    await expect(
      host.run(async (context: HostRequestContext) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("the current region stops at empty rows and columns", async () => {
    const host = hostWith([["a", "b", "", "z"], [1, 2, "", 9], ["", "", "", ""], ["c"]]);
    const address = await host.run(async (context: HostRequestContext) => {
      const region = context.workbook.worksheets.getItem("Sheet1").getRange("A2").getSurroundingRegion().load("address");
      await context.sync();
      return region.address;
    });
    expect(address).toBe("Sheet1!A1:B2");
  });

  test("DATE(1904,1,1) is 1462 in a 1900 workbook and 0 in a 1904 one (the date-system probe)", async () => {
    const host = hostWith();
    expect(await host.run((context: HostRequestContext) => detectDateSystem(context as unknown as Excel.RequestContext))).toBe(
      1900,
    );
    host.model.dateSystem = 1904;
    expect(await host.run((context: HostRequestContext) => detectDateSystem(context as unknown as Excel.RequestContext))).toBe(
      1904,
    );
    const serial = await host.run(async (context: HostRequestContext) => {
      const r = context.workbook.functions.date(2025, 6, 30);
      await context.sync();
      return r.value;
    });
    // 2025-06-30 is 45838 in the 1900 system, 45838 − 1462 = 44376 in the 1904 system.
    expect(serial).toBe(44376);
  });

  test("settings round-trip as JSON and can be deleted", async () => {
    const host = hostWith();
    await host.run(async (context: HostRequestContext) => {
      context.workbook.settings.add("k", { a: [1, 2] });
      const item = context.workbook.settings.getItemOrNullObject("k").load("value");
      await context.sync();
      expect(item.value).toEqual({ a: [1, 2] });
      item.delete();
      await context.sync();
    });
    expect(host.model.settings.size).toBe(0);
  });
});
