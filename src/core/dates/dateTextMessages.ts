import { quote, quoteZh } from "../failure";
import { defineMessages } from "../messages/message";

type Ambiguous = { text: string; dayFirst: string; monthFirst: string };

/**
 * Day-month text that names no order of its own (`03/04/2025`): what it could be, and what to
 * write instead. The other date failures are in src/core/messages/datesMessages.ts.
 */
export const DATE_TEXT_MESSAGES = defineMessages({
  dayMonthAmbiguous: {
    en: (p: Ambiguous) =>
      `cannot read ${quote(p.text)} as a date: it reads either way; write ${p.dayFirst} or ${p.monthFirst}, or use a date cell`,
    zh: (p: Ambiguous) =>
      `无法识别日期${quoteZh(p.text)}：它既可读作日/月/年，也可读作月/日/年；请写成${p.dayFirst}或${p.monthFirst}，或使用日期单元格`,
    sample: { text: "03/04/2025", dayFirst: "2025-04-03", monthFirst: "2025-03-04" },
  },
});
