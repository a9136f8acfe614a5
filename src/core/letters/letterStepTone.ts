import type { LetterTone } from "./letterTypes";
import { LETTER_TONES } from "./letterTypes";

/** The written steps after the due date, in the order a customer receives them. */
const WRITTEN_STEPS: readonly LetterTone[] = ["friendly", "firm", "formal", "final"];

/** What the ledger records about the reminders already sent to a customer. */
export interface SentSteps {
  /** Reminders sent (the ledger's Reminders / Dunning level column); 0 or null when none. */
  readonly remindersSent?: number | null;
  /** The last reminder's date serial, or null when the ledger has none. */
  readonly lastRemindedSerial?: number | null;
  /** The letters' pay-by days: a formal demand's deadline is its date plus these. */
  readonly payByDays: number;
}

/**
 * The tone of a reminder "by steps": the next written step after the ones the ledger records,
 * never more than the invoices' age allows. Escalation never skips a step: a customer never
 * reminded gets a friendly reminder however old the debt, one reminded once (a count of 1, or a
 * Last reminded date without a count) the firm second
 * notice, twice the formal demand, and the final notice only after a formal demand (three
 * reminders) whose deadline — last reminder + pay-by days — has passed; until then (or when the
 * ledger has no date for it) the formal demand is repeated.
 *
 * @param ageTone - the tone the age of the oldest overdue invoice reaches (`letterTone`)
 * @param sent - reminders recorded, last reminder's date and the pay-by days
 * @param asOfSerial - the letter's date
 * @returns the tone, never above `ageTone`
 * @example
 * letterStepTone("final", { remindersSent: 0, lastRemindedSerial: null, payByDays: 7 }, 45838) //=> "friendly"
 * letterStepTone("final", { remindersSent: 3, lastRemindedSerial: 45820, payByDays: 7 }, 45838) //=> "final"
 */
export function letterStepTone(ageTone: LetterTone, sent: SentSteps, asOfSerial: number): LetterTone {
  if (ageTone === "courtesy") return ageTone;
  const recorded = typeof sent.remindersSent === "number" && sent.remindersSent > 0 ? Math.floor(sent.remindersSent) : 0;
  const last = sent.lastRemindedSerial;
  const dated = typeof last === "number" && Number.isFinite(last);
  // A Last reminded date without a count still means one reminder at least.
  const count = Math.max(recorded, dated ? 1 : 0);
  let step = WRITTEN_STEPS[Math.min(count, WRITTEN_STEPS.length - 1)];
  if (step === "final") {
    const deadlinePassed = dated && Math.floor(last) + sent.payByDays < asOfSerial;
    if (!deadlinePassed) step = "formal";
  }
  return LETTER_TONES.indexOf(step) < LETTER_TONES.indexOf(ageTone) ? step : ageTone;
}
