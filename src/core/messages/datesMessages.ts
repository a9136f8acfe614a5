import { quote, quoteZh } from "../failure";
import { defineMessages } from "./message";
import { argZh } from "./zhWords";

type Serial = { name: string; value: string };
type Range = Serial & { min: number; max: number; system: number };

/** Dates that cannot be read: text, booleans, numbers outside the date system. */
export const DATES_MESSAGES = defineMessages({
  dateBoolean: {
    en: (p: Serial) => `${p.name} must be a date, not ${p.value}`,
    zh: (p: Serial) => `${argZh(p.name)}必须是日期，不能是${p.value}`,
    sample: { name: "due_date", value: "TRUE" },
  },
  dateNotText: {
    en: (p: { name: string }) => `cannot read ${p.name} as a date`,
    zh: (p: { name: string }) => `无法将${argZh(p.name)}识别为日期`,
    sample: { name: "as_of" },
  },
  dateUnreadable: {
    en: (p: { text: string }) => `cannot read ${quote(p.text)} as a date; use a date cell or yyyy-mm-dd`,
    zh: (p: { text: string }) => `无法识别日期${quoteZh(p.text)}，请使用日期单元格或“年-月-日”格式（如2025-06-30）`,
    sample: { text: "30/06/2025" },
  },
  notDateSerial: {
    en: (p: Serial) => `${p.name} ${p.value} is not a date serial`,
    zh: (p: Serial) => `${argZh(p.name)}的值${p.value}不是有效的日期序列号`,
    sample: { name: "as_of", value: "-1" },
  },
  notDateSerialRange: {
    en: (p: Range) => `${p.name} ${p.value} is not a date serial (${p.min} to ${p.max} in the ${p.system} date system)`,
    zh: (p: Range) => `${argZh(p.name)}的值${p.value}不是有效的日期序列号（${p.system}日期系统中为${p.min}至${p.max}）`,
    sample: { name: "invoice_date", value: "3000000", min: 0, max: 2958465, system: 1900 },
  },
  notDateSerialInSystem: {
    en: (p: Serial & { system: number }) => `${p.name} ${p.value} is not a date serial in the ${p.system} date system`,
    zh: (p: Serial & { system: number }) => `${argZh(p.name)}的值${p.value}不是${p.system}日期系统中的有效日期序列号`,
    sample: { name: "first_date", value: "-5", system: 1904 },
  },
  notFiniteDateSerial: {
    en: (p: { name: string }) => `${p.name} is not a finite date serial`,
    zh: (p: { name: string }) => `${argZh(p.name)}不是有效的日期序列号`,
    sample: { name: "as_of" },
  },
});
