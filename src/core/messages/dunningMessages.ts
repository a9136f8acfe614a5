import { quote, quoteZh } from "../failure";
import { defineMessages } from "./message";

const PRESETS = "standard, five-step, 15-30-45, 30-60-90";

/** Dunning ladders: presets, user tables and their rungs. */
export const DUNNING_MESSAGES = defineMessages({
  noRungs: {
    en: () => "the ladder has no rungs",
    zh: () => "催收阶梯中没有任何档位",
  },
  tooManyRungs: {
    en: () => "the ladder has more than 250 rungs",
    zh: () => "催收阶梯的档位超过250个",
  },
  daysAscend: {
    en: () => "ladder days must ascend (e.g. 1, 8, 15, 30)",
    zh: () => "催收阶梯的天数必须递增（如1、8、15、30）",
  },
  rowDays: {
    en: (p: { row: number; text: string }) =>
      `ladder row ${p.row}: cannot read ${quote(p.text)} as days from due (e.g. -3, 1, 30)`,
    zh: (p: { row: number; text: string }) => `催收阶梯第${p.row}行：无法将${quoteZh(p.text)}识别为距到期日天数（如-3、1、30）`,
    sample: { row: 3, text: "soon" },
  },
  rowAction: {
    en: (p: { row: number; days: number }) => `ladder row ${p.row}: the action for day ${p.days} is blank`,
    zh: (p: { row: number; days: number }) => `催收阶梯第${p.row}行：第${p.days}天的催收措施为空`,
    sample: { row: 2, days: 8 },
  },
  rowOrder: {
    en: (p: { row: number; days: number; previous: number }) =>
      `ladder days must ascend (e.g. 1, 8, 15, 30); row ${p.row} has ${p.days} after ${p.previous}`,
    zh: (p: { row: number; days: number; previous: number }) =>
      `催收阶梯的天数必须递增（如1、8、15、30），第${p.row}行的${p.days}排在${p.previous}之后`,
    sample: { row: 4, days: 10, previous: 15 },
  },
  rangeEmpty: {
    en: () => "the ladder range holds no rungs; give days_from_due | action rows",
    zh: () => "催收阶梯区域中没有任何档位，请按“距到期日天数、催收措施”两列逐行填写",
  },
  unknownLadder: {
    en: (p: { text: string }) => `unknown ladder ${quote(p.text)}; use ${PRESETS} or a two-column range`,
    zh: (p: { text: string }) => `未知的催收阶梯${quoteZh(p.text)}，请使用${PRESETS.replace(/, /g, "、")}或两列区域`,
    sample: { text: "weekly" },
  },
  ladderSpec: {
    en: () => "ladder must be a preset name or a two-column range days_from_due | action",
    zh: () => "催收阶梯必须是预设名称，或“距到期日天数、催收措施”两列区域",
  },
});
