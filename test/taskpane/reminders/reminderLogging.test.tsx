/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import { MESSAGES } from "../../../src/taskpane/messages";
import { MessagesContext } from "../../../src/taskpane/paneContext";
import { reminderClipboard } from "../../../src/taskpane/reminders/clipboard";
import { RemindersView } from "../../../src/taskpane/reminders/RemindersView";
import { AS_OF, fakeWorkbook, scannedLedger } from "../activity/loggingFixture";

function renderView(
  workbook: ReturnType<typeof fakeWorkbook>["workbook"],
  focus?: { customer: string; onClear: () => void },
  language: Language = "en",
) {
  const scanned = scannedLedger();
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={MESSAGES[language]}>
        <RemindersView
          workbook={workbook}
          language={language}
          scanned={scanned}
          focusCustomer={focus?.customer ?? null}
          onClearFocus={focus?.onClear}
        />
      </MessagesContext.Provider>
    </FluentProvider>,
  );
}

const notice = () => screen.getByText(/^(Copied|Opened|Wrote|This letter)/).textContent;

async function click(name: string) {
  await act(async () => fireEvent.click(screen.getByRole("button", { name })));
}

afterEach(() => jest.restoreAllMocks());

describe("letters sent from the Reminders view log a reminder in the activity register", () => {
  test("Copy text logs one reminder row: as-of date, customer, currency, level, channel, amount asked", async () => {
    const copy = jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    const fake = fakeWorkbook("done");
    renderView(fake.workbook);
    await click("Copy text: Beta (USD)");
    expect(copy).toHaveBeenCalledTimes(1);
    // Beta: 10 days overdue on the standard ladder → level 3; the letter asks for 250.50 = 25050 cents;
    // dated the scan's as-of 2025-06-30 = 45838; no owner.
    expect(fake.calls).toEqual([
      {
        rows: [
          { date: AS_OF, customer: "Beta", kind: "reminder", currency: "USD", level: 3, channel: "copy", amountCents: 25050 },
        ],
        language: "en",
      },
    ]);
    expect(notice()).toBe(
      "Copied the letter to Beta as text. Logged 1 reminder in the AR Activity register, dated the scan's as-of date — rescan to apply.",
    );
  });

  test("a second copy of the same draft (text, HTML or mail) does not log again", async () => {
    jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    jest.spyOn(reminderClipboard, "writeHtml").mockResolvedValue("html");
    const fake = fakeWorkbook("done");
    renderView(fake.workbook);
    await click("Copy text: Beta (USD)");
    await click("Copy text: Beta (USD)");
    await click("Copy HTML: Beta (USD)");
    expect(fake.calls).toHaveLength(1);
    expect(notice()).toBe(
      "Copied the letter to Beta (formatted). This letter was already logged in this session: not logged again.",
    );
    // Another draft is another letter: it logs (Cora: 20 days overdue → level 4; 400.00 + 100.00 = 50000 cents).
    await click("Copy text: Cora (USD)");
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1].rows).toEqual([
      { date: AS_OF, customer: "Cora", kind: "reminder", currency: "USD", level: 4, channel: "copy", amountCents: 50000 },
    ]);
  });

  test("leaving the Reminders tab and coming back does not make the same draft log again", async () => {
    jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    const fake = fakeWorkbook("done");
    const first = renderView(fake.workbook);
    await click("Copy text: Beta (USD)");
    first.unmount();
    renderView(fake.workbook);
    await click("Copy text: Beta (USD)");
    expect(fake.calls).toHaveLength(1);
    expect(notice()).toBe("Copied the letter to Beta as text. This letter was already logged in this session: not logged again.");
  });

  test("in a Chinese pane the channel is written in Chinese and the notice reads as Chinese sentences", async () => {
    jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    const fake = fakeWorkbook("done");
    renderView(fake.workbook, undefined, "zh");
    await click("复制文本：Beta（USD）");
    expect(fake.calls).toEqual([
      {
        rows: [
          { date: AS_OF, customer: "Beta", kind: "reminder", currency: "USD", level: 3, channel: "复制", amountCents: 25050 },
        ],
        language: "zh",
      },
    ]);
    expect(screen.getByText(/^已复制/).textContent).toBe(
      "已复制致Beta的催款函（纯文本）。已在催收记录表中登记1条催款记录（日期为扫描基准日）。请重新扫描以生效。",
    );
  });

  test("Open in mail app logs with the email channel", async () => {
    const open = jest.spyOn(reminderClipboard, "openMailto").mockImplementation(() => undefined);
    const fake = fakeWorkbook("done");
    renderView(fake.workbook);
    await click("Open in mail app: Dana (USD)");
    expect(open).toHaveBeenCalledTimes(1);
    // Dana: 5 days overdue → level 2; 120.00 = 12000 cents.
    expect(fake.calls[0].rows).toEqual([
      { date: AS_OF, customer: "Dana", kind: "reminder", currency: "USD", level: 2, channel: "email", amountCents: 12000 },
    ]);
  });

  test("no logActivity on the port: the copy still happens and the notice says it was not logged", async () => {
    const copy = jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    const fake = fakeWorkbook("absent");
    renderView(fake.workbook);
    await click("Copy text: Beta (USD)");
    expect(copy).toHaveBeenCalledTimes(1);
    expect(notice()).toBe(
      "Copied the letter to Beta as text. Not logged: this workbook connection cannot write to the AR Activity register.",
    );
  });

  test("a refused or failing log never blocks the copy; it says why, and the next copy tries again", async () => {
    const copy = jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    const refused = fakeWorkbook("refused");
    renderView(refused.workbook);
    await click("Copy text: Beta (USD)");
    expect(notice()).toBe(
      "Copied the letter to Beta as text. Not logged in the AR Activity register: The sheet holds other cells.",
    );
    await click("Copy text: Beta (USD)");
    // Not logged the first time, so the second copy asks again: two calls, two copies.
    expect(refused.calls).toHaveLength(2);
    expect(copy).toHaveBeenCalledTimes(2);
  });

  test("an error from Excel while logging: the copy is reported, the log's failure in Excel's words", async () => {
    jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    renderView(fakeWorkbook("throws").workbook);
    await click("Copy text: Beta (USD)");
    expect(notice()).toMatch(/^Copied the letter to Beta as text\. Not logged in the AR Activity register: .*ItemNotFound/);
  });

  test("Write all to sheet logs one reminder per letter written, with the sheet channel", async () => {
    const fake = fakeWorkbook("done");
    renderView(fake.workbook);
    await click("Write all to sheet");
    expect(fake.written).toEqual([3]);
    // Levels 3, 4, 2 and amounts 250.50, 500.00, 120.00 as worked out in the fixture.
    expect(fake.calls).toEqual([
      {
        rows: [
          { date: AS_OF, customer: "Beta", kind: "reminder", currency: "USD", level: 3, channel: "sheet", amountCents: 25050 },
          { date: AS_OF, customer: "Cora", kind: "reminder", currency: "USD", level: 4, channel: "sheet", amountCents: 50000 },
          { date: AS_OF, customer: "Dana", kind: "reminder", currency: "USD", level: 2, channel: "sheet", amountCents: 12000 },
        ],
        language: "en",
      },
    ]);
    expect(notice()).toBe(
      "Wrote 3 letters to Reminders!A1:E4. Logged 3 reminders in the AR Activity register, dated the scan's as-of date — rescan to apply.",
    );
  });

  test("focusCustomer shows only that customer's draft, matched as the scan matches names; Show all clears it", async () => {
    const onClear = jest.fn();
    const fake = fakeWorkbook("done");
    renderView(fake.workbook, { customer: "  CORA ", onClear });
    const items = within(screen.getByRole("list", { name: "Customers with overdue invoices" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    // Cora: 400.00 + 100.00 = 500.00; 20 days overdue, no reminder record in this ledger: the
    // scan's step by age is the day-15 rung (level 4), the firm second notice.
    expect(items).toEqual(["Cora (USD)Firm second notice · $500.00"]);
    expect(screen.getAllByRole("article").map((a) => a.getAttribute("aria-label"))).toEqual(["Cora (USD)"]);
    // Write all writes the focused customer alone.
    await click("Write all to sheet");
    expect(fake.written).toEqual([1]);
    fireEvent.click(screen.getByRole("button", { name: "Show all" }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});
