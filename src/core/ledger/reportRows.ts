import { headerKey } from "./headerKey";
import type { LedgerMapping } from "./ledgerFields";

/**
 * Exports laid out as reports — QuickBooks' A/R Aging Detail, Xero's Aged Receivables, Sage's Aged
 * Debtors, 金蝶's 应收款明细表 — carry rows that are not invoices: a section row naming the customer
 * the invoices below belong to, a subtotal per customer, a grand total, the header repeated at each
 * page break, blank spacers. They are never invoices: they are set aside and counted (not reported
 * as errors), the section's customer is given to its invoices, and a grand total is kept so the
 * scan can check its own sum against it.
 */
export const ReportRowKind = { data: 0, blank: 1, section: 2, subtotal: 3, total: 4, header: 5 } as const;
export type ReportRowKind = (typeof ReportRowKind)[keyof typeof ReportRowKind];

/** How many rows of each kind that is not an invoice a ledger held. */
export interface SkippedRowCounts {
  readonly section: number;
  readonly subtotal: number;
  readonly total: number;
  readonly header: number;
}

export interface ReportLayout {
  /** Per data row (header excluded), what it is. */
  readonly kinds: Uint8Array;
  readonly skipped: SkippedRowCounts;
  /** Row → the customer its section row names, for invoice rows whose customer cell is blank. */
  readonly sectionCustomer: ReadonlyMap<number, string>;
  /** The last grand-total row, with its amount cell as written (open amount when mapped, else amount). */
  readonly grandTotal: { readonly rowIndex: number; readonly value: unknown } | null;
}

// Subtotal and total labels real exports write: "Total for Acme" (QuickBooks), "Total Acme" (Xero),
// "Acme Total", "Subtotal", "Totals:" (Sage), "Grand total", "TOTAL", 合计 / 小计 / 总计 / 本期合计.
const GRAND_TOTAL =
  /^(?:grand\s*total|report\s*total|totals?|total\s*(?:ar|a\/r|receivables?|due|outstanding))\s*:?$|^(?:总计|合计|本期合计|累计|总合计)[:：]?$|^\*{2,}$|grand total$/i;
// SAP's ALV lists mark a subtotal "*" and the total "**" in the first column.
const SUBTOTAL = /^(?:sub-?\s*total|total\s+for\b|total\s+\S|totals?\s*:)|\btotal\s*:?$|小计|合计|总计|^\*+$/i;

// Text of digits, separators, signs and currency marks is an amount, never a repeated header:
// a cheap test that spares the header comparison on every text amount of a large export.
const AMOUNT_LIKE = /^[\s\d.,()+\-−'$€£¥￥]*$/;

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || cell === "" || (typeof cell === "string" && cell.trim() === "");
}

function labelOf(row: readonly unknown[], columns: readonly number[]): string | undefined {
  for (const column of columns) {
    const cell = row[column];
    if (typeof cell === "string" && cell.trim() !== "") return cell.trim();
  }
  return undefined;
}

/**
 * Sorts a ledger's data rows into invoices and the rows around them. A row is
 * - blank when every cell is;
 * - a repeated header when two or more of its mapped cells repeat the header's texts;
 * - a total when its label (first column, customer or invoice cell) says total or 合计 and it has
 *   no due date or invoice number of its own — a grand total when the label names nothing else;
 * - a section when its only filled cell is text and it has no amount: the customer of the rows
 *   below it, until the next section or total.
 *
 * @example
 * readReportLayout([["Acme"], ["", "INV-1", 45800, 100], ["Total for Acme", "", "", 100]], ["Customer", "Invoice", "Due date", "Amount"], { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3 }).skipped
 * //=> { section: 1, subtotal: 1, total: 0, header: 0 }
 */
export function readReportLayout(
  rows: readonly (readonly unknown[])[],
  headers: readonly unknown[],
  mapping: LedgerMapping,
): ReportLayout {
  const kinds = new Uint8Array(rows.length);
  const sectionCustomer = new Map<number, string>();
  const skipped = { section: 0, subtotal: 0, total: 0, header: 0 };
  let grandTotal: ReportLayout["grandTotal"] = null;
  const mapped = Object.values(mapping).filter((column): column is number => column !== undefined);
  const headerKeys = new Map<number, string>();
  for (const column of mapped) {
    const text = headers[column];
    if (typeof text === "string" && text.trim() !== "") headerKeys.set(column, headerKey(text));
  }
  const labelColumns = [0, mapping.customer, mapping.invoiceNo].filter((c): c is number => c !== undefined);
  const amountColumn = mapping.openAmount ?? mapping.amount;
  let section: string | undefined;
  /** Marks row r as a subtotal or a grand total; always true (a helper for the two places that find one). */
  const countTotal = (label: string, r: number, amountCell: unknown): boolean => {
    if (GRAND_TOTAL.test(label)) {
      kinds[r] = ReportRowKind.total;
      skipped.total++;
      if (amountColumn !== undefined) grandTotal = { rowIndex: r, value: amountCell };
    } else {
      kinds[r] = ReportRowKind.subtotal;
      skipped.subtotal++;
    }
    return true;
  };

  const { dueDate: dueColumn, invoiceNo: invoiceColumn, customer: customerColumn } = mapping;
  const amountHeader = amountColumn === undefined ? undefined : headerKeys.get(amountColumn);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) {
      kinds[r] = ReportRowKind.blank;
      continue;
    }
    const amountCell = amountColumn === undefined ? undefined : row[amountColumn];
    // The usual row, decided on cheap tests: a due date, or an invoice number and an amount, of its own.
    const ownDue = dueColumn !== undefined && !isBlank(row[dueColumn]);
    const ownInvoice = invoiceColumn !== undefined && !isBlank(row[invoiceColumn]);
    if (ownDue || (ownInvoice && !isBlank(amountCell))) {
      // The header repeated at a page break has its amount header where the amount is.
      if (
        typeof amountCell === "string" &&
        amountHeader !== undefined &&
        !AMOUNT_LIKE.test(amountCell) &&
        headerKey(amountCell) === amountHeader
      ) {
        kinds[r] = ReportRowKind.header;
        skipped.header++;
        continue;
      }
      // "Total for Acme" with the label in the invoice column and nothing else of an invoice.
      if (!ownDue && invoiceColumn !== undefined) {
        const label = labelOf(row, labelColumns);
        if (label !== undefined && label === row[invoiceColumn] && SUBTOTAL.test(label)) {
          section = undefined;
          if (countTotal(label, r, amountCell)) continue;
        }
      }
      if (section !== undefined && (customerColumn === undefined || isBlank(row[customerColumn])))
        sectionCustomer.set(r, section);
      continue;
    }
    const label = labelOf(row, labelColumns);
    if (label !== undefined && SUBTOTAL.test(label)) {
      section = undefined;
      countTotal(label, r, amountCell);
      continue;
    }
    if (amountColumn === undefined || isBlank(amountCell)) {
      let filled = 0;
      let text: string | undefined;
      let repeats = 0;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (isBlank(cell)) continue;
        filled++;
        if (typeof cell === "string") {
          text ??= cell.trim();
          const key = headerKeys.get(c);
          if (key !== undefined && headerKey(cell) === key) repeats++;
        }
      }
      if (filled === 0) {
        kinds[r] = ReportRowKind.blank;
        continue;
      }
      if (repeats >= 2) {
        kinds[r] = ReportRowKind.header;
        skipped.header++;
        continue;
      }
      if (filled === 1 && text !== undefined) {
        kinds[r] = ReportRowKind.section;
        skipped.section++;
        section = text;
        continue;
      }
    }
    if (section !== undefined && (customerColumn === undefined || isBlank(row[customerColumn]))) sectionCustomer.set(r, section);
  }
  return { kinds, skipped, sectionCustomer, grandTotal };
}
