import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { tableOf, type MessageTable } from "../../../src/core/messages/message";
import { DATE_TEXT_MESSAGES } from "../../../src/core/dates/dateTextMessages";
import { AGING_MESSAGES } from "../../../src/core/messages/agingMessages";
import { CASH_FORECAST_MESSAGES } from "../../../src/core/messages/cashForecastMessages";
import { CUSTOMER_NAME_MESSAGES } from "../../../src/core/messages/customerNameMessages";
import { DATES_MESSAGES } from "../../../src/core/messages/datesMessages";
import { DUNNING_MESSAGES } from "../../../src/core/messages/dunningMessages";
import { FINANCING_MESSAGES } from "../../../src/core/messages/financingMessages";
import { LEDGER_ISSUE_MESSAGES } from "../../../src/core/messages/ledgerIssueMessages";
import { LEDGER_MESSAGES } from "../../../src/core/messages/ledgerMessages";
import { LEDGER_READING_MESSAGES } from "../../../src/core/messages/ledgerReadingMessages";
import { LETTERS_MESSAGES } from "../../../src/core/messages/lettersMessages";
import { LETTER_PARTS_MESSAGES } from "../../../src/core/messages/letterPartsMessages";
import { METRICS_MESSAGES } from "../../../src/core/messages/metricsMessages";
import { MONEY_MESSAGES } from "../../../src/core/messages/moneyMessages";
import { NUMBER_MESSAGES } from "../../../src/core/messages/numberMessages";
import { REPORT_MESSAGES } from "../../../src/core/messages/reportMessages";
import { TERMS_MESSAGES } from "../../../src/core/messages/termsMessages";
import { EXCEL_MESSAGES } from "../../../src/excel/excelMessages";
import { DISCOUNT_TERMS_MESSAGES } from "../../../src/core/financing/discountTerms";
import { FM as FUNCTION_MESSAGES } from "../../../src/functions/functionMessages";
import { BALANCE_MESSAGES } from "../../../src/core/ledger/balanceMessages";
import { NUMBER_FIELD_MESSAGES } from "../../../src/taskpane/numberFieldMessages";
import { SETTINGS_MESSAGES } from "../../../src/excel/settingsMessages";
import { ACTIVITY_MESSAGES } from "../../../src/core/activity/activityMessages";
import { STATEMENT_MESSAGES } from "../../../src/core/statements/statementMessages";
import { TODAY_MESSAGES } from "../../../src/core/today/todayMessages";
import { TODAY_VIEW_MESSAGES } from "../../../src/taskpane/today/todayViewMessages";
import { ACTIVITY_LOG_WORDS } from "../../../src/core/activity/activityLogWords";
import { ACTIVITY_PANE_MESSAGES } from "../../../src/taskpane/activity/activityPaneMessages";
import { STEP_CAP_MESSAGES } from "../../../src/core/dunning/stepCapMessages";
import { PROVISION_VIEW_MESSAGES } from "../../../src/taskpane/provision/provisionViewMessages";
import { CUSTOMER_LIMIT_MESSAGES } from "../../../src/taskpane/customerLimitMessages";
import { PAYMENT_TREND_MESSAGES } from "../../../src/core/messages/paymentTrendMessages";
import { HISTORY_MESSAGES } from "../../../src/core/messages/historyMessages";
import { PROVISION_SHEET_MESSAGES } from "../../../src/core/report/provisionSheetMessages";
import { CREDIT_LIMIT_MESSAGES } from "../../../src/core/messages/creditLimitMessages";
import { BACKTEST_MESSAGES } from "../../../src/core/forecast/distribution/backtestMessages";
import { FORECAST_TRACK_MESSAGES } from "../../../src/taskpane/forecast/forecastTrackMessages";

/**
 * Every message table of the add-in, by the file that defines it. A new table is one import and
 * one entry here (src/functions/functionMessages.ts joins the same way).
 */
const TABLES: Readonly<Record<string, object>> = {
  "src/core/dates/dateTextMessages.ts": DATE_TEXT_MESSAGES,
  "src/core/messages/agingMessages.ts": AGING_MESSAGES,
  "src/core/messages/cashForecastMessages.ts": CASH_FORECAST_MESSAGES,
  "src/core/messages/customerNameMessages.ts": CUSTOMER_NAME_MESSAGES,
  "src/core/messages/datesMessages.ts": DATES_MESSAGES,
  "src/core/messages/dunningMessages.ts": DUNNING_MESSAGES,
  "src/core/messages/financingMessages.ts": FINANCING_MESSAGES,
  "src/core/messages/ledgerIssueMessages.ts": LEDGER_ISSUE_MESSAGES,
  "src/core/messages/ledgerMessages.ts": LEDGER_MESSAGES,
  "src/core/messages/ledgerReadingMessages.ts": LEDGER_READING_MESSAGES,
  "src/core/messages/lettersMessages.ts": LETTERS_MESSAGES,
  "src/core/messages/letterPartsMessages.ts": LETTER_PARTS_MESSAGES,
  "src/core/messages/metricsMessages.ts": METRICS_MESSAGES,
  "src/core/messages/moneyMessages.ts": MONEY_MESSAGES,
  "src/core/messages/numberMessages.ts": NUMBER_MESSAGES,
  "src/core/messages/reportMessages.ts": REPORT_MESSAGES,
  "src/core/messages/termsMessages.ts": TERMS_MESSAGES,
  "src/excel/excelMessages.ts": EXCEL_MESSAGES,
  "src/core/financing/discountTerms.ts": DISCOUNT_TERMS_MESSAGES,
  "src/functions/functionMessages.ts": FUNCTION_MESSAGES,
  "src/core/ledger/balanceMessages.ts": BALANCE_MESSAGES,
  "src/taskpane/numberFieldMessages.ts": NUMBER_FIELD_MESSAGES,
  "src/excel/settingsMessages.ts": SETTINGS_MESSAGES,
  "src/core/activity/activityMessages.ts": ACTIVITY_MESSAGES,
  "src/core/statements/statementMessages.ts": STATEMENT_MESSAGES,
  "src/core/today/todayMessages.ts": TODAY_MESSAGES,
  "src/taskpane/today/todayViewMessages.ts": TODAY_VIEW_MESSAGES,
  "src/core/activity/activityLogWords.ts": ACTIVITY_LOG_WORDS,
  "src/taskpane/activity/activityPaneMessages.ts": ACTIVITY_PANE_MESSAGES,
  "src/core/dunning/stepCapMessages.ts": STEP_CAP_MESSAGES,
  "src/taskpane/provision/provisionViewMessages.ts": PROVISION_VIEW_MESSAGES,
  "src/taskpane/customerLimitMessages.ts": CUSTOMER_LIMIT_MESSAGES,
  "src/core/messages/paymentTrendMessages.ts": PAYMENT_TREND_MESSAGES,
  "src/core/messages/historyMessages.ts": HISTORY_MESSAGES,
  "src/core/report/provisionSheetMessages.ts": PROVISION_SHEET_MESSAGES,
  "src/core/messages/creditLimitMessages.ts": CREDIT_LIMIT_MESSAGES,
  "src/core/forecast/distribution/backtestMessages.ts": BACKTEST_MESSAGES,
  "src/taskpane/forecast/forecastTrackMessages.ts": FORECAST_TRACK_MESSAGES,
};

/**
 * Latin words a Chinese text may keep: what the analyst types or Excel shows as it is. Parameter
 * values (argument names, cell text) are taken out before this list applies.
 */
const ALLOWED_IN_ZH: readonly RegExp[] = [
  /AR\.[A-Z]+/g, // function names: AR.CASHFORECAST
  /#(?:VALUE!|N\/A|DIV\/0!|NUM!|REF!|NAME\?|NULL!)/g, // Excel error codes
  /\b[a-z]+(?:_[a-z]+)+\b/g, // argument names as Excel's signature shows them: as_of, credit_sales
  /\b(?:edges|periods|score|amount|installments|loss|deductible|receivables)\b/g, // one-word argument names
  /\byyyy-mm-dd\b/g,
  /\b(?:TRUE|FALSE)\b/g,
  /\b(?:USD|EUR|GBP|CNY|JPY|HKD)\b/g, // ISO currency codes
  /\b(?:en|zh)\b/g, // language argument values
  /\b(?:annual|daily)\b/g, // rate_basis values
  /\b(?:standard|five-step)\b/g, // ladder preset names, as typed in AR.NEXTACTION
  /\b(?:Net|net|EOM|COD)\b/g, // payment-terms codes, as typed in a terms cell: Net 30, 2/10 net 30
  /\bExcel\b/g,
  /从文本\/CSV/g, // Excel's own menu item (数据 › 从文本/CSV)
];

const ROOT = join(__dirname, "../../..");

/** The .ts files under a folder of the repo, as repo-relative paths. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

interface Rendered {
  readonly where: string;
  readonly en: string;
  readonly zh: string;
  readonly values: readonly string[];
}

function rendered(): Rendered[] {
  const out: Rendered[] = [];
  for (const [file, makers] of Object.entries(TABLES)) {
    const table = tableOf(makers) as MessageTable;
    for (const [key, texts] of Object.entries(table)) {
      const params: Record<string, unknown> = texts.sample ?? {};
      out.push({ where: `${file} ${key}`, en: texts.en(params), zh: texts.zh(params), values: valuesOf(params) });
    }
  }
  return out;
}

/** The text of every parameter value (arrays flattened), longest first so a value inside another goes last. */
function valuesOf(params: Record<string, unknown>): string[] {
  const all = Object.values(params).flatMap((v) => (Array.isArray(v) ? v : [v]));
  return all
    .filter((v) => typeof v === "string" && v !== "")
    .map(String)
    .sort((a, b) => b.length - a.length);
}

function without(text: string, values: readonly string[]): string {
  let rest = text;
  for (const value of values) rest = rest.split(value).join("\u0001");
  return rest;
}

function latinWordsLeft(zh: string, values: readonly string[]): string[] {
  let rest = without(zh, values);
  for (const allowed of ALLOWED_IN_ZH) rest = rest.replace(allowed, " ");
  return rest.match(/[A-Za-z]+/g) ?? [];
}

describe("every message, in both languages", () => {
  const all = rendered();

  test("the list holds every table of src/core and src/excel", () => {
    const files = ["src/core", "src/excel"].flatMap((dir) => sourceFiles(dir));
    const tables = files.filter((file) => /\bdefineMessages\(/.test(readFileSync(join(ROOT, file), "utf8")));
    expect(tables.filter((f) => f !== "src/core/messages/message.ts" && !(f in TABLES))).toEqual([]);
    for (const [file, makers] of Object.entries(TABLES)) expect([file, tableOf(makers) !== undefined]).toEqual([file, true]);
  });

  test("every entry with parameters has a sample", () => {
    const missing: string[] = [];
    for (const [file, makers] of Object.entries(TABLES)) {
      for (const [key, texts] of Object.entries(tableOf(makers) as MessageTable)) {
        const takesParams = texts.en.length > 0 || texts.zh.length > 0;
        if (takesParams && texts.sample === undefined) missing.push(`${file} ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test.each(rendered().map((r) => [r.where, r] as const))("%s", (_where, r) => {
    expect(r.en.trim()).not.toBe("");
    expect(r.zh.trim()).not.toBe("");
    // English has no Chinese of its own (a parameter such as a bucket label may be Chinese).
    expect(without(r.en, r.values)).not.toMatch(CJK);
    // Chinese keeps no English beyond parameter values and what the analyst types as it is.
    expect(latinWordsLeft(r.zh, r.values)).toEqual([]);
    // Chinese is written in Chinese: it has Chinese characters, full-width punctuation, no stray spaces.
    const own = without(r.zh, r.values);
    expect(own).toMatch(/[\u4e00-\u9fff]/);
    expect(own).not.toMatch(/[\u4e00-\u9fff]\s|\s[\u4e00-\u9fff]/);
    expect(own).not.toMatch(/[\u4e00-\u9fff][,;:()'"]|[,;:()'"][\u4e00-\u9fff]/);
  });

  test("walks every key", () => {
    const keys = Object.values(TABLES).reduce((n, makers) => n + Object.keys(tableOf(makers) as MessageTable).length, 0);
    expect(all).toHaveLength(keys);
    expect(keys).toBeGreaterThan(100);
  });
});
