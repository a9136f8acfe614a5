import { createRoot } from "react-dom/client";
import { App } from "./App";
import { isDarkTheme } from "./isDarkTheme";

// Office.onReady is awaited once, here; components never call it. Outside Office (browser
// preview, tests) it resolves with host null and the pane still renders.
Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const systemDark = window.matchMedia?.("(prefers-color-scheme: dark)");
  const render = () => root.render(<App dark={isDarkTheme(Office.context?.officeTheme, systemDark?.matches ?? false)} />);
  systemDark?.addEventListener("change", render);
  render();
});
