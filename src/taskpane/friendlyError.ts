import type { Messages } from "./messages";

/**
 * A message an analyst can read for an unexpected error: Excel's error code when it gave one,
 * never a stack trace or an exception's internals.
 *
 * @example
 * friendlyError({ name: "RichApi.Error", code: "ItemNotFound" }, MESSAGES.en) //=> "Excel refused the request (ItemNotFound). Please try again."
 */
export function friendlyError(error: unknown, messages: Messages): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^[A-Za-z]+$/.test(code)) return messages.hostError(code);
  return messages.unexpected;
}
