import { columnLetters } from "../support/workbookHost/a1";
import type { SheetModel } from "../support/workbookHost/sheetModel";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { formatCell } from "./formatCell";
import type { PreviewEngine } from "./previewEngine";

export interface PreviewGrid {
  /** Redraws the active sheet, its tabs and the formula bar from the model. */
  render(): void;
}

export interface GridElements {
  readonly table: HTMLTableElement;
  readonly scroller: HTMLElement;
  readonly tabs: HTMLElement;
  readonly nameBox: HTMLElement;
  readonly formulaInput: HTMLInputElement;
}

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch]!);
}

/**
 * The preview's spreadsheet view of a workbook model: the active sheet as an HTML table (values
 * formatted by their number formats, conditional-format fills from the engine, formulas' computed
 * values), sheet tabs, and a formula bar where the user types values or formulas (AR.* included).
 * Clicking a cell selects it in the model, where the add-in reads the selection; a selection the
 * add-in makes (Issues → select cell) is shown and scrolled into view. Each cell carries
 * `data-cell="A1"` for the browser tests.
 *
 * @example
 * createPreviewGrid(model, engine, elements, refresh).render()
 */
export function createPreviewGrid(
  model: WorkbookModel,
  engine: PreviewEngine,
  el: GridElements,
  changed: () => void,
): PreviewGrid {
  let shownSelection = "";

  const current = () => model.selection;
  const cellAddress = (r: number, c: number) => `${columnLetters(c)}${r + 1}`;

  const renderFormulaBar = () => {
    const { sheet, rect } = current();
    el.nameBox.textContent = `${sheet.name}!${cellAddress(rect.r0, rect.c0)}`;
    const formula = sheet.formula(rect.r0, rect.c0);
    const raw = sheet.columns.get(rect.c0)?.values[rect.r0];
    el.formulaInput.value = formula ?? (raw === undefined ? "" : String(raw));
  };

  const markSelection = () => {
    const { rect } = current();
    for (const cell of el.table.querySelectorAll("td.sel, td.in-sel")) cell.classList.remove("sel", "in-sel");
    for (let r = rect.r0; r <= Math.min(rect.r1, rect.r0 + 200); r++)
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 50); c++)
        el.table.querySelector(`td[data-cell="${cellAddress(r, c)}"]`)?.classList.add("in-sel");
    const active = el.table.querySelector<HTMLElement>(`td[data-cell="${cellAddress(rect.r0, rect.c0)}"]`);
    active?.classList.add("sel");
    el.table.dataset.selection = `${current().sheet.name}!${cellAddress(rect.r0, rect.c0)}${
      rect.r1 > rect.r0 || rect.c1 > rect.c0 ? `:${cellAddress(rect.r1, rect.c1)}` : ""
    }`;
    renderFormulaBar();
    if (el.table.dataset.selection !== shownSelection) {
      shownSelection = el.table.dataset.selection;
      active?.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  };

  const renderTabs = () => {
    el.tabs.replaceChildren(
      ...model.sheets.map((sheet) => {
        const tab = document.createElement("button");
        tab.type = "button";
        tab.textContent = sheet.name;
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(sheet === current().sheet));
        tab.addEventListener("click", () => {
          model.selection = { sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
          render();
        });
        return tab;
      }),
    );
  };

  const renderSheet = (sheet: SheetModel) => {
    const used = sheet.usedRect(false);
    const lastRow = Math.max(MIN_ROWS, (used?.r1 ?? 0) + 6);
    let lastColumn = Math.max(MIN_COLUMNS, (used?.c1 ?? 0) + 8);
    for (const key of sheet.calculated.keys()) lastColumn = Math.max(lastColumn, Number(key.split(",")[1]) + 2);
    const head = ['<thead><tr><th class="corner"></th>'];
    for (let c = 0; c < lastColumn; c++) head.push(`<th scope="col">${columnLetters(c)}</th>`);
    head.push("</tr></thead>");
    const body = ["<tbody>"];
    for (let r = 0; r < lastRow; r++) {
      body.push(`<tr><th scope="row">${r + 1}</th>`);
      for (let c = 0; c < lastColumn; c++) {
        const value = sheet.value(r, c);
        const text = value === "" ? "" : formatCell(value, sheet.numberFormat(r, c), model.dateSystem);
        const fill = engine.fillAt(sheet, r, c);
        const formula = sheet.formula(r, c);
        const classes = [typeof value === "number" ? "num" : "", formula ? "formula" : ""].filter(Boolean).join(" ");
        body.push(
          `<td data-cell="${cellAddress(r, c)}"${classes ? ` class="${classes}"` : ""}${
            fill ? ` style="background-color:${escapeHtml(fill)}" data-fill="${escapeHtml(fill)}"` : ""
          }${formula ? ` title="${escapeHtml(formula)}"` : ""}>${escapeHtml(text)}</td>`,
        );
      }
      body.push("</tr>");
    }
    body.push("</tbody>");
    el.table.innerHTML = head.join("") + body.join("");
    el.table.dataset.sheet = sheet.name;
  };

  let renderedVersion = -1;
  let renderedSheet: SheetModel | null = null;
  const render = () => {
    const sheet = current().sheet;
    if (renderedVersion !== model.version || renderedSheet !== sheet) {
      renderedVersion = model.version;
      renderedSheet = sheet;
      renderSheet(sheet);
      renderTabs();
    }
    markSelection();
  };

  el.table.addEventListener("click", (event) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>("td[data-cell]");
    const at = cell?.dataset.cell && /^([A-Z]+)(\d+)$/.exec(cell.dataset.cell);
    if (!at) return;
    const c = [...at[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r = Number(at[2]) - 1;
    model.selection = { sheet: current().sheet, rect: { r0: r, c0: c, r1: r, c1: c } };
    markSelection();
  });
  el.table.addEventListener("dblclick", () => el.formulaInput.focus());
  el.formulaInput.addEventListener("keydown", (event) => {
    if (event.key === "Escape") renderFormulaBar();
    if (event.key !== "Enter") return;
    const { sheet, rect } = current();
    sheet.writeValue(rect.r0, rect.c0, el.formulaInput.value);
    model.markChanged();
    // Like Excel: Enter moves down one row.
    model.selection = { sheet, rect: { r0: rect.r0 + 1, c0: rect.c0, r1: rect.r0 + 1, c1: rect.c0 } };
    changed();
  });
  return { render };
}
