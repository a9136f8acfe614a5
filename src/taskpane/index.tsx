import { createRoot } from "react-dom/client";
import { languageOf } from "../core/language";
import { connectExcel } from "../excel/connectExcel";
import { App } from "./App";
import { handOffDateSystem, handOffLanguage, handOffRecalculation } from "./functionsHandoff";
import { isDarkTheme } from "./isDarkTheme";

// The composition root. Office.onReady is awaited once, here; components never call it. Outside
// Office (browser preview, tests) it resolves with host null and the pane still renders. This is
// the one pane file that builds the adapter (connectExcel); every other one sees only the port.
Office.onReady((info) => {
  const excel = connectExcel(info.host === Office.HostType.Excel);
  const displayLanguage = Office.context?.displayLanguage;
  const language = languageOf(displayLanguage);
  // The AR.* functions run in this same runtime (functionsHandoff.ts): tell them how the workbook
  // counts dates (1900 or 1904) before the analyst relies on a calendar date they return, and the
  // language of their messages when Office gives one.
  // Cells they computed before the probe answered are recalculated if it finds a 1904 workbook.
  handOffRecalculation(() => void excel.recalculateFunctions());
  void excel.readDateSystem().then(handOffDateSystem);
  if (typeof displayLanguage === "string" && displayLanguage.trim() !== "") handOffLanguage(language);
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const systemDark = window.matchMedia?.("(prefers-color-scheme: dark)");
  const render = () =>
    root.render(
      <App
        dark={isDarkTheme(Office.context?.officeTheme, systemDark?.matches ?? false)}
        workbook={excel.workbook}
        language={language}
        displayLanguage={typeof displayLanguage === "string" ? displayLanguage : undefined}
      />,
    );
  systemDark?.addEventListener("change", render);
  render();
});
