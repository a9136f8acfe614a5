import { quote, quoteZh } from "../failure";
import { defineMessages } from "./message";
import { dateZh } from "./zhWords";

const HINT_EN = "use e.g. 30, Net 30, 2/10 net 30, Net 30 EOM or COD";
const HINT_ZH = "请填写天数（如30）或付款条件（如Net 30、2/10 net 30、月结30天、见票即付）";

/** Payment terms that cannot be read, and due dates they cannot give. */
export const TERMS_MESSAGES = defineMessages({
  termsBlank: {
    en: () => "terms is blank; use e.g. Net 30",
    zh: () => "付款条件为空，请填写如Net 30或月结30天",
  },
  termsBoolean: {
    en: (p: { value: string }) => `terms must be a number of days or text, not ${p.value}`,
    zh: (p: { value: string }) => `付款条件必须是天数或文字，不能是${p.value}`,
    sample: { value: "TRUE" },
  },
  termsNotText: {
    en: () => `cannot read terms; ${HINT_EN}`,
    zh: () => `无法识别付款条件，${HINT_ZH}`,
  },
  termsUnreadable: {
    en: (p: { text: string }) => `cannot read ${quote(p.text)} as payment terms; ${HINT_EN}`,
    zh: (p: { text: string }) => `无法识别付款条件${quoteZh(p.text)}，${HINT_ZH}`,
    sample: { text: "when convenient" },
  },
  termsDays: {
    en: (p: { max: number; value: string }) => `terms must be whole days from 0 to ${p.max} (e.g. 30); got ${p.value}`,
    zh: (p: { max: number; value: string }) => `付款条件天数必须是0至${p.max}的整数（如30），当前为${p.value}`,
    sample: { max: 9999, value: "-3" },
  },
  discountPercent: {
    en: (p: { text: string }) => `the discount in ${quote(p.text)} must be between 0 and 100 percent (e.g. 2/10 net 30)`,
    zh: (p: { text: string }) => `${quoteZh(p.text)}中的折扣必须在0至100%之间（如2/10 net 30）`,
    sample: { text: "0/10 net 30" },
  },
  discountDays: {
    en: (p: { days: number; netDays: number; text: string }) =>
      `discount days (${p.days}) must be fewer than net days (${p.netDays}) in ${quote(p.text)}`,
    zh: (p: { days: number; netDays: number; text: string }) =>
      `${quoteZh(p.text)}中的折扣天数（${p.days}）必须少于付款天数（${p.netDays}）`,
    sample: { days: 30, netDays: 30, text: "2/30 net 30" },
  },
  dueAfterMaxDate: {
    en: (p: { invoiceIso: string }) => `the due date for invoice_date ${p.invoiceIso} falls after 9999-12-31`,
    zh: (p: { invoiceIso: string }) => `按开票日期${dateZh(p.invoiceIso)}推算的到期日晚于9999年12月31日`,
    sample: { invoiceIso: "9999-12-15" },
  },
});
