import { toCentsFast } from "../money/money";
import { actionText } from "./actionText";
import type { Language } from "../language";
import { dunningLevel } from "./dunningLevel";
import { dunningStatus } from "./dunningStatus";
import { dunningWhy } from "./dunningWhy";
import { DEFAULT_LADDER, type Ladder } from "./ladderPresets";
import { nextActionCode } from "./nextActionCode";

export interface NextActionInput {
  /** as_of − due in whole days (negative before the due date). */
  readonly signedDays: number;
  readonly ladder?: Ladder;
  /** The status cell: disputed/争议, paid/已付, promised/承诺付款 (trimmed, case-insensitive). */
  readonly status?: unknown;
  /** The open amount; a positive amount below minAmount is a small balance. */
  readonly amount?: number | null;
  readonly minAmount?: number | null;
  /** Key accounts get an executive call instead of agency or legal referral. */
  readonly keyAccount?: boolean;
  readonly language?: Language;
}

export interface NextActionResult {
  /** The rung reached: 0 below the first rung, else 1…n. */
  readonly level: number;
  /** The action text; "" when there is nothing to do. */
  readonly action: string;
  /** A short reason, e.g. "47 days overdue · rung 45 of ladder standard". */
  readonly reason: string;
}

/**
 * The suggested next collection step for an invoice, with its rung and a short reason. A negative
 * amount is a credit note: no rung, "Credit note: offset against the customer's open invoices".
 * It knows nothing of the reminders already sent, so its rung is the one the age reaches
 * (escalation "by age"); the ledger scan, which reads them, holds a customer at its next step
 * (stepsTaken.ts).
 *
 * @example
 * nextAction({ signedDays: 47 }).action //=> "Final notice before third-party referral"
 */
export function nextAction(input: NextActionInput): NextActionResult {
  const ladder = input.ladder ?? DEFAULT_LADDER;
  const language = input.language ?? "en";
  const signedDays = Math.floor(input.signedDays);
  // Amounts compare in exact cents: 49.99 against a 50 threshold must not depend on float drift.
  const openCents =
    input.amount !== null && input.amount !== undefined && Number.isFinite(input.amount) ? toCentsFast(input.amount) : 0;
  // A credit note reaches no rung: it is applied, not dunned.
  const level = openCents < 0 ? 0 : dunningLevel(signedDays, ladder);
  const minCents =
    input.minAmount !== null && input.minAmount !== undefined && Number.isFinite(input.minAmount)
      ? toCentsFast(input.minAmount)
      : 0;
  const code = nextActionCode(level, ladder, dunningStatus(input.status), openCents, minCents, input.keyAccount === true);
  return {
    level,
    action: actionText(code, level, ladder, language),
    reason: dunningWhy({ code, signedDays, level, ladder, language, openCents, minCents }),
  };
}
