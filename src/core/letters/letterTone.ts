import { dunningLevel } from "../dunning/dunningLevel";
import type { Ladder } from "../dunning/ladderPresets";
import type { LetterTone } from "./letterTypes";

/**
 * The tone of a reminder from the signed days `as_of − due` of the customer's oldest overdue
 * invoice. Day bands (the standard ladder's written steps): ≤ 0 courtesy (not yet due); 1–14
 * friendly; 15–29 firm second notice; 30–44 formal demand; ≥ 45 final notice before referral.
 *
 * With a ladder, the bands are read at the start day of the rung reached (AR.DUNNINGLEVEL), so a
 * letter never runs ahead of the customer's ladder: on `30-60-90` an invoice 50 days overdue is
 * still on the day-1 rung and gets a friendly letter. A rung that refers the customer to an agency
 * or to lawyers always gets the final notice. Below the first rung: courtesy before the due date,
 * friendly after it.
 *
 * @param signedDays - as_of − due of the oldest demanded invoice (negative before due)
 * @param ladder - the customer's ladder, optional
 * @returns the tone
 * @example
 * letterTone(47) //=> "final"
 * letterTone(50, LADDER_PRESETS["30-60-90"]) //=> "friendly"
 */
export function letterTone(signedDays: number, ladder?: Ladder): LetterTone {
  if (ladder === undefined) return toneOfDays(signedDays);
  const level = dunningLevel(signedDays, ladder);
  if (level === 0) return signedDays > 0 ? "friendly" : "courtesy";
  const rung = ladder.rungs[level - 1];
  if (rung.escalation !== undefined) return "final";
  // A rung that starts before the due date is a courtesy rung, but once the invoice is overdue the
  // letter must at least say so.
  const tone = toneOfDays(rung.daysFromDue);
  return tone === "courtesy" && signedDays > 0 ? "friendly" : tone;
}

/**
 * The tone of a scan's dunning level on its ladder, read as `letterTone` reads the rung an age
 * reaches: an agency or legal rung is the final notice; a rung is toned by its start day; level 0
 * (below the first rung) is courtesy before the due date, friendly after it.
 *
 * @param level - the scan's level (1-based rung; 0 below the first)
 * @param signedDays - as_of − due of the oldest demanded invoice
 * @param ladder - the scan's ladder
 * @example
 * letterToneOfLevel(2, 100, LADDER_PRESETS.standard) //=> "friendly" (the day-1 rung, however old)
 */
export function letterToneOfLevel(level: number, signedDays: number, ladder: Ladder): LetterTone {
  if (level <= 0) return signedDays > 0 ? "friendly" : "courtesy";
  const rung = ladder.rungs[Math.min(level, ladder.rungs.length) - 1];
  if (rung.escalation !== undefined) return "final";
  const tone = toneOfDays(rung.daysFromDue);
  return tone === "courtesy" && signedDays > 0 ? "friendly" : tone;
}

function toneOfDays(days: number): LetterTone {
  if (days <= 0) return "courtesy";
  if (days < 15) return "friendly";
  if (days < 30) return "firm";
  if (days < 45) return "formal";
  return "final";
}
