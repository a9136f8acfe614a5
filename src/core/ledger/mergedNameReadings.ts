import { CUSTOMER_NAME_MESSAGES as M } from "../messages/customerNameMessages";
import type { Message } from "../messages/message";
import { visibleSpelling } from "./customerNameKey";
import type { MergedName } from "./ledgerAnalysisTypes";

/**
 * One reading per customer whose differently spelled names the scan took as one, the spellings
 * shown with their invisible characters and combining marks written out (⟨U+200B⟩).
 *
 * @example
 * mergedNameReadings([{ name: "Café", spellings: ["Café", "Cafe\u0301"] }])[0].en
 * //=> "'Café' and 'Cafe⟨U+0301⟩' were taken as one customer, 'Café' (they differ only in …)"
 */
export function mergedNameReadings(merged: readonly MergedName[]): Message[] {
  return merged.map((m) => M.merged({ name: visibleSpelling(m.name), spellings: m.spellings.map(visibleSpelling) }));
}
