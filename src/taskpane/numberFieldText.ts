/**
 * How a number field reads what the user typed. The text is never rewritten: it is read as it
 * stands, and anything it cannot read exactly ("1e9", "abc", "1,5") or that breaks the field's
 * rule is refused with a reason, so the field can say why instead of quietly using another number.
 */

/** What a field accepts: bounds (inclusive) and whether only whole numbers make sense. */
export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  /** @default false */
  readonly whole?: boolean;
}

/** The reading of a field's text: its number, or why it has none. */
export type NumberReading =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "empty" }
  | { readonly kind: "unreadable" }
  | { readonly kind: "notWhole" }
  | { readonly kind: "belowMin"; readonly min: number }
  | { readonly kind: "aboveMax"; readonly max: number };

// Plain decimal notation only: an optional sign, digits, at most one point ("12." is 12, ".5" is
// 0.5). No exponents, no group separators: "1e9" and "1,5" are refused, not guessed at.
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** Full-width digits, point and signs (a Chinese input method types these) read as their ASCII twins. */
function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff0b\uff0d]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * Reads a field's text under its rule.
 *
 * @example
 * readNumberText("12.", {}) //=> { kind: "number", value: 12 }
 * readNumberText("1e9", {}) //=> { kind: "unreadable" }
 * readNumberText("-5", { min: 0 }) //=> { kind: "belowMin", min: 0 }
 */
export function readNumberText(text: string, rule: NumberRule = {}): NumberReading {
  const trimmed = halfWidth(text.trim());
  if (trimmed === "") return { kind: "empty" };
  if (!PLAIN.test(trimmed)) return { kind: "unreadable" };
  const parsed = Number(trimmed);
  if (!Number.isFinite(parsed)) return { kind: "unreadable" };
  const value = parsed === 0 ? 0 : parsed; // "-0" is 0
  if (rule.whole === true && !Number.isInteger(value)) return { kind: "notWhole" };
  if (rule.min !== undefined && value < rule.min) return { kind: "belowMin", min: rule.min };
  if (rule.max !== undefined && value > rule.max) return { kind: "aboveMax", max: rule.max };
  return { kind: "number", value };
}

/** The number a text reads as under a rule, or null when it reads as none. */
export function numberOrNull(text: string, rule: NumberRule = {}): number | null {
  const reading = readNumberText(text, rule);
  return reading.kind === "number" ? reading.value : null;
}
