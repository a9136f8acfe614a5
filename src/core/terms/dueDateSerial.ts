import { endOfMonthSerial } from "../dates/calendarSteps";
import { formatIsoDate, isDateSerial, MAX_SERIAL, MIN_SERIAL, type DateSystem } from "../dates/excelSerial";
import { fail, type Result } from "../failure";
import type { PaymentTerms } from "./parsePaymentTerms";
import { DATES_MESSAGES } from "../messages/datesMessages";
import { TERMS_MESSAGES } from "../messages/termsMessages";

/**
 * The due date of an invoice under payment terms, as a serial in the workbook's date system.
 * Net: invoice + net days. EOM: end of the invoice month + net days (`=EOMONTH(invoice, 0) + 30`
 * in Excel). Immediate: the invoice date. Days are serial days, as Excel adds them; the time
 * fraction of the invoice serial is dropped. The discount window does not move the due date.
 *
 * @param invoiceSerial - invoice date serial (whole days)
 * @param terms - terms from `parsePaymentTerms`
 * @param system - the workbook's date system
 * @returns the due date serial, or `outOfRange` when the invoice date is not a date serial or the
 *   due date would fall after 9999-12-31
 * @example
 * dueDateSerial(45672, { kind: "eom", netDays: 30 }) //=> 45718  (2025-01-15 → 2025-01-31 + 30 = 2025-03-02)
 */
export function dueDateSerial(invoiceSerial: number, terms: PaymentTerms, system: DateSystem = 1900): Result<number> {
  const invoice = Math.floor(invoiceSerial);
  if (!isDateSerial(invoice, system)) {
    return fail(
      "outOfRange",
      DATES_MESSAGES.notDateSerialRange({
        name: "invoice_date",
        value: String(invoiceSerial),
        min: MIN_SERIAL[system],
        max: MAX_SERIAL[system],
        system,
      }),
    );
  }
  const start = terms.kind === "eom" ? endOfMonthSerial(invoice, 0, system) : invoice;
  const due = start + (terms.kind === "immediate" ? 0 : terms.netDays);
  if (due > MAX_SERIAL[system]) {
    return fail("outOfRange", TERMS_MESSAGES.dueAfterMaxDate({ invoiceIso: formatIsoDate(invoice, system) }));
  }
  return due;
}
