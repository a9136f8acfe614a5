/**
 * A dispute or hold flag as exports write it: a "Disputed" or "In dispute" column with Yes/No,
 * Y/N, TRUE/FALSE, 1/0 or 是/否 (raw dumps: `isDisputed` true), Odoo's "No Follow-up" True,
 * Business Central's "On Hold" with a code such as DSP (any code means on hold). A flag is set
 * when the cell is filled with anything but a "no".
 */
const NO: ReadonlySet<string> = new Set(["no", "n", "false", "0", "否", "无", "没有", "-", "none", "off"]);

/**
 * True when a flag cell says the invoice is disputed or on hold.
 *
 * @example
 * isFlagSet("Yes") //=> true
 */
export function isFlagSet(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === "number") return value !== 0 && Number.isFinite(value);
  if (typeof value !== "string") return false;
  const text = value.trim().toLowerCase();
  return text !== "" && !NO.has(text);
}
