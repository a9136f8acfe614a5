import { paidLabel } from "../aging/agingBuckets";
import { formatIsoDate } from "../dates/excelSerial";
import { ActionCode } from "../dunning/actionCode";
import { actionText } from "../dunning/actionText";
import { dunningLevel } from "../dunning/dunningLevel";
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
 * The customer's steps taken when escalation by steps held row `i` below the rung its age reaches
 * (a chased row: rung, executive call, or wait), else undefined. The age's rung is recomputed
 * here, for the rows being written only, so the scan keeps no per-row flag.
 */
function cappedAtSteps(
  analysis: LedgerAnalysis,
  i: number,
  code: ActionCode,
  steps: number | null | undefined,
): number | undefined {
  const { rows, context } = analysis;
  if (context.escalation !== "steps" || steps === null || steps === undefined) return undefined;
  if (code !== ActionCode.rung && code !== ActionCode.executiveCall && code !== ActionCode.wait) return undefined;
  return rows.level[i] < dunningLevel(rows.signedDays[i], context.ladder) ? steps : undefined;
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
  const customer = analysis.customers[rows.customer[i]];
  let waitUntilIso = "";
  let remindedIso: string | undefined;
  if (code === ActionCode.wait) {
    const reminded = customer.lastReminded ?? 0;
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
      // A small balance is the customer's net overdue in the currency (computeRowResults), said as such.
      openCents:
        code === ActionCode.smallBalance && rows.signedDays[i] > 0
          ? Math.max(0, customer.overdueCents + customer.creditsCents)
          : rows.openCents[i],
      customerNet: code === ActionCode.smallBalance && rows.signedDays[i] > 0,
      // The threshold of the row's currency, where thresholds differ by currency.
      minCents: context.minCentsByCurrency?.get(customer.currency) ?? minCents,
      remindedIso,
      intervalDays,
      cappedAtSteps: cappedAtSteps(analysis, i, code, customer.stepsTaken),
    }),
  };
}
