/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../src/core/language";
import { LEDGER_READING_MESSAGES as M } from "../../src/core/messages/ledgerReadingMessages";
import type { Message } from "../../src/core/messages/message";
import {
  DEFAULT_PANE_SETTINGS,
  type LedgerLocation,
  type LedgerWorkbook,
  type PaneSettings,
  type ScanOutcome,
  type ScanRequest,
  type ScannedLedger,
  type SkippedRowCounts,
} from "../../src/excel/ledgerWorkbook";
import { App } from "../../src/taskpane/App";

/*
 * The pane's side of reading real exports (issue #15): the mapping lists with how sure each match
 * is, the columns two fields compete for, the sheet the ledger was found on, the date-order
 * question and how the file was read — over a stub of the port, so only the pane is under test.
 */

// Fluent's pane renders slowly on a loaded machine: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

const HEADERS = ["Customer", "Amount", "Total", "Due", "Ref"];

function location(change: Partial<LedgerLocation> = {}): LedgerLocation {
  return {
    sheet: "Data",
    address: "Data!A4:E20",
    source: "usedRange",
    tableName: null,
    headerRow: 3,
    lastRow: 19,
    firstColumn: 0,
    columnCount: 5,
    dataRowCount: 16,
    headers: HEADERS,
    autoMapping: { customer: 0, amount: 1, dueDate: 3, invoiceNo: 4 },
    recognition: {
      mapping: { customer: 0, amount: 1, dueDate: 3, invoiceNo: 4 },
      matches: [
        { field: "customer", column: 0, header: "Customer", score: 1 },
        { field: "amount", column: 1, header: "Amount", score: 1 },
        { field: "dueDate", column: 3, header: "Due", score: 0.8 },
        { field: "invoiceNo", column: 4, header: "Ref", score: 0.65 },
      ],
      competing: [{ field: "amount", columns: [1, 2] }],
    },
    sheetsSearched: ["Summary", "Data", "Notes"],
    ...change,
  };
}

const NO_ROWS: SkippedRowCounts = { section: 0, subtotal: 0, total: 0, header: 0 };

function done(change: { readings?: Message[]; questions?: Message[]; skipped?: SkippedRowCounts } = {}): ScanOutcome {
  return {
    kind: "done",
    resultAddress: "Data!F4:I20",
    asOfIso: "2025-06-30",
    rowsWritten: 16,
    issues: [],
    customers: [],
    portfolio: [],
    ledger: { dateSystem: 1900 } as ScannedLedger,
    readings: change.readings ?? [],
    questions: change.questions ?? [],
    skipped: change.skipped ?? NO_ROWS,
  };
}

const AMBIGUOUS = M.dateOrderAmbiguous({ field: "dueDate", example: "03/04/2025" });

function stubWorkbook(found: LedgerLocation, outcomes: ScanOutcome[], saved: Partial<PaneSettings> = {}) {
  const saveSettings = jest.fn<Promise<void>, [PaneSettings]>(async () => undefined);
  const requests: ScanRequest[] = [];
  let next = 0;
  const workbook = {
    locateLedger: async () => ({ kind: "found" as const, location: found }),
    loadSettings: async () => ({ ...DEFAULT_PANE_SETTINGS, ...saved }),
    saveSettings,
    scan: async (request: ScanRequest) => {
      requests.push(request);
      return outcomes[Math.min(next++, outcomes.length - 1)];
    },
    clear: async () => ({ removed: [] }),
    selectCell: async () => undefined,
  } as unknown as LedgerWorkbook;
  return { workbook, saveSettings, requests };
}

async function openPane(workbook: LedgerWorkbook, language: Language = "en", displayLanguage?: string) {
  render(<App workbook={workbook} language={language} displayLanguage={displayLanguage} />);
  await screen.findByText(language === "zh" ? /Data!A4:E20，共16行/ : /Data!A4:E20, 16 rows/);
}

/** The text of an element's accessible description (aria-describedby). */
function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ")
    .trim();
}

const lastSaved = (save: jest.Mock) => save.mock.calls[save.mock.calls.length - 1][0] as PaneSettings;

describe("mapping: columns by letter and header, how sure each match is, competing columns", () => {
  test("each field lists the columns as 'B · Amount' and says how sure its match is", async () => {
    const { workbook } = stubWorkbook(location({ headers: ["Customer", "Amount", "", "Due", "Ref"] }), [done()]);
    await openPane(workbook);
    // Open from the start: the pane asks about Amount.
    const amount = screen.getByRole("combobox", { name: "Amount" });
    expect(
      within(amount)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["(not in the ledger)", "A · Customer", "B · Amount", "C · (no header)", "D · Due", "E · Ref"]);
    expect(descriptionOf(screen.getByRole("combobox", { name: "Customer" }))).toBe("known header");
    expect(descriptionOf(screen.getByRole("combobox", { name: "Due date" }))).toBe("likely");
    expect(descriptionOf(screen.getByRole("combobox", { name: "Invoice no." }))).toBe("guess");
    expect(descriptionOf(screen.getByRole("combobox", { name: "Terms" }))).toBe("");
  });

  test("two columns for one field: a warning asks, the field's list answers with a ColumnChoice by header", async () => {
    const { workbook, saveSettings } = stubWorkbook(location(), [done()]);
    await openPane(workbook);
    expect(screen.getByText("Amount: 'Amount' (B) or 'Total' (C)? Choose the column.")).toBeTruthy();
    const amount = screen.getByRole("combobox", { name: "Amount" });
    await act(async () => fireEvent.change(amount, { target: { value: "2" } }));
    expect(lastSaved(saveSettings).mappingOverrides).toEqual({ amount: { header: "Total", column: 2 } });
    expect(screen.queryByText(/Choose the column/)).toBeNull();
    expect((amount as HTMLSelectElement).value).toBe("2");
    expect(descriptionOf(amount)).toBe("your choice");
    // Choosing the recognised column again drops the choice.
    await act(async () => fireEvent.change(amount, { target: { value: "1" } }));
    expect(lastSaved(saveSettings).mappingOverrides).toEqual({});
    expect(descriptionOf(amount)).toBe("known header");
  });

  test("unmapping a recognised field saves null; a choice on another field's column takes it over", async () => {
    const { workbook, saveSettings } = stubWorkbook(location(), [done()]);
    await openPane(workbook);
    await act(async () => fireEvent.change(screen.getByRole("combobox", { name: "Invoice no." }), { target: { value: "" } }));
    expect(lastSaved(saveSettings).mappingOverrides).toEqual({ invoiceNo: null });
    await act(async () => fireEvent.change(screen.getByRole("combobox", { name: "Terms" }), { target: { value: "3" } }));
    expect(lastSaved(saveSettings).mappingOverrides).toEqual({ invoiceNo: null, terms: { header: "Due", column: 3 } });
    expect((screen.getByRole("combobox", { name: "Due date" }) as HTMLSelectElement).value).toBe("");
  });

  test("says the sheet the ledger was found on when other sheets were searched", async () => {
    const { workbook } = stubWorkbook(location(), [done()]);
    await openPane(workbook);
    expect(screen.getByText("Found on sheet 'Data' (sheets searched: Summary, Data).")).toBeTruthy();
  });

  test.each([[["Data"]], [["Data", "Summary", "Notes"]]])(
    "found on the first sheet searched (%j): no sheet line",
    async (sheets) => {
      const { workbook } = stubWorkbook(location({ sheetsSearched: sheets }), [done()]);
      await openPane(workbook);
      expect(screen.queryByText(/Found on sheet/)).toBeNull();
    },
  );

  test("no header recognised (an address given): a hint to map by hand, Scan stays usable", async () => {
    const bare = location({
      source: "address",
      headers: ["x1", "x2", "x3", "x4", "x5"],
      autoMapping: {},
      recognition: { mapping: {}, matches: [], competing: [] },
      sheetsSearched: ["Data"],
    });
    const invalid = M.twoFieldsOneColumn({ first: "amount", second: "openAmount", header: "x2" });
    const { workbook, requests } = stubWorkbook(bare, [{ kind: "invalid", message: invalid.en, text: invalid }]);
    await openPane(workbook);
    expect(screen.getByText(/No header in the ledger's first row was recognised/)).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Customer" })).toBeTruthy();
    const scan = screen.getByRole("button", { name: "Scan" }) as HTMLButtonElement;
    expect(scan.disabled).toBe(false);
    await act(async () => fireEvent.click(scan));
    expect(requests).toHaveLength(1);
    expect(await screen.findByText(/Cannot scan: Amount and Open amount are both mapped/)).toBeTruthy();
  });
});

describe("date order: asked, not assumed", () => {
  test("the question pre-selects the locale's order, applies nothing until confirmed, then saves and rescans", async () => {
    const stated = M.dateOrderStated({ field: "dueDate", order: "dmy" });
    const { workbook, saveSettings, requests } = stubWorkbook(location(), [
      done({ questions: [AMBIGUOUS] }),
      done({ readings: [stated] }),
    ]);
    await openPane(workbook, "en", "en-US");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    expect(requests[0].dateOrder).toBeNull();
    const question = await screen.findByRole("region", { name: "Order of the file's dates" });
    expect(within(question).getByText(AMBIGUOUS.en)).toBeTruthy();
    // en-US writes month first: suggested, not applied.
    expect((within(question).getByRole("radio", { name: "Month/Day/Year" }) as HTMLInputElement).checked).toBe(true);
    expect(saveSettings.mock.calls.some(([s]) => s.dateOrder !== null)).toBe(false);
    fireEvent.click(within(question).getByRole("radio", { name: "Day/Month/Year" }));
    expect(requests).toHaveLength(1);
    await act(async () => fireEvent.click(within(question).getByRole("button", { name: "Use this order and scan again" })));
    expect(lastSaved(saveSettings).dateOrder).toBe("dmy");
    expect(requests).toHaveLength(2);
    expect(requests[1].dateOrder).toBe("dmy");
    expect(screen.queryByRole("region", { name: "Order of the file's dates" })).toBeNull();
    expect(screen.getByText("Due date: dates read day/month/year, as chosen.")).toBeTruthy();
    // The settings now say the order; every later scan carries it.
    expect((screen.getByRole("combobox", { name: /Dates such as 03\/04\/2025/ }) as HTMLSelectElement).value).toBe("dmy");
  });

  test("outside en-US the suggestion is day first", async () => {
    const { workbook } = stubWorkbook(location(), [done({ questions: [AMBIGUOUS] })]);
    await openPane(workbook, "en", "en-GB");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    expect((screen.getByRole("radio", { name: "Day/Month/Year" }) as HTMLInputElement).checked).toBe(true);
  });

  test("a saved order goes with every scan and can be reset to ask", async () => {
    const { workbook, saveSettings, requests } = stubWorkbook(location(), [done()], { dateOrder: "mdy" });
    await openPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    expect(requests[0].dateOrder).toBe("mdy");
    const order = screen.getByRole("combobox", { name: /Dates such as 03\/04\/2025/ });
    expect((order as HTMLSelectElement).value).toBe("mdy");
    await act(async () => fireEvent.change(order, { target: { value: "ask" } }));
    expect(lastSaved(saveSettings).dateOrder).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    expect(requests[1].dateOrder).toBeNull();
  });
});

describe("how the file was read", () => {
  test("lists the readings, other questions and the rows set aside under the scan's notice", async () => {
    const readings = [
      M.dateOrderProven({ field: "dueDate", order: "dmy", proof: "30.06.2025" }),
      M.decimalComma({ field: "amount", example: "12.500,00" }),
      M.grandTotalAgrees({ total: "51,040.90" }),
    ];
    const lost = M.choiceLost({ field: "amount", header: "Net amount" });
    const { workbook } = stubWorkbook(location(), [
      done({ readings, questions: [lost], skipped: { section: 0, subtotal: 3, total: 1, header: 0 } }),
    ]);
    await openPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    const list = await screen.findByRole("region", { name: "How the file was read" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Amount: the column 'Net amount' chosen earlier is no longer in the ledger; choose its column again.",
      "Due date: dates read day/month/year ('30.06.2025' proves it).",
      "Amount: amounts written with a decimal comma ('12.500,00').",
      "The export's grand total 51,040.90 equals the scan's open total.",
      "Not invoices, left out: 3 subtotals, 1 total row.",
    ]);
    expect(screen.queryByRole("region", { name: "Order of the file's dates" })).toBeNull();
  });

  test("a reading that already counts the rows set aside is not repeated; markup in a message stays text", async () => {
    const aside = M.rowsSetAside({ sections: 2, subtotals: 2, totals: 1, headers: 0 });
    const hostile = M.decimalComma({ field: "amount", example: "<img src=x onerror=alert(1)>" });
    const { workbook } = stubWorkbook(location(), [
      done({ readings: [aside, hostile], skipped: { section: 2, subtotal: 2, total: 1, header: 0 } }),
    ]);
    await openPane(workbook);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    const list = await screen.findByRole("region", { name: "How the file was read" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(within(list).getByText(/^Not invoices, left out: 2 heading rows, 2 subtotals, 1 total row\.$/)).toBeTruthy();
    expect(list.querySelector("img")).toBeNull();
  });
});

describe("in Chinese", () => {
  test("mapping lists, match badges, the competing warning, the sheet line", async () => {
    const { workbook } = stubWorkbook(location(), [done()]);
    await openPane(workbook, "zh");
    const amount = screen.getByRole("combobox", { name: "金额" });
    expect(within(amount).getByRole("option", { name: "C列 · Total" })).toBeTruthy();
    expect(descriptionOf(screen.getByRole("combobox", { name: "客户" }))).toBe("已识别");
    expect(descriptionOf(screen.getByRole("combobox", { name: "到期日" }))).toBe("很可能");
    expect(descriptionOf(screen.getByRole("combobox", { name: "发票号" }))).toBe("推测");
    expect(screen.getByText("金额：是“Amount”（B列）还是“Total”（C列）？请选择对应的列。")).toBeTruthy();
    expect(screen.getByText("在工作表“Data”中找到（已查找的工作表：Summary、Data）。")).toBeTruthy();
  });

  test("the date-order question and the readings", async () => {
    const { workbook, requests } = stubWorkbook(location(), [
      done({ questions: [AMBIGUOUS], readings: [M.decimalComma({ field: "amount", example: "12.500,00" })] }),
    ]);
    await openPane(workbook, "zh", "zh-CN");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "扫描" })));
    const question = await screen.findByRole("region", { name: "文件中的日期顺序" });
    expect(within(question).getByText(AMBIGUOUS.zh)).toBeTruthy();
    expect((within(question).getByRole("radio", { name: "日/月/年" }) as HTMLInputElement).checked).toBe(true);
    expect(within(question).getByRole("radio", { name: "月/日/年" })).toBeTruthy();
    const list = screen.getByRole("region", { name: "文件读取方式" });
    expect(within(list).getByRole("listitem").textContent).toBe("金额：金额以逗号为小数点（“12.500,00”）。");
    await act(async () => fireEvent.click(within(question).getByRole("button", { name: "按此顺序重新扫描" })));
    expect(requests[1].dateOrder).toBe("dmy");
  });
});
