import { defineMessages } from "../core/messages/message";

interface Typed {
  readonly label: string;
  readonly text: string;
}

/**
 * Why a number field refuses its text, in the field's own label (the label the user sees above
 * the field), so the message names what to fix without pointing at anything else.
 */
export const NUMBER_FIELD_MESSAGES = defineMessages({
  empty: {
    en: ({ label }: { label: string }) => `${label}: enter a number.`,
    zh: ({ label }: { label: string }) => `${label}：请输入数字。`,
    sample: { label: "Days to pay" },
  },
  unreadable: {
    en: ({ label, text }: Typed) => `${label}: "${text}" is not a number. Type digits, for example 12 or 12.5.`,
    zh: ({ label, text }: Typed) => `${label}：“${text}”不是数字。请输入数字，例如12或12.5。`,
    sample: { label: "Days to pay", text: "1e9" },
  },
  notWhole: {
    en: ({ label, text }: Typed) => `${label}: "${text}" is not a whole number.`,
    zh: ({ label, text }: Typed) => `${label}：“${text}”不是整数。`,
    sample: { label: "Days to pay", text: "2.5" },
  },
  belowMin: {
    en: ({ label, text, min }: Typed & { min: string }) => `${label}: "${text}" is below ${min}, the smallest allowed.`,
    zh: ({ label, text, min }: Typed & { min: string }) => `${label}：“${text}”小于允许的最小值${min}。`,
    sample: { label: "Days to pay", text: "-5", min: "0" },
  },
  aboveMax: {
    en: ({ label, text, max }: Typed & { max: string }) => `${label}: "${text}" is above ${max}, the largest allowed.`,
    zh: ({ label, text, max }: Typed & { max: string }) => `${label}：“${text}”大于允许的最大值${max}。`,
    sample: { label: "Days to pay", text: "400", max: "366" },
  },
});
