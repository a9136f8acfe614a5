import type { ActivityKind } from "./activityTypes";

// English and Chinese words for each kind, compared trimmed and in lower case.
const WORDS: ReadonlyMap<string, ActivityKind> = new Map<string, ActivityKind>([
  ["reminder", "reminder"],
  ["remind", "reminder"],
  ["letter", "reminder"],
  ["提醒", "reminder"],
  ["催款", "reminder"],
  ["催收", "reminder"],
  ["催款函", "reminder"],
  ["call", "call"],
  ["phone", "call"],
  ["phone call", "call"],
  ["电话", "call"],
  ["致电", "call"],
  ["promise", "promise"],
  ["promise to pay", "promise"],
  ["承诺", "promise"],
  ["付款承诺", "promise"],
  ["承诺付款", "promise"],
  ["dispute", "dispute"],
  ["disputed", "dispute"],
  ["争议", "dispute"],
  ["note", "note"],
  ["备注", "note"],
  ["记录", "note"],
]);

/**
 * The kind a register cell names, or undefined when it names none.
 *
 * @example
 * activityKind(" Promise ") //=> "promise"
 * activityKind("争议") //=> "dispute"
 */
export function activityKind(cell: unknown): ActivityKind | undefined {
  if (typeof cell !== "string") return undefined;
  return WORDS.get(cell.trim().toLowerCase().replace(/\s+/g, " "));
}

/**
 * The "released" marker: a reason (or a kind cell) that starts with released, release, resolved,
 * 解除, 已解除 or 已解决 says that a dispute is over. On a dispute or note row it releases the
 * invoice it names (every held invoice of the customer when it names none).
 *
 * @example
 * isReleaseText("Released: credit note issued") //=> true
 * isReleaseText("已解决") //=> true
 */
export function isReleaseText(text: string): boolean {
  return /^\s*(?:released?|resolved|已?解除|已?解决)/i.test(text);
}
