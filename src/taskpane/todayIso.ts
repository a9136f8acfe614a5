/**
 * Today's date in the user's time zone as yyyy-mm-dd: the default as-of date. The pane may read the
 * clock; the core never does (it receives this date).
 *
 * @example
 * todayIso(new Date(2025, 5, 30)) //=> "2025-06-30"
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
