import type { Language } from "../language";
import type { LetterTone } from "./letterTypes";

/**
 * The name of each letter tone: what the pane lists and the Reminders sheet's level column shows.
 * The Chinese letter's subject opens with the same name, so a letter is called one thing
 * everywhere (第二次付款通知 in the list and in the subject line).
 */
export const LETTER_TONE_NAMES: Readonly<Record<Language, Readonly<Record<LetterTone, string>>>> = {
  en: {
    courtesy: "Courtesy reminder",
    friendly: "Friendly reminder",
    firm: "Firm second notice",
    formal: "Formal demand",
    final: "Final notice",
  },
  zh: {
    courtesy: "到期温馨提示",
    friendly: "付款提醒",
    firm: "第二次付款通知",
    formal: "正式催款函",
    final: "最后通知",
  },
};
