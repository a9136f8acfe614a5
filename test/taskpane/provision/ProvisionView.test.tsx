/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import type { Message } from "../../../src/core/messages/message";
import type { LedgerWorkbook, ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { ProvisionView } from "../../../src/taskpane/provision/ProvisionView";
import { scannedLedger } from "./provisionFixture";

afterEach(cleanup);

type InsertOutcome =
  | { kind: "done"; sheet: string; refreshed: boolean; currencies: number }
  | { kind: "refused"; text: Message }
  | { kind: "invalid"; text: Message };

/** A port with just what the view calls: insertProvision answering `outcome`, or none at all. */
function fakePort(outcome?: InsertOutcome) {
  const calls: unknown[] = [];
  const port =
    outcome === undefined
      ? {}
      : {
          insertProvision: async (request: unknown) => {
            calls.push(request);
            return outcome;
          },
        };
  return { workbook: port as unknown as LedgerWorkbook, calls };
}

function renderView(scanned: ScannedLedger | null, workbook = fakePort().workbook, language: Language = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <ProvisionView workbook={workbook} language={language} scanned={scanned} />
    </FluentProvider>,
  );
}

function type(label: string, text: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
}

/** The cells of the table row whose first cell (or row header) is `first`. */
function rowOf(table: HTMLElement, first: string): string[] {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => r.firstElementChild?.textContent === first);
  if (!row) throw new Error(`no row ${first}`);
  return [...row.children].map((c) => c.textContent ?? "");
}

function cellOf(table: HTMLElement, first: string, column: number): HTMLElement {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => r.firstElementChild?.textContent === first);
  if (!row) throw new Error(`no row ${first}`);
  return row.children[column] as HTMLElement;
}

/*
 * The hand-worked USD ledger, as of 2025-04-30 over 4 month-ends (Jan31 … Apr30):
 * pooled roll rates Current 1,300/2,300 = 56.52%, 1-30 2,800/3,300 = 84.85%, 31-60 2,000/5,000 =
 * 40.00%, 61-90 2,000/2,000 = 100.00%; loss rates (final 100%, adjustment 0) 91+ 1, 61-90 1,
 * 31-60 0.4, 1-30 0.848484… × 0.4 = 0.339393… → 33.94%, Current 0.565217… × 0.339393… =
 * 0.191831… → 19.18%. Balances at Apr30 0 / 0 / 800 / 0 / 2,000; provision 800 × 0.4 = 320.00 +
 * 2,000 × 1 = 2,000.00 → 2,320.00.
 */
describe("Provision view", () => {
  test("before a scan it asks for one", () => {
    renderView(null);
    expect(screen.getByText("Scan the ledger first: the provision matrix is built from the scan's paid history.")).toBeTruthy();
  });

  test("shows the hand-worked roll rates, loss rates and provision per currency", () => {
    renderView(scannedLedger());
    type("Months of history", "4");
    // Both currencies read the same window (the as-of date's month-end and the 3 before it).
    expect(screen.getAllByText("4 month-ends, 2025-01-31 to 2025-04-30")).toHaveLength(2);
    const usd = screen.getByRole("table", { name: "Provision matrix USD" });
    const header = within(usd)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(header).toEqual(["Bucket", "Roll rate", "Loss rate", "Balance at 2025-04-30", "Provision"]);
    expect(rowOf(usd, "Current")).toEqual(["Current", "56.52%", "19.18%", "0.00", "0.00"]);
    expect(rowOf(usd, "1-30")).toEqual(["1-30", "84.85%", "33.94%", "0.00", "0.00"]);
    expect(rowOf(usd, "31-60")).toEqual(["31-60", "40.00%", "40.00%", "800.00", "320.00"]);
    expect(rowOf(usd, "61-90")).toEqual(["61-90", "100.00%", "100.00%", "0.00", "0.00"]);
    // The oldest bucket rolls nowhere: no roll rate; its loss rate is the final loss rate.
    expect(rowOf(usd, "91+")).toEqual(["91+", "", "100.00%", "2,000.00", "2,000.00"]);
    expect(rowOf(usd, "Total")).toEqual(["Total", "", "", "2,800.00", "2,320.00"]);
    expect(screen.queryByText(/^USD: .* no loss rate/)).toBeNull();
    // Each roll rate's title gives the amounts it divides (the pooled sums).
    expect(cellOf(usd, "Current", 1).getAttribute("title")).toBe(
      "1,300.00 of 2,300.00 rolled into a later bucket by the next month-end",
    );
    expect(cellOf(usd, "31-60", 1).getAttribute("title")).toBe(
      "2,000.00 of 5,000.00 rolled into a later bucket by the next month-end",
    );
  });

  /*
   * EUR, G 400.00 alone: Jan31 nothing; Feb28 Current 400; Mar31 1-30 400 (28 days); Apr30 31-60
   * 400 (58 days). Rolled: Feb→Mar Current 400 of 400; Mar→Apr 1-30 400 of 400 → Current 100%,
   * 1-30 100%; 31-60 and 61-90 never hold a balance at a month-end before Apr30 → no roll rate, so
   * no loss rate below 91+ (each is a product through 61-90). The 400 in 31-60 has no rate: the
   * notice names the bucket, its provision cell is empty and the total is 0.00 — never USD's
   * 2,320.00 added in.
   */
  test("a bucket without history shows empty rate cells with the reason, and the notice names it", () => {
    renderView(scannedLedger());
    type("Months of history", "4");
    const eur = screen.getByRole("table", { name: "Provision matrix EUR" });
    expect(rowOf(eur, "Current").slice(0, 2)).toEqual(["Current", "100.00%"]);
    expect(rowOf(eur, "1-30").slice(0, 2)).toEqual(["1-30", "100.00%"]);
    expect(rowOf(eur, "31-60")).toEqual(["31-60", "", "", "400.00", ""]);
    expect(rowOf(eur, "61-90").slice(1, 3)).toEqual(["", ""]);
    expect(cellOf(eur, "31-60", 1).getAttribute("title")).toBe("No balance in this bucket in the window");
    expect(cellOf(eur, "61-90", 1).getAttribute("title")).toBe("No balance in this bucket in the window");
    expect(rowOf(eur, "91+")).toEqual(["91+", "", "100.00%", "0.00", "0.00"]);
    expect(rowOf(eur, "Total")).toEqual(["Total", "", "", "400.00", "0.00"]);
    expect(screen.getByText(/^EUR: 31-60 has a balance but no loss rate/)).toBeTruthy();
  });

  /*
   * Adjustment 10%: every loss rate × 1.1, capped at 100%: 31-60 0.44 → 44.00%, 1-30 0.373333… →
   * 37.33%, Current 0.565217… × 0.373333… = 0.211014… → 21.10%, 61-90 and 91+ min(1, 1.1) = 100.00%.
   * Provision 800 × 0.44 = 352.00 + 2,000.00 = 2,352.00.
   */
  test("a forward-looking adjustment of 10% raises the loss rates, capped at 100%", () => {
    renderView(scannedLedger());
    type("Months of history", "4");
    type("Forward-looking adjustment (%)", "10");
    const usd = screen.getByRole("table", { name: "Provision matrix USD" });
    expect(rowOf(usd, "31-60")).toEqual(["31-60", "40.00%", "44.00%", "800.00", "352.00"]);
    expect(rowOf(usd, "1-30")[2]).toBe("37.33%");
    expect(rowOf(usd, "Current")[2]).toBe("21.10%");
    expect(rowOf(usd, "61-90")[2]).toBe("100.00%");
    expect(rowOf(usd, "91+")[2]).toBe("100.00%");
    expect(rowOf(usd, "Total")[4]).toBe("2,352.00");
  });

  /*
   * The default 12 month-ends (2024-05-31 … 2025-04-30) also see Dec31 → Jan31: F (1,500.00, due
   * 2024-12-31) is Current at Dec31 (0 days) and 31 days past due at Jan31 → rolled. Current's rate
   * becomes (1,300 + 1,500) / (2,300 + 1,500) = 2,800/3,800 = 73.68%; the others are unchanged.
   */
  test("the default window is 12 month-ends", () => {
    renderView(scannedLedger());
    expect(screen.getAllByText("12 month-ends, 2024-05-31 to 2025-04-30")).toHaveLength(2);
    const usd = screen.getByRole("table", { name: "Provision matrix USD" });
    expect(rowOf(usd, "Current")[1]).toBe("73.68%");
    expect(rowOf(usd, "1-30")[1]).toBe("84.85%");
  });

  test("the month-end snapshots behind the rates open under the table", () => {
    renderView(scannedLedger());
    type("Months of history", "4");
    const usd = screen.getByRole("region", { name: "Provision matrix · USD" });
    fireEvent.click(within(usd).getByRole("button", { name: "Month-end balances by bucket (where the rates come from)" }));
    const snapshots = screen.getByRole("table", { name: "Month-end balances USD" });
    // The snapshots, Current / 1-30 / 31-60 / 61-90 / 91+ (credit note D left out).
    expect(rowOf(snapshots, "2025-01-31")).toEqual(["2025-01-31", "1,500.00", "2,000.00", "1,500.00", "0.00", "0.00"]);
    expect(rowOf(snapshots, "2025-02-28")).toEqual(["2025-02-28", "800.00", "500.00", "3,500.00", "0.00", "0.00"]);
    expect(rowOf(snapshots, "2025-03-31")).toEqual(["2025-03-31", "0.00", "800.00", "0.00", "2,000.00", "0.00"]);
    expect(rowOf(snapshots, "2025-04-30")).toEqual(["2025-04-30", "0.00", "0.00", "800.00", "0.00", "2,000.00"]);
  });

  test("a refused input shows the field's error and no figures", () => {
    renderView(scannedLedger());
    type("Months of history", "2");
    expect(screen.getByText("Correct the field above to see the provision.")).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Provision matrix USD" })).toBeNull();
  });

  test("Insert provision matrix sends the inputs to the port and reports what it did", async () => {
    const { workbook, calls } = fakePort({ kind: "done", sheet: "AR Provision", refreshed: false, currencies: 2 });
    const scanned = scannedLedger();
    renderView(scanned, workbook);
    type("Months of history", "4");
    type("Final loss rate (%)", "80");
    type("Forward-looking adjustment (%)", "10");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert provision matrix" })));
    expect(await screen.findByText("Wrote the live provision matrix (2 currencies) to the sheet AR Provision.")).toBeTruthy();
    expect(calls).toEqual([{ ledger: scanned, language: "en", months: 4, finalLossRate: 0.8, adjustment: 0.1 }]);
  });

  test("Insert reports a refresh, a refusal and an invalid request in their own words", async () => {
    const refused = { key: "occupied", params: {}, en: "Provision!B3 holds your text.", zh: "Provision!B3中有内容。" };
    for (const [outcome, shown] of [
      [
        { kind: "done", sheet: "AR Provision", refreshed: true, currencies: 1 },
        "Refreshed the live provision matrix (1 currency) on the sheet AR Provision.",
      ],
      [{ kind: "refused", text: refused }, "Provision!B3 holds your text."],
      [{ kind: "invalid", text: { ...refused, en: "The ledger has no due dates." } }, "The ledger has no due dates."],
    ] as const) {
      renderView(scannedLedger(), fakePort(outcome as InsertOutcome).workbook);
      await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert provision matrix" })));
      expect(await screen.findByText(shown)).toBeTruthy();
      cleanup();
    }
  });

  test("a port without insertProvision shows no Insert button", () => {
    renderView(scannedLedger(), fakePort().workbook);
    expect(screen.getByRole("table", { name: "Provision matrix USD" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Insert provision matrix" })).toBeNull();
  });

  test("in Chinese the table speaks Chinese, the figures stay the same", () => {
    renderView(scannedLedger(), fakePort().workbook, "zh");
    type("历史月数", "4");
    const usd = screen.getByRole("table", { name: "减值准备矩阵（USD）" });
    const header = within(usd)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(header).toEqual(["账龄段", "迁徙率", "损失率", "2025-04-30余额", "减值准备"]);
    expect(rowOf(usd, "未到期")).toEqual(["未到期", "56.52%", "19.18%", "0.00", "0.00"]);
    expect(rowOf(usd, "合计")[4]).toBe("2,320.00");
    const eur = screen.getByRole("table", { name: "减值准备矩阵（EUR）" });
    expect(cellOf(eur, "31-60", 1).getAttribute("title")).toBe("窗口期内该账龄段没有余额");
  });
});
