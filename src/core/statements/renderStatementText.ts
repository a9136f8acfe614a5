import { STATEMENT_MESSAGES as M } from "./statementMessages";
import type { Statement } from "./statementTypes";
import { agingPairs, amount, asOfLine, currencyHeading, itemDate, lineNote, say, type StatementWriting } from "./statementWords";

/**
 * A statement as plain text for a letter or an email: title, customer, as-of date, then per
 * currency its heading, one line per open item with the running balance, the balance due and the
 * aging footer. Lines end with "\n"; sections are separated by a blank line.
 *
 * @example
 * renderStatementText(statement, { language: "en" }).split("\n")[0] //=> "Statement of account"
 */
export function renderStatementText(statement: Statement, w: StatementWriting): string {
  const { language } = w;
  const out: string[] = [
    say(language, M.title()),
    say(language, M.customer({ customer: statement.customer })),
    asOfLine(statement, w),
  ];
  if (statement.currencies.length === 0) out.push("", say(language, M.noOpenItems()));
  for (const section of statement.currencies) {
    out.push("", currencyHeading(section, w));
    for (const line of section.lines) {
      out.push(
        say(
          language,
          M.textLine({
            date: itemDate(line.invoiceSerial, w),
            invoice: line.invoiceNumber ?? "",
            due: itemDate(line.dueSerial, w),
            amount: amount(line.openCents, section.currency, w),
            balance: amount(line.balanceCents, section.currency, w),
            note: lineNote(line, w),
          }),
        ),
      );
    }
    out.push(
      say(language, M.balanceLine({ currency: section.currency, amount: amount(section.totalCents, section.currency, w) })),
    );
    out.push(say(language, M.aging()));
    for (const [label, value] of agingPairs(statement, section, w))
      out.push(say(language, M.textBucket({ label, amount: value })));
  }
  return `${out.join("\n")}\n`;
}
