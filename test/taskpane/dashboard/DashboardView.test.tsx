/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, configure, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import type { LedgerWorkbook, ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { App } from "../../../src/taskpane/App";
import { DashboardView } from "../../../src/taskpane/dashboard/DashboardView";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import { hostRunner } from "../../excel/hostRunner";
import { cellAt, fixtureWorkbook } from "../../excel/reportWorkbook";
import { locateAndScan } from "../../excel/scanHelpers";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import type { WorkbookModel } from "../../support/workbookHost/workbookModel";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
afterEach(cleanup);

/* The fixture ledger of test/core/dashboard/dashboardFixture.ts, scanned as of 2025-06-30 through
   the workbook host. Hand figures (worked in test/core/dashboard/dashboardFigures.test.ts):
   15 data rows, 2 in Issues (no customer; amount "n/a") → 13 counted, 2 left out;
   USD open 6,300; overdue (undisputed invoices past due) 1000 + 500 + 1200 = 2,700 → 2700/6300 = 42.86% → "42.9%";
   disputed 700 (Delta, 1), credit notes −200 (Gamma, 1);
   window (2025-04-01, 2025-06-30]: invoiced S = 7,300, open at start B = 2,800, current 2,900;
   DSO = 6300/7300 × 90 = 77.67 → "77.7", BPDSO = 2900/7300 × 90 = 35.75 → "35.8",
   ADD = 3400/7300 × 90 = 41.92 → "41.9", CEI = (2800+7300−6300)/(2800+7300−2900) = 52.78% → "52.8%";
   aging Current 3,100 (2) · 1-30 1,000 (1) · 31-60 1,200 (1) · 61-90 0 · 91+ 500 (1), then
   Disputed 700 (1) · Credit notes −200 (1) · Total 6,300 (= 5,800 + 700 − 200);
   largest customer Beta 3600/6500 = 55.38% → "55.4%" (flagged over 20%);
   over limit Delta 700/500 = 140%, Beta 3600/3000 = 120%; review (overdue ≥ 10% of limit) Acme, Beta
   (Delta's 700 is disputed, so its overdue is 0).
   EUR open 900, nothing overdue; DSO = BPDSO = 900/900 × 90 = 90, ADD 0, CEI (400+900−900)/(400+900−900) = 100%. */

async function scannedFixture(): Promise<{ model: WorkbookModel; workbook: LedgerWorkbook; ledger: ScannedLedger }> {
  const model = fixtureWorkbook();
  const { workbook, outcome } = await locateAndScan(model);
  if (outcome.kind !== "done") throw new Error(outcome.kind);
  return { model, workbook, ledger: outcome.ledger };
}

function renderView(workbook: LedgerWorkbook, ledger: ScannedLedger | null, language: Language = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <DashboardView workbook={workbook} language={language} scanned={ledger} />
    </FluentProvider>,
  );
}

/** The value cell beside a row header in a region's key figures. */
function figure(region: HTMLElement, label: string): string {
  const header = within(within(region).getAllByRole("table")[0]).getByRole("rowheader", { name: label });
  return header.closest("tr")!.querySelector("td")!.textContent ?? "";
}

const items = (list: HTMLElement) =>
  within(list)
    .getAllByRole("listitem")
    .map((li) => li.textContent);

const KEY_FIGURES = [
  "Open balance (net of credit notes)",
  "Overdue (excl. disputed)",
  "Overdue % of open balance",
  "Disputed (shown apart)",
  "Credit notes",
  "DSO",
  "Best possible DSO",
  "Average days delinquent",
  "CEI",
];

test("shows each currency's figures, labelled with what they are, equal to the hand-computed ones", async () => {
  const { workbook, ledger } = await scannedFixture();
  renderView(workbook, ledger);
  const usd = screen.getByRole("region", { name: "USD" });
  expect(KEY_FIGURES.map((l) => figure(usd, l))).toEqual([
    "$6,300.00",
    "$2,700.00",
    "42.9%",
    "$700.00",
    "-$200.00",
    "77.7 days",
    "35.8 days",
    "41.9 days",
    "52.8%",
  ]);
  expect(within(usd).getByText("Invoices dated after 1 April 2025 up to 30 June 2025")).toBeTruthy();
  const aging = within(usd).getByRole("table", { name: "Aging USD" });
  expect(
    within(aging)
      .getAllByRole("row")
      .map((r) => r.textContent),
  ).toEqual([
    "BucketAmountCount",
    "Current$3,100.002",
    "1-30$1,000.001",
    "31-60$1,200.001",
    "61-90$0.000",
    "91+$500.001",
    "Disputed (shown apart)$700.001",
    "Credit notes-$200.001",
    "Total = open balance$6,300.00",
  ]);
  expect(within(usd).getByRole("img").getAttribute("aria-label")).toBe(
    "Aging chart, USD: Current $3,100.00, 1-30 $1,000.00, 31-60 $1,200.00, 61-90 $0.00, 91+ $500.00",
  );
  expect(items(within(usd).getByRole("list", { name: "Top overdue customers (excl. disputed)" }))).toEqual([
    "Epsilon$1,200.00",
    "Acme$1,000.00",
    "Beta$500.00",
  ]);
  expect(within(usd).getByText("Beta · 55.4%")).toBeTruthy();
  expect(within(usd).getByText("Above 20.0%")).toBeTruthy();
  expect(items(within(usd).getByRole("list", { name: "Open balance over the credit limit" }))).toEqual([
    "Delta140.0% of limit",
    "Beta120.0% of limit",
  ]);
  expect(items(within(usd).getByRole("list", { name: "Overdue (excl. disputed) reached 10% of the limit" }))).toEqual([
    "Acme$1,000.00",
    "Beta$500.00",
  ]);

  const eur = screen.getByRole("region", { name: "EUR" });
  expect(KEY_FIGURES.map((l) => figure(eur, l))).toEqual([
    "€900.00",
    "€0.00",
    "0.0%",
    "€0.00",
    "€0.00",
    "90.0 days",
    "90.0 days",
    "0.0 days",
    "100.0%",
  ]);
  expect(within(eur).getByText("No customer has an undisputed invoice overdue.")).toBeTruthy();
  expect(within(eur).getByText("Euro GmbH · 100.0%")).toBeTruthy();
});

test("states its as-of date and that the rows listed in Issues are left out", async () => {
  const { workbook, ledger } = await scannedFixture();
  renderView(workbook, ledger);
  const scope = screen.getByRole("region", { name: "As of 30 June 2025" });
  expect(scope.textContent).toBe(
    "As of 30 June 2025Figures from 13 ledger rows. 2 rows listed in Issues are left out of every figure.",
  );
  cleanup();
  renderView(workbook, ledger, "zh");
  expect(screen.getByRole("region", { name: "基准日：2025年6月30日" }).textContent).toBe(
    "基准日：2025年6月30日数据来自台账13行。“问题”中列出的2行已从所有数据中排除。",
  );
});

test("a ledger with no row in Issues says that nothing was left out", async () => {
  const { workbook, ledger } = await scannedFixture();
  // The same scan without its issues: 13 rows counted, none left out.
  const clean: ScannedLedger = { ...ledger, analysis: { ...ledger.analysis, issues: [] } };
  renderView(workbook, clean);
  expect(screen.getByRole("region", { name: "As of 30 June 2025" }).textContent).toBe(
    "As of 30 June 2025Figures from 13 ledger rows. No row was left out.",
  );
});

test("risk grades count A–E and show the factors behind a grade on expand", async () => {
  const { workbook, ledger } = await scannedFixture();
  renderView(workbook, ledger);
  const usd = screen.getByRole("region", { name: "USD" });
  // Scores worked in test/core/dashboard/dashboardFigures.test.ts:
  // A: Gamma 4, Delta 15 · B: Acme 30 · D: Epsilon 67 · E: Beta 81
  expect(items(within(usd).getByRole("list", { name: "Risk grades" }))).toEqual(["A: 2", "B: 1", "C: 0", "D: 1", "E: 1"]);
  fireEvent.click(within(usd).getByRole("button", { name: "Delta — A (score 15)" }));
  // Delta: nothing overdue (its 700 is disputed, apart) → 0 pts for age and share, no payment
  // history (0 days late → 0 pts), use 700/500 = 140% → 15 pts
  expect(within(usd).getByLabelText("Delta").textContent).toBe(
    "Oldest overdue invoice0.0 days0 ptsAverage days late0.0 days0 ptsOverdue share of open0.0%0 ptsCredit use140.0%15 ptsTrend in days late0.00 pts",
  );
  // Acme: oldest overdue 8 days → 8 × 35/90 = 3.1 → 3 pts; days late (20 × 2000 + 0 × 300)/2300 = 17.39
  // → 17.39 × 25/60 = 7.2 → 7 pts
  fireEvent.click(within(usd).getByRole("button", { name: "Acme — B (score 30)" }));
  expect(within(usd).getByLabelText("Acme").textContent).toContain(
    "Oldest overdue invoice8.0 days3 ptsAverage days late17.4 days7 pts",
  );
  // Beta paid nothing by as-of and owes an invoice 108 days overdue: the habit slot says so, 25 pts.
  fireEvent.click(within(usd).getByRole("button", { name: "Beta — E (score 81)" }));
  expect(within(usd).getByLabelText("Beta").textContent).toContain(
    "Oldest overdue invoice108.0 days35 ptsNever paid, overdue for108.0 days25 pts",
  );
});

test("a shorter trailing window changes DSO and CEI", async () => {
  const { workbook, ledger } = await scannedFixture();
  renderView(workbook, ledger);
  fireEvent.change(screen.getByLabelText("Trailing days"), { target: { value: "30" } });
  const usd = screen.getByRole("region", { name: "USD" });
  // 30 days: S = 2,900 (rows invoiced after 2025-05-31), B = 3,400; DSO = 6300/2900 × 30 = 65.17;
  // BPDSO = 2900/2900 × 30 = 30; CEI = (3400+2900−6300)/(3400+2900−2900) = 0
  expect(["DSO", "Best possible DSO", "CEI"].map((l) => figure(usd, l))).toEqual(["65.2 days", "30.0 days", "0.0%"]);
  fireEvent.change(screen.getByLabelText("Trailing days"), { target: { value: "0" } });
  expect(screen.getByText('Trailing days: "0" is below 1, the smallest allowed.')).toBeTruthy();
  expect((screen.getByRole("button", { name: "Insert report" }) as HTMLButtonElement).disabled).toBe(true);
});

test("Insert report says when a cell is in the way, then writes the AR Summary sheet and refreshes it", async () => {
  const DSO = "=IF($B$6=TRUE(),AR.DSO(B8,B14,$B$3),$B$6)";
  const { model, workbook, ledger } = await scannedFixture();
  model.setRows("AR Summary", "B25", [["keep"]]);
  renderView(workbook, ledger);
  const insert = () => act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert report" })));
  await insert();
  expect(
    await screen.findByText(
      "'AR Summary'!B25 holds 'keep' — the report would overwrite it. Move or clear that cell, then try again.",
    ),
  ).toBeTruthy();
  expect(model.sheet("AR Summary")!.charts).toEqual([]);
  model.setRows("AR Summary", "B25", [[""]]);
  await insert();
  expect(await screen.findByText("Wrote the report on the AR Summary sheet: live AR formulas and aging charts.")).toBeTruthy();
  // B16 USD DSO over B8 open and B14 invoiced, saying so instead when the scan's results are gone (issue #17)
  expect(cellAt(model, "AR Summary", "B16")).toBe(DSO);
  expect(cellAt(model, "AR Summary", "A43")).toBe("Epsilon");
  expect(model.sheet("AR Summary")!.charts.map((c) => c.source)).toEqual(["A24:B29", "A33:B38"]);
  // The user types beside the report and over one of its cells: a refresh never writes over what the
  // user typed (issue #16) — it names the cell and writes nothing; once the cell is emptied, it
  // refreshes, keeping the cell beside the report and restoring its own.
  model.setRows("AR Summary", "H1", [["mine"]]);
  model.setRows("AR Summary", "B16", [["typed"]]);
  await insert();
  expect(await screen.findByText(/B16/)).toBeTruthy();
  expect(cellAt(model, "AR Summary", "B16")).toBe("typed");
  model.setRows("AR Summary", "B16", [[""]]);
  await insert();
  expect(await screen.findByText("Refreshed the AR Summary sheet.")).toBeTruthy();
  expect([cellAt(model, "AR Summary", "H1"), cellAt(model, "AR Summary", "B16")]).toEqual(["mine", DSO]);
  expect(model.sheet("AR Summary")!.charts).toHaveLength(2);
});

test("before a scan it asks for one; in Chinese the figures use Chinese labels and dates", async () => {
  const { workbook, ledger } = await scannedFixture();
  renderView(workbook, null);
  expect(screen.getByText("Scan the ledger first: the dashboard shows the figures of the last scan.")).toBeTruthy();
  cleanup();
  renderView(workbook, ledger, "zh");
  const usd = screen.getByRole("region", { name: "USD" });
  expect(
    [
      "未收余额（已抵减贷项）",
      "逾期金额（不含争议）",
      "争议金额（单列）",
      "贷项（红字发票）",
      "应收账款周转天数",
      "回款有效指数",
    ].map((l) => figure(usd, l)),
  ).toEqual(["USD 6,300.00", "USD 2,700.00", "USD 700.00", "-USD 200.00", "77.7天", "52.8%"]);
  expect(within(usd).getByText("开票日期在2025年4月1日之后、2025年6月30日及之前")).toBeTruthy();
});

test("the pane's Dashboard tab shows the last scan", async () => {
  const model = fixtureWorkbook();
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)))} language="en" />);
  await screen.findByText(/Ledger!A1:H16/);
  fireEvent.click(screen.getByRole("tab", { name: "Dashboard" }));
  expect(screen.getByText("Scan the ledger first: the dashboard shows the figures of the last scan.")).toBeTruthy();
  fireEvent.click(screen.getByRole("tab", { name: "Scan" }));
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 15 rows/);
  fireEvent.click(screen.getByRole("tab", { name: "Dashboard" }));
  expect(figure(screen.getByRole("region", { name: "USD" }), "DSO")).toBe("77.7 days");
});
