import type { LetterWords } from "./letterWords";
import type { LetterSender } from "./letterTypes";

/**
 * The signature block as lines: contact (and title), company, phone, email, then the bank details
 * under their heading. Blank settings leave their line out; `dateLine` (formal letters carry their
 * date) closes the block.
 *
 * @param sender - the signature settings
 * @param words - the letter language's labels
 * @param language - the letter's language (label separator: ": " or "：")
 * @param dateLine - a date line to end with, or null
 * @returns the lines, blank lines between groups
 * @example
 * letterSignature({ company: "Acme Ltd", contact: "Anna Berg", phone: "+44 20 7946 0000" }, letterWords("en"), "en", null)
 * //=> ["Anna Berg", "Acme Ltd", "Tel.: +44 20 7946 0000"]
 */
export function letterSignature(
  sender: LetterSender,
  words: LetterWords,
  language: "en" | "zh",
  dateLine: string | null,
): string[] {
  const colon = language === "zh" ? "：" : ": ";
  const labels = words.signatureLabels;
  const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== "";
  const lines: string[] = [];
  const contact = present(sender.contact)
    ? sender.contact.trim() + (present(sender.title) ? `${language === "zh" ? "，" : ", "}${sender.title.trim()}` : "")
    : null;
  if (contact !== null) lines.push(contact);
  if (present(sender.company)) lines.push(sender.company.trim());
  if (present(sender.phone)) lines.push(`${labels.phone}${colon}${sender.phone.trim()}`);
  if (present(sender.email)) lines.push(`${labels.email}${colon}${sender.email.trim()}`);
  const bank = sender.bank;
  if (bank !== undefined) {
    const bankLines = [
      [labels.accountName, bank.accountName],
      [labels.bankName, bank.bankName],
      [labels.accountNumber, bank.accountNumber],
      [labels.swift, bank.swift],
    ]
      .filter((pair): pair is [string, string] => present(pair[1]))
      .map(([label, value]) => `${label}${colon}${value.trim()}`);
    if (bankLines.length > 0) lines.push("", labels.bank + (language === "zh" ? "：" : ":"), ...bankLines);
  }
  if (dateLine !== null) lines.push("", dateLine);
  return lines;
}

/** True when the signature carries any bank detail, so the letter may point to it. */
export function hasBankDetails(sender: LetterSender): boolean {
  const bank = sender.bank;
  return (
    bank !== undefined &&
    [bank.accountName, bank.bankName, bank.accountNumber, bank.swift].some((v) => v !== undefined && v.trim() !== "")
  );
}
