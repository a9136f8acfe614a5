import { bucketCount } from "../aging/agingBuckets";
import { STATEMENT_MESSAGES as M } from "./statementMessages";
import type { Statement } from "./statementTypes";
import { agingPairs, amount, asOfLine, currencyHeading, itemDate, lineNote, say, type StatementWriting } from "./statementWords";

/** Statements as a block of text cells, and where each customer's part starts (for page breaks). */
export interface StatementGrid {
  /** Rows of equal length; every cell is text ("" for an empty cell). */
  readonly rows: readonly (readonly string[])[];
  readonly columns: number;
  /** 0-based row of the grid where each customer's statement starts, first customer at 0. */
  readonly starts: readonly number[];
}

/** The item table's columns: invoice date, document, due date, days overdue, open amount, balance, note. */
const ITEM_COLUMNS = 7;

/**
 * Statements laid out for a sheet, one after another: per customer the title, the customer (label
 * and name in two cells), the as-of
 * date; per currency its heading, the item table with the running balance, the balance due (in the
 * Balance column), and the aging footer (labels over amounts: the buckets, Disputed, Credit notes);
 * a blank row after each section. Every cell is text, as the letter text writes it.
 *
 * @example
 * statementGrid([statement], { language: "en" }).rows[0][0] //=> "Statement of account"
 */
export function statementGrid(statements: readonly Statement[], w: StatementWriting): StatementGrid {
  const { language } = w;
  const columns = Math.max(ITEM_COLUMNS, ...statements.map((s) => bucketCount(s.edges) + 2));
  const rows: string[][] = [];
  const starts: number[] = [];
  const row = (...cells: string[]) => rows.push([...cells, ...Array<string>(columns - cells.length).fill("")]);
  for (const statement of statements) {
    starts.push(rows.length);
    row(say(language, M.title()));
    // The name in a cell of its own, as the ledger spells it (written text-safe by the adapter).
    row(say(language, M.customerLabel()), statement.customer);
    row(asOfLine(statement, w));
    row();
    if (statement.currencies.length === 0) row(say(language, M.noOpenItems()));
    for (const section of statement.currencies) {
      row(currencyHeading(section, w));
      row(
        ...[
          M.columnDate(),
          M.columnInvoice(),
          M.columnDue(),
          M.columnDays(),
          M.columnAmount(),
          M.columnBalance(),
          M.columnNote(),
        ].map((m) => say(language, m)),
      );
      for (const line of section.lines) {
        row(
          itemDate(line.invoiceSerial, w),
          line.invoiceNumber ?? "",
          itemDate(line.dueSerial, w),
          line.daysOverdue > 0 ? String(line.daysOverdue) : "",
          amount(line.openCents, section.currency, w),
          amount(line.balanceCents, section.currency, w),
          lineNote(line, w),
        );
      }
      row(
        say(language, M.balanceDue({ currency: section.currency })),
        "",
        "",
        "",
        "",
        amount(section.totalCents, section.currency, w),
      );
      row(say(language, M.aging()));
      const pairs = agingPairs(statement, section, w);
      row(...pairs.map(([label]) => label));
      row(...pairs.map(([, value]) => value));
      row();
    }
  }
  return { rows, columns, starts };
}
