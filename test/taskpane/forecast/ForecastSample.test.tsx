/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import type { LedgerWorkbook, ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { ForecastView } from "../../../src/taskpane/forecast/ForecastView";
import { sampleWorkbook, type SampleVariant } from "../../fixtures/sampleWorkbook";
import { scannedLedgerOf } from "../../support/scannedLedgerOf";

afterEach(cleanup);

const AS_OF = 45838; // 2025-06-30, the preview's default as-of date
// The sample's columns (test/fixtures/sampleWorkbook.ts SAMPLE_HEADERS), the same in both variants.
const MAPPING = { customer: 0, invoiceNo: 1, invoiceDate: 2, dueDate: 3, amount: 4, currency: 5, paidDate: 6, status: 7 };

/** The preview's sample workbook as the scan hands it to the views. */
function sampleScan(variant: SampleVariant): ScannedLedger {
  const sheet = sampleWorkbook(variant, AS_OF).sheet(variant === "zh" ? "应收账款" : "Ledger")!;
  const { r1, c1 } = sheet.usedRect(true)!;
  const rows = Array.from({ length: r1 }, (_, r) => Array.from({ length: c1 + 1 }, (_, c) => sheet.value(r + 1, c)));
  return scannedLedgerOf(rows, MAPPING, AS_OF, c1 + 1);
}

/** "53%" → 53; "-5%" → -5. */
const percent = (text: string) => Number(text.replace("%", ""));

/**
 * Issue #20's acceptance, as the Forecast view shows it on the sample ledger (both variants, both
 * currencies): the distribution's WAPE below the due-date forecast's and the previous point
 * forecast's, and its P10–P90 bands holding the actual within 10 points of their nominal 80%.
 * Each week's expected amount is the mean of its total, so it lies inside its own band.
 */
describe.each([
  ["en", "en", "Track record", /by (\d+)% on average; 80% bands held (\d+)% of weeks\.$/],
  ["zh", "zh", "预测回测", /平均误差为(\d+)%；80%区间涵盖了(\d+)%的周次。$/],
] as const)("Forecast view on the %s sample", (variant, language: Language, trackName, sentence) => {
  test.each(["EUR", "USD"])("%s: the distribution beats both simpler forecasts, its bands near 80%", (currency) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ForecastView workbook={{} as unknown as LedgerWorkbook} language={language} scanned={sampleScan(variant)} />
      </FluentProvider>,
    );
    const tableName = language === "zh" ? `${trackName}（${currency}）` : `${trackName} ${currency}`;
    const region = screen.getByRole("region", { name: tableName });
    const [said] = within(region)
      .getAllByText(sentence)
      .map((el) => el.textContent ?? "");
    const [, wape, coverage] = said.match(sentence) ?? [];
    const rows = within(within(region).getByRole("table"))
      .getAllByRole("row")
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent ?? ""));
    const [distribution, naive, point] = rows.map((r) => percent(r[1]));
    expect(distribution).toBe(Number(wape));
    expect(distribution).toBeLessThan(naive);
    expect(distribution).toBeLessThan(point);
    expect(Math.abs(Number(coverage) - 80)).toBeLessThanOrEqual(10);

    const forecastName = language === "zh" ? `预测表（${currency}）` : `Forecast table ${currency}`;
    const weeks = within(screen.getByRole("table", { name: forecastName }))
      .getAllByRole("row")
      .map((r) => [...r.children].map((c) => c.textContent ?? ""))
      .filter((r) => /^\d{4}-/.test(r[0]));
    expect(weeks).toHaveLength(13);
    const cents = (text: string) => Math.round(Number(text.replace(/,/g, "")) * 100);
    for (const week of weeks) {
      const [low, high] = week[3].split(language === "zh" ? "至" : " – ").map(cents);
      expect([week[0], low <= cents(week[2]) && cents(week[2]) <= high]).toEqual([week[0], true]);
    }
  });
});
