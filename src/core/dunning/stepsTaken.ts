import type { Ladder, Rung } from "./ladderPresets";

/** How the scan chooses a chased row's rung: one recorded step at a time, or by the invoice's age alone. */
export type EscalationPolicy = "steps" | "age";

/** The default policy: escalation never skips the written steps (issue #18, item 3). */
export const DEFAULT_ESCALATION: EscalationPolicy = "steps";

/** A level above every rung: no cap. */
export const NO_LEVEL_CAP = 255;

/** What a customer's records say about the steps already taken (any of them may be unknown). */
export interface RecordedSteps {
  /** The ledger's Reminders / Dunning level count (the highest over the customer's rows); null when none. */
  readonly ledgerCount: number | null;
  /** Reminders in the activity register on or before as-of; null without a register. */
  readonly registerReminders: number | null;
  /** Calls in the activity register on or before as-of; null without a register. */
  readonly registerCalls: number | null;
  /** The customer has a last-reminded date on or before as-of (ledger column or register). */
  readonly reminded: boolean;
}

/**
 * The written steps a customer has been through — the steps escalation "by steps" climbs: the
 * most of the ledger's reminder count, the register's reminders, and 1 for a last-reminded date
 * alone (a date means one reminder at least). Calls are logged but are not written steps: a call
 * rung is passed by age (stepLevelCap). `known` says whether anything could have recorded a step:
 * a ledger with neither a Last reminded nor a Reminders column and no register says nothing, and
 * then null (the age decides).
 *
 * @param known - the ledger maps lastReminded or remindersSent, or the scan has a register
 * @example
 * stepsTaken({ ledgerCount: null, registerReminders: 2, registerCalls: 1, reminded: true }, true) //=> 2
 * stepsTaken({ ledgerCount: null, registerReminders: null, registerCalls: null, reminded: false }, false) //=> null
 */
export function stepsTaken(recorded: RecordedSteps, known: boolean): number | null {
  return remindersSent(recorded, known);
}

/**
 * Written reminders known to have been sent: the most of the ledger's count, the register's
 * reminders and 1 for a last-reminded date (a date means one reminder at least, as the letters
 * read it); null when nothing could record them (`known` false, as for `stepsTaken`).
 *
 * @example
 * remindersSent({ ledgerCount: 3, registerReminders: 1, registerCalls: 0, reminded: true }, true) //=> 3
 * remindersSent({ ledgerCount: null, registerReminders: null, registerCalls: null, reminded: true }, true) //=> 1
 */
export function remindersSent(recorded: RecordedSteps, known: boolean): number | null {
  if (!known) return null;
  return Math.max(recorded.ledgerCount ?? 0, recorded.registerReminders ?? 0, recorded.reminded ? 1 : 0);
}

/**
 * A rung that is a telephone call ("Phone call from the account manager", "Friendly call", 电话催收):
 * not a written step, so escalation by steps passes it by age without a recorded reminder.
 *
 * @example
 * isCallRung({ daysFromDue: 8, action: "Phone call from the account manager" }) //=> true
 */
export function isCallRung(rung: Rung): boolean {
  return /\bcall\b|\bphone\b|telephone|电话/i.test(`${rung.action} ${rung.actionZh ?? ""}`);
}

/**
 * The highest level (1-based rung) a customer with `steps` written steps recorded may reach. The
 * overdue rungs (daysFromDue ≥ 1) are walked in order: each written rung (a letter, a notice, a
 * referral) needs one recorded step before the scan goes past it, a call rung needs none; the cap
 * is the first written rung not yet covered — the next letter — so a customer never reminded stops
 * at the first written reminder however old the debt, and a final notice comes only after the
 * reminders before it. Rungs before the first overdue one (courtesy, due today) are below every
 * cap; past the last rung nothing is capped.
 *
 * @example
 * stepLevelCap(LADDER_PRESETS.standard, 0) //=> 2   ("Friendly reminder email")
 * stepLevelCap(LADDER_PRESETS.standard, 1) //=> 4   ("Second written reminder": the day-8 call is passed by age)
 * stepLevelCap(LADDER_PRESETS.standard, 3) //=> 6   ("Final notice before third-party referral")
 */
export function stepLevelCap(ladder: Ladder, steps: number): number {
  const first = ladder.rungs.findIndex((rung) => rung.daysFromDue >= 1);
  if (first < 0) return NO_LEVEL_CAP;
  let left = Math.max(0, Math.floor(steps));
  for (let i = first; i < ladder.rungs.length; i++) {
    if (isCallRung(ladder.rungs[i])) continue;
    if (left === 0) return i + 1;
    left--;
  }
  return ladder.rungs.length;
}

/**
 * A ledger's Reminders / Dunning level cell as a count: a whole number ≥ 0, typed as a number or
 * as digits; anything else (blank, text, a fraction) is no count (null), never an issue — the
 * column is a hint, the letters read it the same way.
 *
 * @example
 * reminderCount(" 2 ") //=> 2
 * reminderCount("two") //=> null
 */
export function reminderCount(cell: unknown): number | null {
  const n = typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d+\s*$/.test(cell) ? Number(cell) : Number.NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}
