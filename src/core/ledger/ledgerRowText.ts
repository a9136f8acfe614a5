import { paidLabel } from "../aging/agingBuckets";
import { formatIsoDate } from "../dates/excelSerial";
import { ActionCode } from "../dunning/actionCode";
import { actionText } from "../dunning/actionText";
import { dunningWhy } from "../dunning/dunningWhy";
import { messageText } from "../messages/message";
import { BALANCE_MESSAGES } from "./balanceMessages";
import { CREDIT_BUCKET, PAID_BUCKET, RowState, type LedgerAnalysis } from "./ledgerAnalysisTypes";

/** The texts the scan writes for one row: `Aging`, `Next action`, `Why`. All "" for rows not accepted. */
export interface LedgerRowText {
  readonly aging: string;
  readonly action: string;
  readonly why: string;
}

/**
 * The words of row `i` of a scan, made on demand so the scan itself builds no strings.
 *
 * @example
 * ledgerRowText(analysis, 0) //=> { aging: "31-60", action: "Final notice before third-party referral", why: "47 days overdue · rung 45 of ladder standard" }
 */
export function ledgerRowText(analysis: LedgerAnalysis, i: number): LedgerRowText {
  const { rows, context } = analysis;
  if (rows.state[i] !== RowState.accepted) return { aging: "", action: "", why: "" };
  const { ladder, language, dateSystem, minCents, intervalDays } = context;
  const bucket = rows.bucket[i];
  const aging =
    bucket === PAID_BUCKET
      ? paidLabel(language)
      : bucket === CREDIT_BUCKET
        ? messageText(BALANCE_MESSAGES.creditNote(), language)
        : (context.bucketLabels[bucket] ?? "");
  const code = rows.action[i] as ActionCode;
  const level = rows.level[i];
  let waitUntilIso = "";
  let remindedIso: string | undefined;
  if (code === ActionCode.wait) {
    const reminded = analysis.customers[rows.customer[i]].lastReminded ?? 0;
    waitUntilIso = formatIsoDate(reminded + intervalDays, dateSystem);
    remindedIso = formatIsoDate(reminded, dateSystem);
  }
  return {
    aging,
    action: actionText(code, level, ladder, language, waitUntilIso),
    why: dunningWhy({
      code,
      signedDays: rows.signedDays[i],
      level,
      ladder,
      language,
      openCents: rows.openCents[i],
      // The threshold of the row's currency, where thresholds differ by currency.
      minCents: context.minCentsByCurrency?.get(analysis.customers[rows.customer[i]].currency) ?? minCents,
      remindedIso,
      intervalDays,
    }),
  };
}
