import { quote, quoteZh, type Failure } from "../core/failure";
import { defineMessages, type Message } from "../core/messages/message";
import type { ArgBounds } from "./argSpec";

/**
 * What the converter says when an argument cannot be used, in English and Chinese. Argument names
 * (as_of, credit_sales…) stay as the function's signature shows them in both languages. Excel shows
 * the text in the error's tooltip, in the language `getFunctionsLanguage()` gives.
 */

/** A value an argument allows, as the analyst types it: "annual", 365, TRUE. */
export type AllowedValue = string | number | boolean;

function boundsEn(b: ArgBounds): string {
  const { min, max } = b;
  if (b.whole) {
    if (min !== undefined && max !== undefined) return `a whole number from ${min} to ${max}`;
    if (min !== undefined && b.unit) return `a whole number of ${b.unit.en}, ${min} or more`;
    if (min !== undefined) return `a whole number of at least ${min}`;
    if (max !== undefined) return `a whole number of at most ${max}`;
    return "a whole number";
  }
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  if (min !== undefined) return b.minExclusive ? `above ${min}` : `${min} or more`;
  if (max !== undefined) return b.maxExclusive ? `below ${max}` : `${max} or less`;
  return "a number";
}

function boundsZh(b: ArgBounds): string {
  const { min, max } = b;
  if (b.whole) {
    if (min !== undefined && max !== undefined) return `是${min}至${max}之间的整数`;
    if (min !== undefined) return `是不小于${min}的整数${b.unit ? b.unit.zh : ""}`;
    if (max !== undefined) return `是不大于${max}的整数`;
    return "是整数";
  }
  if (min !== undefined && max !== undefined) return `在${min}至${max}之间`;
  if (min !== undefined) return b.minExclusive ? `大于${min}` : `不小于${min}`;
  if (max !== undefined) return b.maxExclusive ? `小于${max}` : `不大于${max}`;
  return "是数字";
}

const exampleEn = (b: ArgBounds) => (b.example ? ` (e.g. ${b.example})` : "");
const exampleZh = (b: ArgBounds) => (b.example ? `（如${b.example.replace(/ or /g, "或")}）` : "");

function allowedText(value: AllowedValue, quotes: readonly [string, string] = ['"', '"']): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "string" ? `${quotes[0]}${value}${quotes[1]}` : String(value);
}

/** "a or b", "a, b or c". */
function allowedEn(values: readonly AllowedValue[]): string {
  const shown = values.map((value) => allowedText(value));
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
}

/** "“a”或“b”", "“a”、“b”或“c”". */
function allowedZh(values: readonly AllowedValue[]): string {
  const shown = values.map((value) => allowedText(value, ["“", "”"]));
  return shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join("、")}或${shown[shown.length - 1]}`;
}

/** How a cell's value is shown after "got": text quoted and shortened, anything else as it is. */
export function shownEn(value: unknown): string {
  return typeof value === "string" ? quote(value) : String(value);
}

function shownZh(value: unknown): string {
  return typeof value === "string" ? quoteZh(value) : String(value);
}

type Named = { name: string };
type NotAllowed = { name: string; allowed: readonly AllowedValue[]; got: unknown };
type OutOfBounds = { name: string; bounds: ArgBounds; got: string };
type NotANumber = { name: string; text: string | null };
type Rowed = { inner: Message; row: number };
type Shapes = { lead: string; other: string; leadShape: string; otherShape: string };
/** The currencies an AR.* call's text amounts name, sorted, and Excel's name of the function that filters a range. */
type MixedCurrencies = { currencies: readonly string[]; filter: string };
type DateOrders = { name: string; dayFirst: string; monthFirst: string };

const SAMPLE_INNER: Message = { key: "sample", params: {}, en: "due_dates is blank", zh: "due_dates为空" };

export const FM = defineMessages({
  argBlank: {
    en: (p: Named) => `${p.name} is blank`,
    zh: (p: Named) => `${p.name}为空`,
    sample: { name: "as_of" },
  },
  argHoldsError: {
    en: (p: { name: string; error: string }) => `${p.name} holds ${p.error}`,
    zh: (p: { name: string; error: string }) => `${p.name}中有错误值${p.error}`,
    sample: { name: "due_date", error: "#REF!" },
  },
  cannotRead: {
    en: (p: Named) => `cannot read ${p.name}`,
    zh: (p: Named) => `无法读取${p.name}`,
    sample: { name: "terms" },
  },
  tableAsCell: {
    en: (p: Named) => `${p.name} is a range, read with readTable`,
    zh: (p: Named) => `${p.name}是一个区域，须整体读取`,
    sample: { name: "ladder" },
  },
  notFinite: {
    en: (p: Named) => `${p.name} is not a finite number`,
    zh: (p: Named) => `${p.name}不是有效的数字`,
    sample: { name: "days" },
  },
  numberNotLogical: {
    en: (p: { name: string; value: boolean }) => `${p.name} must be a number, not ${p.value ? "TRUE" : "FALSE"}`,
    zh: (p: { name: string; value: boolean }) => `${p.name}必须是数字，不能是${p.value ? "TRUE" : "FALSE"}`,
    sample: { name: "days", value: true },
  },
  notANumber: {
    en: (p: NotANumber) => `cannot read ${p.name} ${p.text !== null ? `'${p.text}' ` : ""}as a number`,
    zh: (p: NotANumber) => (p.text !== null ? `无法将${p.name}的值${quoteZh(p.text)}读作数字` : `无法将${p.name}读作数字`),
    sample: { name: "days", text: "thirty" },
  },
  notAllowed: {
    en: (p: NotAllowed) => `${p.name} must be ${allowedEn(p.allowed)}; got ${shownEn(p.got)}`,
    zh: (p: NotAllowed) => `${p.name}必须是${allowedZh(p.allowed)}，当前为${shownZh(p.got)}`,
    sample: { name: "rate_basis", allowed: ["annual", "daily"], got: "monthly" },
  },
  outOfBounds: {
    en: (p: OutOfBounds) => `${p.name} must be ${boundsEn(p.bounds)}${exampleEn(p.bounds)}; got ${p.got}`,
    zh: (p: OutOfBounds) => `${p.name}必须${boundsZh(p.bounds)}${exampleZh(p.bounds)}，当前为${p.got}`,
    sample: {
      name: "advance_rate",
      bounds: { min: 0, minExclusive: true, max: 1, example: "80% or 0.8" },
      got: "80",
    },
  },
  shapeMismatch: {
    en: (p: Shapes) => `${p.lead} and ${p.other} must have the same shape (${p.leadShape} and ${p.otherShape})`,
    zh: (p: Shapes) => `${p.lead}和${p.other}的行列数必须相同（${p.leadShape}和${p.otherShape}）`,
    sample: { lead: "amounts", other: "due_dates", leadShape: "3×1", otherShape: "2×1" },
  },
  notSingleCell: {
    en: (p: { name: string; shape: string }) => `${p.name} must be a single cell, not a ${p.shape} range`,
    zh: (p: { name: string; shape: string }) => `${p.name}必须是单个单元格，不能是${p.shape}的区域`,
    sample: { name: "days", shape: "2×1" },
  },
  blankInList: {
    en: (p: { name: string; position: number }) => `${p.name} has a blank cell at position ${p.position}`,
    zh: (p: { name: string; position: number }) => `${p.name}的第${p.position}个单元格为空`,
    sample: { name: "edges", position: 2 },
  },
  atRow: {
    en: (p: Rowed) => `${p.inner.en} (row ${p.row})`,
    zh: (p: Rowed) => `${p.inner.zh}（第${p.row}行）`,
    sample: { inner: SAMPLE_INNER, row: 2 },
  },
  atTableRow: {
    en: (p: Rowed) => `${p.inner.en} (table row ${p.row})`,
    zh: (p: Rowed) => `${p.inner.zh}（表格第${p.row}行）`,
    sample: { inner: SAMPLE_INNER, row: 1 },
  },
  mixedCurrencies: {
    en: (p: MixedCurrencies) =>
      `amounts mix currencies (${p.currencies.join(", ")}): filter to one currency first, e.g. with ${p.filter}(…)`,
    zh: (p: MixedCurrencies) => `金额混有多种币种（${p.currencies.join("、")}）：请先筛选出单一币种，例如使用${p.filter}函数`,
    sample: { currencies: ["EUR", "USD"], filter: "FILTER" },
  },
  dateOrderConflict: {
    en: (p: DateOrders) =>
      `${p.name} mixes date orders: ${quote(p.dayFirst)} is day first, ${quote(p.monthFirst)} month first; write yyyy-mm-dd or use date cells`,
    zh: (p: DateOrders) =>
      `${p.name}中的日期顺序不一致：${quoteZh(p.dayFirst)}为日在前，${quoteZh(p.monthFirst)}为月在前；请写成yyyy-mm-dd格式或使用日期单元格`,
    sample: { name: "due_dates", dayFirst: "30/06/2025", monthFirst: "6/30/2025" },
  },
  unexpected: {
    en: (p: { detail: string }) => `unexpected error: ${p.detail}`,
    zh: (p: { detail: string }) => `意外错误：${p.detail}`,
    sample: { detail: "boom" },
  },
});

/**
 * The same failure with a fuller message (its row added), code and Excel error unchanged.
 *
 * @example
 * reword(fail("missing", FM.argBlank({ name: "due_dates" })), (inner) => FM.atRow({ inner, row: 2 })).message //=> "due_dates is blank (row 2)"
 */
export function reword(failure: Failure, message: (inner: Message) => Message): Failure {
  const text = message(failure.text);
  return { ...failure, message: text.en, text };
}
