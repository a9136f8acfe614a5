/*
 * The preview page's own script (bundle dist-preview/preview.js), loaded after office.js and
 * before the add-in's real functions.js and taskpane.js. It builds the sample workbook, serves it
 * to the add-in as the `Excel` global (the workbook host), makes Office.onReady report Excel on the
 * web, and draws the workbook as a grid whose formulas, AR.* included, compute with HyperFormula.
 * The add-in does not know: it sees office.js's API only. Dev and test tool, never in dist/.
 */
import { calendarToSerial } from "../../src/core/dates/excelSerial";
import { sampleWorkbook, type SampleVariant } from "../fixtures/sampleWorkbook";
import { arFunctions, registerArFunctions, type ArMetadata } from "../support/hyperformulaAr";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { attachEngine } from "./previewEngine";
import { readWorkbookFile, replaceWorkbook } from "./openFile/openWorkbookFile";
import type { CsvLocale } from "./openFile/csvAsExcel";
import { createPreviewGrid } from "./previewGrid";
import { watchPaneReady } from "./watchPaneReady";

interface Timings {
  /** ms from navigation start: the last CustomFunctions.associate call of functions.js. */
  functionsAssociated?: number;
  /** ms: the AR.* functions computing in the grid's engine. */
  functionsRegistered?: number;
  /** ms: the pane showing an enabled Scan button (ledger found). */
  paneInteractive?: number;
}

type OfficeGlobal = {
  onReady: (callback?: (info: unknown) => void) => Promise<unknown>;
  context?: Record<string, unknown>;
  HostType: { Excel: string };
  PlatformType: { OfficeOnline: string };
};
type CustomFunctionsGlobal = {
  associate?: (...args: unknown[]) => void;
  _association?: { mappings?: Record<string, unknown> };
};

const params = new URLSearchParams(location.search);
const variant: SampleVariant = params.get("sample") === "zh" ? "zh" : "en";
const asOf = asOfSerial(params.get("asof"));
const displayLanguage = params.get("lang") ?? (variant === "zh" ? "zh-CN" : "en-US");

/** ?asof=2025-06-30, else today (the pane's default as-of date too). */
function asOfSerial(iso: string | null): number {
  const today = new Date();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  const [year, month, day] = match
    ? [Number(match[1]), Number(match[2]), Number(match[3])]
    : [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  return calendarToSerial({ year, month, day }) ?? 45838;
}

const model = sampleWorkbook(variant, asOf);
const host = createWorkbookHost(model);
const engine = attachEngine(model, { eager: false });
const timings: Timings = {};
const win = window as unknown as Record<string, unknown>;
const office = win.Office as OfficeGlobal | undefined;
const customFunctions = win.CustomFunctions as CustomFunctionsGlobal | undefined;

let refreshQueued = false;
/** After the add-in's batch or the user's edit: recalculate once, redraw the grid. */
function refresh(): void {
  if (refreshQueued) return;
  refreshQueued = true;
  setTimeout(() => {
    refreshQueued = false;
    if (engine.stale) engine.recalculate();
    grid.render();
  }, 0);
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const grid = createPreviewGrid(
  model,
  engine,
  {
    table: byId("grid"),
    scroller: byId("grid-scroll"),
    tabs: byId("sheet-tabs"),
    nameBox: byId("name-box"),
    formulaInput: byId("formula-input"),
  },
  refresh,
);

// The add-in's `Excel.run` runs on the host; the grid follows every batch.
win.Excel = {
  run: (optionsOrBatch: unknown, batch?: never) => host.run(optionsOrBatch, batch).finally(refresh),
};

/**
 * Outside Office, office.js's logger opens a hidden telemetry iframe on Microsoft's servers three
 * seconds after loading (OSF.Logger.ulsEndpoint.loadProxyFrame). The preview makes no request off
 * the machine, so that frame is never loaded here; inside Office the host decides, as always.
 */
function keepOfficeJsOffline(): void {
  const endpoint = (win.OSF as { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } } } | undefined)?.Logger?.ulsEndpoint;
  if (endpoint) endpoint.loadProxyFrame = () => undefined;
}

if (office) {
  // Outside Office, onReady reports host null: report Excel on the web, with its requirement sets.
  const originalOnReady = office.onReady.bind(office);
  void originalOnReady().then(keepOfficeJsOffline);
  office.onReady = (callback) =>
    originalOnReady().then(() => {
      keepOfficeJsOffline();
      const context = (office.context ??= {});
      context.requirements = { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) };
      context.displayLanguage = displayLanguage;
      const info = { host: office.HostType.Excel, platform: office.PlatformType.OfficeOnline };
      callback?.(info);
      return info;
    });
}

if (customFunctions?.associate) {
  const associate = customFunctions.associate.bind(customFunctions);
  customFunctions.associate = (...args: unknown[]) => {
    associate(...args);
    timings.functionsAssociated = performance.now();
  };
}

/** Once functions.js has run: its associated implementations become AR.* in the grid's engine. */
async function registerFunctions(): Promise<void> {
  const mappings = customFunctions?._association?.mappings ?? {};
  const metadata = (await (await fetch("functions.json")).json()) as ArMetadata;
  const known = metadata.functions.filter((fn) => fn.id in mappings);
  registerArFunctions(arFunctions({ functions: known }, [mappings]));
  timings.functionsRegistered = performance.now();
  engine.recalculate();
  grid.render();
}

document.addEventListener("DOMContentLoaded", () => {
  const sample = byId<HTMLSelectElement>("sample-select");
  sample.value = variant;
  sample.addEventListener("change", () => {
    params.set("sample", sample.value);
    params.delete("lang");
    location.search = params.toString();
  });
  byId("as-of-note").textContent =
    `Sample dated around ${new Date(Date.UTC(1899, 11, 30) + asOf * 86_400_000).toISOString().slice(0, 10)}`;
  grid.render();
  const note = byId("as-of-note");
  byId<HTMLInputElement>("open-file").addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const locale = byId<HTMLSelectElement>("csv-locale").value as CsvLocale;
    readWorkbookFile(file, locale)
      .then((opened) => {
        replaceWorkbook(model, opened);
        note.textContent = `Opened ${file.name}: ${opened.sheets.length} sheet(s), ${opened.dateSystem} date system`;
        refresh();
      })
      .catch((error: unknown) => {
        note.textContent = `Could not open ${file.name}: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => (input.value = ""));
  });
  watchPaneReady(byId("container"), () => (timings.paneInteractive = performance.now()));
  registerFunctions().catch((error: unknown) => {
    byId("as-of-note").textContent = `AR.* functions not registered: ${String(error)}`;
  });
});

win.__preview = { model, host, engine, timings, refresh };
