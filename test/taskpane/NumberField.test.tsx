/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import type { Language } from "../../src/core/language";
import { DEFAULT_PANE_SETTINGS, type PaneSettings } from "../../src/excel/ledgerWorkbook";
import { NumberField } from "../../src/taskpane/NumberField";
import type { NumberRule } from "../../src/taskpane/numberFieldText";
import { ScanSettingsSection } from "../../src/taskpane/ScanSettingsSection";

/** A parent that keeps the last number the field reported, as the pane's views do. */
function Harness({ rule, language = "en", start = 7 }: { rule: NumberRule; language?: Language; start?: number | null }) {
  const [value, setValue] = useState<number | null>(start);
  return (
    <>
      <NumberField label="Days to pay" rule={rule} language={language} value={value} onValueChange={setValue} />
      <output data-testid="held">{String(value)}</output>
    </>
  );
}

const field = () => screen.getByLabelText("Days to pay") as HTMLInputElement;
const type = (text: string) => fireEvent.change(field(), { target: { value: text } });
const held = () => screen.getByTestId("held").textContent;

describe("NumberField", () => {
  test("keeps '12.' as typed while it reads as 12, then '12.5'", () => {
    render(<Harness rule={{ min: 0 }} />);
    type("12.");
    expect(field().value).toBe("12.");
    expect(held()).toBe("12");
    type("12.5");
    expect(field().value).toBe("12.5");
    expect(held()).toBe("12.5");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test.each([
    ["-5", 'Days to pay: "-5" is below 0, the smallest allowed.'],
    ["1e9", 'Days to pay: "1e9" is not a number. Type digits, for example 12 or 12.5.'],
    ["abc", 'Days to pay: "abc" is not a number. Type digits, for example 12 or 12.5.'],
    ["", "Days to pay: enter a number."],
  ])("refuses %j in its own label and keeps the text unchanged", (text, message) => {
    render(<Harness rule={{ min: 0 }} />);
    type(text);
    expect(field().value).toBe(text);
    expect(held()).toBe("null"); // the parent is told the field holds no number, not 5, 9 or 0
    expect(screen.getByText(message)).toBeTruthy();
    expect(field().getAttribute("aria-invalid")).toBe("true");
  });

  test("refuses in Chinese with the Chinese label's wording", () => {
    render(<Harness rule={{ max: 366, whole: true }} language="zh" />);
    type("400");
    expect(screen.getByText("Days to pay：“400”大于允许的最大值366。")).toBeTruthy();
    type("2.5");
    expect(screen.getByText("Days to pay：“2.5”不是整数。")).toBeTruthy();
  });

  test("a number set from outside replaces the text; the user's own text is not rewritten", () => {
    const { rerender } = render(<NumberField label="Days to pay" value={7} onValueChange={() => undefined} />);
    expect(field().value).toBe("7");
    rerender(<NumberField label="Days to pay" value={30} onValueChange={() => undefined} />);
    expect(field().value).toBe("30");
  });
});

describe("Scan settings inputs", () => {
  function Settings() {
    const [settings, setSettings] = useState<PaneSettings>(DEFAULT_PANE_SETTINGS);
    return (
      <>
        <ScanSettingsSection
          settings={settings}
          asOfIso="2025-06-30"
          resultColumn=""
          onSettingsChange={(change) => setSettings((s) => ({ ...s, ...change }))}
          onAsOfChange={() => undefined}
          onResultColumnChange={() => undefined}
        />
        <output data-testid="accounts">{JSON.stringify(settings.keyAccounts)}</output>
        <output data-testid="min">{String(settings.minAmount)}</output>
      </>
    );
  }

  test("Key accounts takes 'Acme Ltd' a key at a time, and several lines", () => {
    render(<Settings />);
    const box = screen.getByLabelText("Key accounts") as HTMLTextAreaElement;
    // One change per key, as typing sends them: the space after "Acme" must survive the next render.
    for (const ch of "Acme Ltd\nBeta Co\n") fireEvent.change(box, { target: { value: box.value + ch } });
    expect(box.value).toBe("Acme Ltd\nBeta Co\n");
    expect(screen.getByTestId("accounts").textContent).toBe('["Acme Ltd","Beta Co"]');
  });

  test("Small-balance threshold keeps '12.' and refuses '-5' without changing the setting", () => {
    render(<Settings />);
    const input = screen.getByLabelText("Small-balance threshold") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "12." } });
    expect(input.value).toBe("12.");
    expect(screen.getByTestId("min").textContent).toBe("12");
    fireEvent.change(input, { target: { value: "-5" } });
    expect(input.value).toBe("-5");
    expect(screen.getByTestId("min").textContent).toBe("12"); // the last good threshold, not 5
  });
});
