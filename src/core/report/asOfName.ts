/**
 * The workbook name of the one as-of cell every live figure reads: the AR Summary's as-of cell
 * (B2), or the forecast block's own when the forecast was inserted first. The user may type a date
 * there or `=TODAY()`; the report, its aging and the forecast formulas all follow it.
 */
export const AS_OF_NAME = "ARCreditDesk_AsOf";
