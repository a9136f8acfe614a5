import { DASHBOARD_MESSAGES } from "../../src/taskpane/dashboard/dashboardMessages";
import { FINANCING_MESSAGES } from "../../src/taskpane/financing/financingMessages";
import { FORECAST_MESSAGES } from "../../src/taskpane/forecast/forecastMessages";
import { HOST_ERRORS_ZH } from "../../src/taskpane/hostErrorMessages";
import { MESSAGES } from "../../src/taskpane/messages";
import { REMINDERS_MESSAGES } from "../../src/taskpane/reminders/remindersMessages";

/** The pane's text tables, in Chinese. */
const TABLES: Readonly<Record<string, object>> = {
  messages: MESSAGES.zh,
  dashboard: DASHBOARD_MESSAGES.zh,
  financing: FINANCING_MESSAGES.zh,
  forecast: FORECAST_MESSAGES.zh,
  reminders: REMINDERS_MESSAGES.zh,
  hostErrors: HOST_ERRORS_ZH,
};

/**
 * Latin words the Chinese pane may show: product and standard names, what the analyst types as it
 * is (an address, a column letter, a terms code), and the name of the English language itself.
 */
const ALLOWED = [
  /\bExcel\b/g,
  /\bEnglish\b/g,
  /\bSWIFT\b/g,
  /\bAR\.[A-Z]+/g,
  /“Reminders”/g, // the sheet's name
  /\bSheet1!A1:H200\b/g, // an example address
  /“N”/g, // an example column letter
  /2\/10 net 30/g, // an example of terms as typed
];

// Placeholders that are neither Latin nor Chinese, so only the table's own words are checked.
const ARG = "〇";

/** Every text of a table: strings as they are, functions called with placeholder arguments. */
function textsOf(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    const tries: unknown[][] = [
      Array.from({ length: fn.length }, () => ARG),
      Array.from({ length: fn.length }, () => 0),
      Array.from({ length: fn.length }, () => 3),
      Array.from({ length: fn.length }, () => [ARG, ARG]),
    ];
    return tries.flatMap((args) => {
      try {
        return textsOf(fn(...args), `${path}(${args.map(String).join(",")})`);
      } catch {
        return [];
      }
    });
  }
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([key, inner]) => textsOf(inner, `${path}.${key}`));
  return [];
}

describe("the Chinese pane's texts", () => {
  test.each(Object.entries(TABLES))("%s: no English words, no stray spaces around Chinese", (_name, table) => {
    const texts = textsOf(table, "zh");
    expect(texts.length).toBeGreaterThan(5);
    const english: string[] = [];
    const spaced: string[] = [];
    for (const [path, text] of texts) {
      let rest = text;
      for (const allowed of ALLOWED) rest = rest.replace(allowed, " ");
      rest = rest.replace(/NaN/g, " "); // a placeholder where the text computes with a number
      for (const word of rest.match(/[A-Za-z]+/g) ?? []) english.push(`${path}: ${word}`);
      if (/[\u4e00-\u9fff] [\u4e00-\u9fff\d〇]|[\d〇] [\u4e00-\u9fff]/.test(text)) spaced.push(`${path}: ${text}`);
    }
    expect(english).toEqual([]);
    expect(spaced).toEqual([]);
  });
});
