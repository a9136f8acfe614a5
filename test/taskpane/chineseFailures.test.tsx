/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { DEFAULT_PANE_SETTINGS, type LedgerWorkbook } from "../../src/excel/ledgerWorkbook";
import { App } from "../../src/taskpane/App";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "../excel/hostRunner";
import { AS_OF, chineseLedger } from "../excel/ledgerFixtures";

// A scan through the host takes a moment on a loaded CI machine: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

/*
 * Every way a scan can fail, in the Chinese pane: whatever the pane shows must be Chinese. Latin
 * letters are allowed only in cell addresses and sheet names, the user's own cell text, currency
 * codes, and the product names Excel and English (the language picker's own name for English).
 */

// The currency codes of the default small-balance thresholds show in the settings field (issue #18).
const ALWAYS_ALLOWED = [
  "Excel",
  "English",
  "USD",
  "EUR",
  "CNY",
  ...DEFAULT_PANE_SETTINGS.smallBalanceByCurrency.map((t) => t.currency),
];
const CELL_ADDRESS = /(?:'[^']+'|[\p{L}\p{N}_.]+)?!?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/gu;

/** The Latin words of the pane's text once addresses, allowed tokens and `ownText` are taken out. */
function englishIn(ownText: readonly string[] = []): string[] {
  let text = document.body.textContent ?? "";
  for (const token of [...ownText, ...ALWAYS_ALLOWED].sort((a, b) => b.length - a.length)) text = text.split(token).join(" ");
  text = text.replace(CELL_ADDRESS, " ").replace(/“[A-Z]{1,3}”/g, " "); // and a column letter: 如“N”
  return text.match(/[A-Za-z]+/g) ?? [];
}

function paneOn(model: WorkbookModel, change: (workbook: LedgerWorkbook) => LedgerWorkbook = (w) => w) {
  const workbook = change(createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model))));
  render(<App workbook={workbook} language="zh" />);
}

async function scan(asOfIso = "2025-06-30") {
  fireEvent.change(screen.getByLabelText("基准日"), { target: { value: asOfIso } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "扫描" })));
}

describe("the Chinese pane shows every failure in Chinese", () => {
  test("a bad as-of date", async () => {
    paneOn(chineseLedger());
    await screen.findByText(/应收账款!B4:G7/);
    await scan("");
    expect(await screen.findByText(/^无法扫描：无法识别基准日/)).toBeTruthy();
    expect(englishIn()).toEqual([]);
  });

  test("a ladder range that does not exist, and one that cannot be read", async () => {
    const model = chineseLedger();
    model.addSheet("阶梯");
    model.setRows("阶梯", "A1", [
      ["距到期日天数", "措施"],
      ["很快", "发邮件"],
    ]);
    paneOn(model);
    await screen.findByText(/应收账款!B4:G7/);
    await act(async () => fireEvent.change(screen.getByRole("combobox", { name: "催收阶梯" }), { target: { value: "range" } }));
    const address = screen.getByLabelText("阶梯区域（天数、措施两列）");
    await act(async () => fireEvent.change(address, { target: { value: "Nope!A1:B6" } }));
    await scan();
    expect(await screen.findByText(/^无法扫描：催收阶梯区域“Nope!A1:B6”所在的工作表在本工作簿中不存在。$/)).toBeTruthy();
    expect(englishIn()).toEqual([]);
    await act(async () => fireEvent.change(address, { target: { value: "阶梯!A1:B2" } }));
    await scan();
    expect(await screen.findByText(/^无法扫描：催收阶梯区域“阶梯!A1:B2”中：.*“很快”/)).toBeTruthy();
    expect(englishIn()).toEqual([]);
  });

  test("the ladder presets are named in Chinese", async () => {
    paneOn(chineseLedger());
    await screen.findByText(/应收账款!B4:G7/);
    const options = Array.from(screen.getByRole("combobox", { name: "催收阶梯" }).querySelectorAll("option")).map(
      (o) => o.textContent,
    );
    expect(options).toEqual(["标准", "五步", "15-30-45天", "30-60-90天", "工作簿中的区域"]);
  });

  test("a cell in the way of the result columns", async () => {
    const model = chineseLedger();
    model.setRows("应收账款", "I6", [["my note"]]);
    paneOn(model);
    await screen.findByText(/应收账款!B4:G7/);
    await scan();
    expect(await screen.findByText(/^应收账款!I6中有“my note”，结果列会覆盖它/)).toBeTruthy();
    expect(englishIn(["my note"])).toEqual([]);
  });

  test("unreadable rows are listed with Chinese reasons", async () => {
    const model = chineseLedger();
    model.setRows("应收账款", "B8", [
      ["西部物流", "FP-4", 45761, "下月底", 500, ""],
      ["东海食品", "FP-5", 45761, AS_OF - 3, "n/a", ""],
      ["东海食品", "FP-5", 45761, AS_OF - 3, 20, ""],
    ]);
    paneOn(model);
    await screen.findByText(/应收账款!B4:G10/);
    await scan();
    expect(await screen.findByText(/^已扫描6行/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: /^问题/ })));
    expect(screen.getByText(/无法识别到期日“下月底”/)).toBeTruthy();
    expect(screen.getByText(/无法识别金额“n\/a”/)).toBeTruthy();
    expect(englishIn(["FP-1", "FP-2", "FP-3", "FP-4", "FP-5", "n/a"])).toEqual([]);
  });

  test("a ledger with no customer column", async () => {
    const model = new WorkbookModel(["工作表1"]);
    model.setRows("工作表1", "A1", [
      ["发票号", "金额", "到期日", "开票日期"],
      ["FP-1", 100, AS_OF - 5, AS_OF - 35],
    ]);
    model.select("工作表1", "B2");
    paneOn(model);
    await screen.findByText(/工作表1!A1:D2/);
    await scan();
    expect(await screen.findByText(/^无法扫描：台账中没有客户列/)).toBeTruthy();
    expect(englishIn(["FP-1"])).toEqual([]);
  });

  test("an empty ledger", async () => {
    const empty = new WorkbookModel(["工作表1"]);
    empty.setRows("工作表1", "A1", [["客户", "金额", "到期日"]]);
    empty.select("工作表1", "A1");
    paneOn(empty);
    await screen.findByText(/工作表1!A1:C1，共0行/);
    await scan();
    expect(await screen.findByText(/^已扫描0行/)).toBeTruthy();
    expect(englishIn()).toEqual([]);
  });

  test("a sheet with no ledger", async () => {
    const none = new WorkbookModel(["工作表1"]);
    none.setRows("工作表1", "A1", [["备注"], ["这里没有台账"]]);
    none.select("工作表1", "A1");
    paneOn(none);
    expect(await screen.findByText(/中没有表头行：至少需要三个可识别的列名/)).toBeTruthy();
    expect(englishIn()).toEqual([]);
  });

  test.each([
    [{ name: "RichApi.Error", code: "ItemNotFound" }, "Excel拒绝了请求（找不到对象），请重试。"],
    [{ name: "RichApi.Error", code: "SomethingNew" }, "Excel拒绝了请求，请重试。"],
    [new TypeError("Cannot read properties of undefined"), "与Excel通信时出错，请重试。"],
  ])("Excel refusing the scan (%o)", async (error, text) => {
    paneOn(chineseLedger(), (workbook) => ({
      ...workbook,
      scan: async () => {
        throw error;
      },
    }));
    await screen.findByText(/应收账款!B4:G7/);
    await scan();
    expect(await screen.findByText(text)).toBeTruthy();
    expect(englishIn()).toEqual([]);
  });
});
