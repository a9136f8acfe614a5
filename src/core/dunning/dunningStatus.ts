/** What the ledger's status column says about chasing an invoice. */
export const DunningStatus = { none: 0, disputed: 1, paid: 2, promised: 3 } as const;
export type DunningStatus = (typeof DunningStatus)[keyof typeof DunningStatus];

// The spec's words plus the variants ledgers actually carry ("in dispute", "已付款").
const WORDS: ReadonlyMap<string, DunningStatus> = new Map<string, DunningStatus>([
  ["disputed", DunningStatus.disputed],
  ["dispute", DunningStatus.disputed],
  ["in dispute", DunningStatus.disputed],
  ["争议", DunningStatus.disputed],
  ["有争议", DunningStatus.disputed],
  ["paid", DunningStatus.paid],
  ["已付", DunningStatus.paid],
  ["已付款", DunningStatus.paid],
  ["promised", DunningStatus.promised],
  ["promise to pay", DunningStatus.promised],
  ["承诺付款", DunningStatus.promised],
  ["已承诺付款", DunningStatus.promised],
]);

/**
 * Classifies a status cell, trimmed and case-insensitive: disputed/争议, paid/已付,
 * promised/承诺付款; anything else (blank included) is `none`.
 *
 * @example
 * dunningStatus("  Disputed ") //=> DunningStatus.disputed (1)
 */
export function dunningStatus(value: unknown): DunningStatus {
  if (typeof value !== "string" || value === "") return DunningStatus.none;
  return WORDS.get(value.trim().toLowerCase()) ?? DunningStatus.none;
}
