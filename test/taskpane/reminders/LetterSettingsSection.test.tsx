/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { DEFAULT_LETTER_SETTINGS_FORM, type LetterSettingsForm } from "../../../src/core/letters/letterSettingsFromForm";
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from "../../../src/excel/ledgerWorkbook";
import { AnalysisSettingsFields } from "../../../src/taskpane/AnalysisSettingsFields";
import { LetterSettingsSection } from "../../../src/taskpane/reminders/LetterSettingsSection";
import { REMINDERS_MESSAGES } from "../../../src/taskpane/reminders/remindersMessages";

/** Keeps the form as the Reminders view does, and shows what would be saved. */
function Letters({ start = DEFAULT_LETTER_SETTINGS_FORM }: { start?: LetterSettingsForm }) {
  const [form, setForm] = useState(start);
  return (
    <>
      <LetterSettingsSection form={form} m={REMINDERS_MESSAGES.en} onChange={setForm} onSave={() => undefined} />
      <output data-testid="form">{JSON.stringify({ oneLetterPerCustomer: form.oneLetterPerCustomer })}</output>
    </>
  );
}

describe("letter settings: one letter per customer", () => {
  test("the switch is on by default and turns the option off in the form it saves", () => {
    render(<Letters />);
    const toggle = screen.getByRole("switch", { name: "One letter per customer" }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(false);
    expect(screen.getByTestId("form").textContent).toBe('{"oneLetterPerCustomer":false}');
  });

  test("a form saved before the option existed shows it on", () => {
    render(<Letters start={{ ...DEFAULT_LETTER_SETTINGS_FORM, oneLetterPerCustomer: undefined }} />);
    expect((screen.getByRole("switch", { name: "One letter per customer" }) as HTMLInputElement).checked).toBe(true);
  });

  test("the letters have no small-balance field of their own: they say the scan's decides", () => {
    render(<Letters />);
    expect(screen.queryByLabelText(/No letter below/)).toBeNull();
    expect(screen.getByText(/small-balance threshold per currency \(analysis settings\)/)).toBeTruthy();
  });
});

describe("analysis settings: the one small-balance field", () => {
  function Analysis() {
    const [settings, setSettings] = useState<PaneSettings>(DEFAULT_PANE_SETTINGS);
    return (
      <>
        <AnalysisSettingsFields settings={settings} onSettingsChange={(c) => setSettings((s) => ({ ...s, ...c }))} />
        <output data-testid="amounts">{JSON.stringify(settings.smallBalanceByCurrency)}</output>
      </>
    );
  }

  test("shows the defaults and takes items separated by commas", () => {
    render(<Analysis />);
    const field = screen.getByLabelText("Small-balance threshold per currency") as HTMLTextAreaElement;
    expect(field.value.split("\n").slice(0, 2)).toEqual(["USD 50", "EUR 50"]);
    expect(field.value).toContain("CNY 300\nHKD 400\nJPY 7500");
    fireEvent.change(field, { target: { value: "USD 20, JPY 7,500" } });
    expect(screen.getByTestId("amounts").textContent).toBe('[{"currency":"USD","amount":20},{"currency":"JPY","amount":7500}]');
  });
});
