/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import type { LedgerWorkbook, LogActivityOutcome, NewActivityRow, ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { TodayView } from "../../../src/taskpane/today/TodayView";
import { AS_OF, LEDGER_MAPPING, LEDGER_ROWS, REGISTER_ROWS, register, scan } from "../../core/today/todayFixture";

/** The fixture's scan (test/core/today/todayFixture.ts: as of 2025-07-12 = 45850) as the pane receives it. */
function scanned(): ScannedLedger {
  return {
    rows: LEDGER_ROWS,
    mapping: LEDGER_MAPPING,
    columnCount: 7,
    analysis: scan(),
    asOf: AS_OF,
    dateSystem: 1900,
    sheet: "Sheet1",
    firstDataRow: 1,
    firstColumn: 0,
    resultColumn: 7,
    activity: register(),
  };
}

interface Logged {
  readonly rows: readonly NewActivityRow[];
  readonly language: Language;
}

/** A port with logActivity alone (answering `outcome`), or without it. */
function port(outcome: LogActivityOutcome | "absent" = { kind: "done", rowsWritten: 1, created: false }) {
  const calls: Logged[] = [];
  const logActivity = async (rows: readonly NewActivityRow[], language: Language): Promise<LogActivityOutcome> => {
    calls.push({ rows: [...rows], language });
    return outcome === "absent" ? { kind: "done", rowsWritten: 0, created: false } : outcome;
  };
  const workbook = (outcome === "absent" ? {} : { logActivity }) as unknown as LedgerWorkbook;
  return { workbook, calls };
}

const worklist = () => screen.getByRole("list", { name: "Today's worklist" });
const names = () =>
  within(worklist())
    .getAllByRole("listitem")
    .map(
      (li) =>
        li.getAttribute("aria-labelledby") && document.getElementById(li.getAttribute("aria-labelledby") ?? "")?.textContent,
    );
const item = (name: string) => within(worklist()).getByRole("listitem", { name });

describe("the Today view", () => {
  test("before a scan it asks for one", () => {
    render(<TodayView workbook={port().workbook} language="en" scanned={null} />);
    expect(
      screen.getByText("Scan the ledger first: today's worklist is built from the scan and the activity register."),
    ).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Today's worklist" })).toBeNull();
  });

  test("lists the customers in the worked order (test/core/today/todayWorklist.test.ts), with count, step, contact, amounts", () => {
    render(<TodayView workbook={port().workbook} language="en" scanned={scanned()} />);
    expect(screen.getByText("6 customers to act on today")).toBeTruthy();
    expect(names()).toEqual(["Promise Co", "Key Co", "Cal", "Dan", "Bea", "Ada"]);
    const dan = item("Dan");
    expect(within(dan).getByText("Next step: Friendly reminder email")).toBeTruthy();
    expect(within(dan).getByText("Email: dan@dan.example")).toBeTruthy();
    // One line per currency, never added: €2,000.00 and $1,000.00.
    expect(within(dan).getByText("€2,000.00 overdue · €2,000.00 open")).toBeTruthy();
    expect(within(dan).getByText("$1,000.00 overdue · $1,000.00 open")).toBeTruthy();
    const promise = item("Promise Co");
    expect(within(promise).getByText("Next step: Follow up on the promised payment date")).toBeTruthy();
    expect(within(promise).getByText("Promised to pay $800.00 today: check that the payment came in")).toBeTruthy();
    expect(within(promise).getByText("Promise due today")).toBeTruthy();
    expect(within(item("Bea")).getByText("No email in the ledger")).toBeTruthy();
    expect(within(item("Bea")).getByText("Broken promise")).toBeTruthy();
    // The as-of decision, said where the analyst logs.
    expect(screen.getByText(/^Worked as of 2025-07-12, the scan's as-of date/)).toBeTruthy();
  });

  test("Log call logs a phone call at the customer's level, dated as-of, and the customer leaves the list", async () => {
    const { workbook, calls } = port();
    render(<TodayView workbook={workbook} language="en" scanned={scanned()} />);
    await act(async () => fireEvent.click(within(item("Cal")).getByRole("button", { name: "Log call" })));
    // Cal: 20 days overdue (level 4, rung 15, by age), never reminded: escalation by steps (issue #18)
    // holds it at the first overdue rung, level 2.
    expect(calls).toEqual([
      { rows: [{ date: 45850, customer: "Cal", kind: "call", level: 2, channel: "phone" }], language: "en" },
    ]);
    expect(names()).toEqual(["Promise Co", "Key Co", "Dan", "Bea", "Ada"]);
    expect(screen.getByText("5 customers to act on today")).toBeTruthy();
    expect(screen.getByText("Logged a call to Cal — rescan to apply.")).toBeTruthy();
  });

  test("Done logs a Done note and removes the item; Snooze logs until as-of + the days chosen (3 by default)", async () => {
    const { workbook, calls } = port();
    render(<TodayView workbook={workbook} language="en" scanned={scanned()} />);
    await act(async () => fireEvent.click(within(item("Ada")).getByRole("button", { name: "Done" })));
    expect(calls[0].rows).toEqual([{ date: 45850, customer: "Ada", kind: "note", reason: "Done" }]);
    expect(names()).toEqual(["Promise Co", "Key Co", "Cal", "Dan", "Bea"]);
    expect(screen.getByText("Marked Ada done for today — rescan to apply.")).toBeTruthy();

    // Default 3 days: 45850 + 3 = 45853 = 2025-07-15.
    await act(async () => fireEvent.click(within(item("Bea")).getByRole("button", { name: "Snooze" })));
    expect(calls[1].rows).toEqual([{ date: 45850, customer: "Bea", kind: "note", dueBy: 45853, reason: "Snoozed" }]);
    expect(screen.getByText("Snoozed Bea until 2025-07-15 — rescan to apply.")).toBeTruthy();

    // 7 days for Dan: 45857 = 2025-07-19.
    fireEvent.change(within(item("Dan")).getByRole("combobox", { name: "Snooze for" }), { target: { value: "7" } });
    await act(async () => fireEvent.click(within(item("Dan")).getByRole("button", { name: "Snooze" })));
    expect(calls[2].rows).toEqual([{ date: 45850, customer: "Dan", kind: "note", dueBy: 45857, reason: "Snoozed" }]);
    expect(names()).toEqual(["Promise Co", "Key Co", "Cal"]);
  });

  test("Draft letter hands the customer to the pane (which opens Reminders on it)", () => {
    const opened: string[] = [];
    render(<TodayView workbook={port().workbook} language="en" scanned={scanned()} onDraftLetter={(c) => opened.push(c)} />);
    fireEvent.click(within(item("Key Co")).getByRole("button", { name: "Draft letter" }));
    expect(opened).toEqual(["Key Co"]);
  });

  test("a refused log keeps the customer and says why; without logActivity the view says logging is not available", async () => {
    const refused = port({
      kind: "refused",
      text: { key: "k", params: {}, en: "The sheet holds other cells.", zh: "工作表已有其他内容。" },
    });
    const { unmount } = render(<TodayView workbook={refused.workbook} language="en" scanned={scanned()} />);
    await act(async () => fireEvent.click(within(item("Cal")).getByRole("button", { name: "Done" })));
    expect(screen.getByText("The sheet holds other cells.")).toBeTruthy();
    expect(names()).toContain("Cal");
    unmount();

    const absent = port("absent");
    render(<TodayView workbook={absent.workbook} language="en" scanned={scanned()} />);
    const unavailable = /^Logging is not available here/;
    expect(screen.getAllByText(unavailable)).toHaveLength(1);
    await act(async () => fireEvent.click(within(item("Cal")).getByRole("button", { name: "Log call" })));
    expect(absent.calls).toEqual([]);
    expect(screen.getAllByText(unavailable)).toHaveLength(2); // the standing note and the click's notice
    expect(names()).toContain("Cal");
  });

  test("nothing to do: every customer handled (a Done note each, besides the fixture's register)", () => {
    const done = scanned();
    const everyone = ["Promise Co", "Key Co", "Cal", "Dan", "Bea", "Ada"].map((c) => [
      AS_OF,
      c,
      "",
      "",
      "Note",
      "",
      "",
      "",
      "",
      "Done",
      "",
    ]);
    render(
      <TodayView
        workbook={port().workbook}
        language="en"
        scanned={{ ...done, activity: register([...REGISTER_ROWS, ...everyone]) }}
      />,
    );
    expect(screen.getByText("0 customers to act on today")).toBeTruthy();
    expect(screen.getByText(/^Nothing to do today/)).toBeTruthy();
  });

  test("in Chinese", async () => {
    const { workbook, calls } = port();
    render(<TodayView workbook={workbook} language="zh" scanned={scanned()} />);
    expect(screen.getByText("今天有6位客户需要跟进")).toBeTruthy();
    const worklistZh = screen.getByRole("list", { name: "今日工作清单" });
    const cal = within(worklistZh).getByRole("listitem", { name: "Cal" });
    // Never reminded: the first overdue rung by steps (issue #18), "Friendly reminder email".
    expect(within(cal).getByText("下一步：发邮件友好提醒付款")).toBeTruthy();
    await act(async () => fireEvent.click(within(cal).getByRole("button", { name: "已处理" })));
    expect(calls[0]).toEqual({ rows: [{ date: 45850, customer: "Cal", kind: "note", reason: "已处理" }], language: "zh" });
  });
});
