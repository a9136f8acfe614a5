/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, configure, render, screen, within } from "@testing-library/react";
import type { ActivityRegister } from "../../../src/core/activity/activityTypes";
import { collectionKpis } from "../../../src/core/activity/collectionKpis";
import { parseActivityRows } from "../../../src/core/activity/parseActivityRows";
import { isFailure } from "../../../src/core/failure";
import type { Language } from "../../../src/core/language";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerWorkbook, ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { CollectionKpis } from "../../../src/taskpane/dashboard/CollectionKpis";
import { DashboardView } from "../../../src/taskpane/dashboard/DashboardView";
import { DASHBOARD_MESSAGES } from "../../../src/taskpane/dashboard/dashboardMessages";
import { fixtureWorkbook } from "../../excel/reportWorkbook";
import { locateAndScan } from "../../excel/scanHelpers";
import {
  KPI_AS_OF,
  KPI_HEADER,
  KPI_LEDGER_MAPPING,
  KPI_LEDGER_ROWS,
  KPI_REGISTER_ROWS,
} from "../../core/activity/collectionKpisFixture";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
afterEach(cleanup);

function registerOf(rows: readonly (readonly unknown[])[]): ActivityRegister {
  const register = parseActivityRows([KPI_HEADER, ...rows]);
  if (isFailure(register)) throw new Error("the register should read");
  return register;
}

/** The hand-worked register and ledger of test/core/activity/collectionKpisFixture.ts (figures worked there). */
function fixtureKpis() {
  const analysis = analyzeLedger(KPI_LEDGER_ROWS, { mapping: KPI_LEDGER_MAPPING, asOf: KPI_AS_OF });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return collectionKpis(registerOf(KPI_REGISTER_ROWS).entries, analysis, KPI_AS_OF);
}

function renderPanel(kpis: ReturnType<typeof fixtureKpis> | null, language: Language = "en", rowsLeftOut = 0) {
  render(
    <FluentProvider theme={webLightTheme}>
      <CollectionKpis
        kpis={kpis}
        rowsLeftOut={rowsLeftOut}
        language={language}
        dateSystem={1900}
        messages={DASHBOARD_MESSAGES[language]}
      />
    </FluentProvider>,
  );
}

/** Each figure's lines: name and value, the parts behind it, its definition. */
function figureLines(list: HTMLElement): string[][] {
  return within(list)
    .getAllByRole("listitem")
    .map((item) => [
      item.firstElementChild?.textContent ?? "",
      ...Array.from(item.children)
        .slice(1)
        .map((child) => child.textContent ?? ""),
    ]);
}

test("the Collection panel shows each KPI with its definition, equal to the hand-worked figures", () => {
  renderPanel(fixtureKpis(), "en", 2);
  const panel = screen.getByRole("region", { name: "Collection" });
  expect(within(panel).getByRole("heading", { name: "Collection" })).toBeTruthy();
  expect(
    within(panel).getByText(
      "From the activity register (AR Activity sheet), rows dated up to 12 July 2025, the scan's as-of date. " +
        "What the pane logs is dated that day: rescan to count it.",
    ),
  ).toBeTruthy();
  expect(within(panel).getByText("2 register rows could not be read and are left out of these figures.")).toBeTruthy();
  expect(figureLines(within(panel).getByRole("list", { name: "Collection" }))).toEqual([
    // 1 kept of 3 judged = 33.3 %; Lapsed Co's second promise still held.
    [
      "Promises kept33.3%",
      "1 of 3 judged",
      "1 still held",
      "Judged the day after due-by + 3 days: kept when nothing is overdue, broken when something is or a broken-promise note was logged.",
    ],
    // 2 broken: EUR 300.00 and USD 800.00, apart.
    ["Broken promises2", "€300.00", "$800.00", "How many, and the amounts promised per currency (currencies never added)."],
    // (4 + 10) / 2 = 7; median of [4, 10] = 7; D-3 open 45850 − 45845 = 5 days.
    [
      "Dispute cycle time7.0 days average, 7.0 days median",
      "2 released",
      "1 open, the oldest for 5 days so far",
      "Days from a dispute row to the row that releases it, up to the as-of date; open disputes apart.",
    ],
    // USD 1,200 / 4,800 = 25.0 %; EUR 0 / 2,000 = 0.0 %.
    [
      "At risk (91+)",
      "USD 25.0% ($1,200.00 of $4,800.00)",
      "EUR 0.0% (€0.00 of €2,000.00)",
      "Share of the undisputed invoices' open amount more than 90 days overdue (aging 91+); disputed and credit notes apart.",
    ],
    // 3 at level 1 + 1 at level 2 = 4, from 2025-07-01 to 2025-07-12.
    ["Reminders this month4", "Level 1: 3", "Level 2: 1", "Reminder rows dated 1 July 2025 to 12 July 2025, by level."],
  ]);
});

test("in Chinese, with Chinese labels, dates and amounts by code", () => {
  renderPanel(fixtureKpis(), "zh", 1);
  expect(screen.getByText("催收记录表中有1行无法读取，未计入这些指标。")).toBeTruthy();
  const list = within(screen.getByRole("region", { name: "催收成效" })).getByRole("list", { name: "催收成效" });
  const lines = figureLines(list);
  expect(lines.map((l) => l[0])).toEqual([
    "承诺兑现率33.3%",
    "未兑现承诺2",
    "争议处理周期平均7.0天，中位数7.0天",
    "高风险占比（91+）",
    "本月发出的提醒4",
  ]);
  expect(lines[3][1]).toBe("USD 25.0%（USD 4,800.00中的USD 1,200.00）");
  expect(lines[4].slice(1, 3)).toEqual(["1级：3", "2级：1"]);
  expect(lines[4][3]).toBe("日期在2025年7月1日至2025年7月12日之间的提醒记录，按级别统计。");
});

test("with no register yet it says how one is made", () => {
  renderPanel(null);
  expect(screen.getByRole("region", { name: "Collection" }).textContent).toBe(
    "Collection" +
      "No activity register yet. It is made the first time something is logged: a letter copied, mailed or written " +
      "from Reminders, or a call, promise, dispute or note from Today or a customer's card. Its figures show here after the next scan.",
  );
});

describe("on the dashboard, under the currency panels", () => {
  async function scanned(): Promise<{ workbook: LedgerWorkbook; ledger: ScannedLedger }> {
    const { workbook, outcome } = await locateAndScan(fixtureWorkbook());
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    return { workbook, ledger: outcome.ledger };
  }
  const renderView = (workbook: LedgerWorkbook, ledger: ScannedLedger) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <DashboardView workbook={workbook} language="en" scanned={ledger} />
      </FluentProvider>,
    );

  test("a scan with a register shows the panel from it and the scan's aging", async () => {
    const { workbook, ledger } = await scanned();
    // The dashboard fixture, as of 2025-06-30 (45838); June runs from 45809. Two reminders in June
    // (levels 2 and blank) and one in May (45800): total 2.
    const register = registerOf([
      [45809, "Acme", "USD", "", "Reminder", 2, "", "", "", "", ""],
      [45838, "Beta", "USD", "", "Reminder", "", "", "", "", "", ""],
      [45800, "Beta", "USD", "", "Reminder", 1, "", "", "", "", ""],
    ]);
    renderView(workbook, { ...ledger, activity: register });
    const regions = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    // After USD and EUR.
    expect(regions.slice(-3)).toEqual(["USD", "EUR", "Collection"]);
    const lines = figureLines(within(screen.getByRole("region", { name: "Collection" })).getByRole("list"));
    // Aging of the fixture (test/taskpane/dashboard/DashboardView.test.tsx): USD buckets 3,100 + 1,000
    // + 1,200 + 0 + 500 = 5,800, 91+ = 500 → 500 / 5,800 = 8.62 % → "8.6%"; EUR 900, none past 90 → 0.0 %.
    expect(lines[3].slice(0, 3)).toEqual(["At risk (91+)", "USD 8.6% ($500.00 of $5,800.00)", "EUR 0.0% (€0.00 of €900.00)"]);
    expect(lines[4].slice(0, 3)).toEqual(["Reminders this month2", "Level 2: 1", "No level: 1"]);
    // No promise, no dispute yet.
    expect(lines[0].slice(0, 2)).toEqual(["Promises kept—", "No promise has come to be judged yet."]);
    expect(lines[2].slice(0, 2)).toEqual(["Dispute cycle time—", "No dispute released yet."]);
  });

  test("a scan that found no register says so; one that did not look shows no panel", async () => {
    const { workbook, ledger } = await scanned();
    renderView(workbook, { ...ledger, activity: null });
    expect(screen.getByRole("region", { name: "Collection" }).textContent).toContain("No activity register yet.");
    cleanup();
    renderView(workbook, { ...ledger, activity: undefined });
    expect(screen.queryByRole("region", { name: "Collection" })).toBeNull();
  });
});
