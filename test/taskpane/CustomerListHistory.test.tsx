/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import type { Language } from "../../src/core/language";
import type { ScannedLedger } from "../../src/excel/ledgerWorkbook";
import { CustomerList } from "../../src/taskpane/CustomerList";
import { MESSAGES } from "../../src/taskpane/messages";
import { MessagesContext } from "../../src/taskpane/paneContext";
import { scannedLedger } from "./provision/provisionFixture";

afterEach(cleanup);

/*
 * Cara (USD), as of 2025-04-30 (45777), every invoice on 30-day terms:
 *   P1 1,000.00 invoiced 2025-01-15 (45672), due 02-14 (45702), paid 02-19 (45707): 5 days late, in February
 *   P2 1,000.00 invoiced 2025-02-15 (45703), due 03-17 (45733), paid 03-27 (45743): 10 days late, in March
 *   P3 1,000.00 invoiced 2025-03-10 (45726), due 04-09 (45756), paid 04-24 (45771): 15 days late, in April
 *   O1 2,000.00 invoiced 2025-03-20 (45736), due 04-19 (45766), unpaid: 11 days overdue
 * Payment trend: months 5, 10, 15 days late, 1,000.00 each → usually (5+10+15)/3 = 10 days late;
 * slope 5 days a month ≥ 1 → worsening.
 * Risk score: debt age 11/90 × 35 = 4.28 + habit 10/60 × 25 = 4.17 + overdue share 2,000/2,000 → 20
 * + no limit 0 + trend (slope × 3 = 15 days) → 5 = 33.44 → 33, grade B (factor 1.10).
 * Exposure at the month-ends 2024-05-31 … 2025-04-30: Jan31 1,000 (P1) · Feb28 1,000 (P2) · Mar31
 * 1,000 (P3) + 2,000 (O1) = 3,000 · Apr30 2,000 (O1); earlier 0 → peak 3,000, average over the 4
 * month-ends from the first invoice on 7,000/4 = 1,750.
 * Limit: peak on terms 3,000 × 30/(30 + 10) = 2,250 ≥ 1,750 → need 2,250 × 1.10 = 2,475 → two
 * figures, down: 2,400. No limit now → "set".
 *
 * Dora (EUR) has never paid: no trend line.
 */
const ROWS: readonly (readonly unknown[])[] = [
  ["Cara", "P1", 45672, 45702, 1000, "USD", 45707],
  ["Cara", "P2", 45703, 45733, 1000, "USD", 45743],
  ["Cara", "P3", 45726, 45756, 1000, "USD", 45771],
  ["Cara", "O1", 45736, 45766, 2000, "USD", ""],
  ["Dora", "Q1", 45700, 45730, 500, "EUR", ""],
];

function renderList(scanned: ScannedLedger, language: Language = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={MESSAGES[language]}>
        <CustomerList customers={scanned.analysis.customers} language={language} scanned={scanned} />
      </MessagesContext.Provider>
    </FluentProvider>,
  );
}

/** The card of a customer, by the name on its first line. */
function card(name: string): HTMLElement {
  const item = within(screen.getByRole("list"))
    .getAllByRole("listitem")
    .find((li) => li.firstElementChild?.firstElementChild?.textContent === name);
  if (!item) throw new Error(`no card ${name}`);
  return item;
}

const figure = (item: HTMLElement, name: string) => item.querySelector(`[data-figure="${name}"]`)?.textContent ?? null;

describe("customer list: payment behaviour and recommended limit", () => {
  test("a customer paying later month by month shows its habit, its trend and the limit its history supports", () => {
    renderList(scannedLedger(ROWS));
    const cara = card("Cara");
    expect(figure(cara, "payment-trend")).toBe("usually pays 10 days late, worsening");
    expect(figure(cara, "recommended-limit")).toBe(
      "Recommended limit USD 2,400: peak 3,000 at 30-day terms (paid 10 days late) × 1.10 for grade B; no current limit — set",
    );
    // The risk grade beside it is the one the limit's factor was taken from.
    expect(within(cara).getByText("Risk B")).toBeTruthy();
    // Dora never paid: no habit to show, never "pays on time".
    expect(figure(card("Dora"), "payment-trend")).toBeNull();
  });

  test("in Chinese", () => {
    renderList(scannedLedger(ROWS), "zh");
    const cara = card("Cara");
    expect(figure(cara, "payment-trend")).toBe("通常逾期10天付款，且在恶化");
    expect(figure(cara, "recommended-limit")).toBe(
      "建议信用额度USD 2,400：峰值敞口3,000，账期30天，平均逾期10天付款，×1.10（等级B）；当前未设额度，建议设定",
    );
  });

  test("without the scan (cards made by hand) there is no limit line", () => {
    const scanned = scannedLedger(ROWS);
    render(
      <FluentProvider theme={webLightTheme}>
        <CustomerList customers={scanned.analysis.customers} language="en" />
      </FluentProvider>,
    );
    expect(figure(card("Cara"), "recommended-limit")).toBeNull();
    expect(figure(card("Cara"), "payment-trend")).toBe("usually pays 10 days late, worsening");
  });
});
