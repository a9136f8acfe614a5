import { formatMoney } from "../money/formatMoney";
import { invoiceLabel, type LetterPartItems } from "./letterPart";
import type { LetterCurrencyPart, LetterInvoice, LetterSection, LetterTable } from "./letterTypes";
import type { LetterWords } from "./letterWords";

/** How a part shows dates and where it stands in the letter. */
export interface LetterPartView {
  readonly words: LetterWords;
  readonly language: "en" | "zh";
  readonly asOf: number;
  /** A date cell: the letter's date format, or the words' "no date". */
  readonly date: (serial: number | null | undefined) => string;
  /** The letter covers several currencies: caption the part and label its subtotal with its currency. */
  readonly several: boolean;
}

/**
 * One currency's tables and totals as the letter shows them: the invoices demanded, the credit
 * notes as positive deductions under "Less credit notes", the amount due (in a letter in several
 * currencies "Total due in USD", never a total across currencies), then what is listed apart.
 *
 * @param items - the currency's items (letterPartItems)
 * @param view - words, language, dates and whether the letter has several currencies
 * @returns the part
 * @example
 * letterPartModel(itemsOf1200Less850, view).totals.lines.map((l) => l.amount) //=> ["$1,200.00", "$850.00", "$350.00"]
 */
export function letterPartModel(items: LetterPartItems, view: LetterPartView): LetterCurrencyPart {
  const { words, date, asOf } = view;
  const courtesy = items.courtesy;
  const amount = (cents: number): string => formatMoney(cents, items.currency, view.language);
  const label = (invoice: LetterInvoice): string => invoiceLabel(invoice, words.noNumber);
  const invoiceTable: LetterTable = {
    columns: words.invoiceColumns(courtesy),
    numeric: [false, false, false, true, true],
    rows: items.demanded.map((i) => [
      label(i),
      date(i.invoiceSerial),
      date(i.dueSerial),
      amount(i.openCents),
      String(Math.abs(asOf - Math.floor(i.dueSerial))),
    ]),
  };
  const section = (list: readonly LetterInvoice[], caption: string): LetterSection | null =>
    list.length === 0
      ? null
      : {
          caption,
          table: {
            columns: words.sectionColumns,
            numeric: [false, false, false, true],
            rows: list.map((i) => [label(i), date(i.invoiceSerial), date(i.dueSerial), amount(i.openCents)]),
          },
        };
  const labels = words.totalLabels(courtesy);
  const lines = [
    ...(items.credits.length > 0
      ? [
          { label: labels.invoiced, amount: amount(items.invoicedCents) },
          // A deduction shown as a positive amount after "Less": never "Less credit notes -$850.00".
          { label: labels.credit, amount: amount(-items.creditCents) },
        ]
      : []),
    {
      label: view.several ? words.subtotalLabel(items.currency, courtesy) : labels.demanded,
      amount: amount(items.demandedCents),
      emphasis: true,
    },
    ...(items.disputed.length > 0 ? [{ label: labels.disputed, amount: amount(items.disputedCents) }] : []),
    ...(items.promised.length > 0 ? [{ label: labels.promised, amount: amount(items.promisedCents) }] : []),
    ...(items.notYetDueCents !== 0 ? [{ label: labels.notYetDue, amount: amount(items.notYetDueCents) }] : []),
  ];
  const creditNotes: LetterSection | null =
    items.credits.length === 0
      ? null
      : {
          caption: words.creditCaption(items.credits.length),
          table: {
            columns: words.creditColumns,
            numeric: [false, false, true],
            // Positive, as the caption says they are deducted.
            rows: items.credits.map((i) => [label(i), date(i.invoiceSerial ?? i.dueSerial), amount(-i.openCents)]),
          },
        };
  return {
    currency: items.currency,
    caption: view.several ? words.currencyCaption(items.currency) : null,
    invoiceTable,
    creditNotes,
    totals: {
      invoicedCents: items.invoicedCents,
      creditCents: items.creditCents,
      demandedCents: items.demandedCents,
      disputedCents: items.disputedCents,
      notYetDueCents: items.notYetDueCents,
      openCents: items.openCents,
      interestCents: 0,
      promisedCents: items.promisedCents,
      lines,
    },
    disputed: section(items.disputed, words.disputedCaption(items.disputed.length)),
    promised: section(items.promised, words.promisedCaption(items.promised.length)),
    notYetDue: section(items.notYetDue, words.notYetDueCaption(items.notYetDue.length)),
  };
}
