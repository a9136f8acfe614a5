/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { getDateSystem, setDateSystem } from "../../src/functions/dateSystem";
import { getFunctionsLanguage, setFunctionsLanguage } from "../../src/functions/functionsLanguage";
import { App } from "../../src/taskpane/App";
import { handOffDateSystem, handOffLanguage } from "../../src/taskpane/functionsHandoff";
import { hostRunner } from "../excel/hostRunner";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { forecastLedger } from "./forecast/forecastFixture";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
afterEach(() => {
  setDateSystem(1900);
  setFunctionsLanguage("en");
});

describe("the functions hand-off (the one seam from the pane to the AR.* functions)", () => {
  test("hands the date system to the functions' shared state", () => {
    handOffDateSystem(1904);
    expect(getDateSystem()).toBe(1904);
    handOffDateSystem(1900);
    expect(getDateSystem()).toBe(1900);
  });

  test("hands the display language to the functions' messages", () => {
    handOffLanguage("zh");
    expect(getFunctionsLanguage()).toBe("zh");
    handOffLanguage("en");
    expect(getFunctionsLanguage()).toBe("en");
  });

  test("each scan hands the workbook's date system to the functions", async () => {
    const model = forecastLedger();
    model.dateSystem = 1904;
    render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)))} />);
    await screen.findByText(/Ledger!A1:G10, 9 rows/);
    expect(getDateSystem()).toBe(1900);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    await screen.findByText(/Scanned 9 rows/);
    expect(getDateSystem()).toBe(1904);
  });
});
