import { createRoot } from "react-dom/client";
import { App } from "./App";
import { isDarkTheme } from "./isDarkTheme";
import { readWorkbookDateSystem } from "../excel/detectDateSystem";
import { setDateSystem } from "../functions/convert";
import { createExcelLedgerWorkbook } from "../excel/createExcelLedgerWorkbook";
import { officeExcelRunner } from "../excel/excelRunner";
import { languageOf } from "../core/language";

// Office.onReady is awaited once, here; components never call it. Outside Office (browser
// preview, tests) it resolves with host null and the pane still renders.
Office.onReady((info) => {
  // The AR.* functions run in this same runtime: tell them how the workbook counts dates
  // (1900 or 1904) before the analyst relies on a calendar date they return.
  void readWorkbookDateSystem().then(setDateSystem);
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const systemDark = window.matchMedia?.("(prefers-color-scheme: dark)");
  const workbook = info.host === Office.HostType.Excel ? createExcelLedgerWorkbook(officeExcelRunner()) : null;
  const language = languageOf(Office.context?.displayLanguage);
  const render = () =>
    root.render(
      <App
        dark={isDarkTheme(Office.context?.officeTheme, systemDark?.matches ?? false)}
        workbook={workbook}
        language={language}
      />,
    );
  systemDark?.addEventListener("change", render);
  render();
});
