import type { Ladder } from "./ladderPresets";

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
 * The steps a customer has been through: the most of the ledger's reminder count, the register's
 * reminders plus calls, and 1 for a last-reminded date alone (a date means one reminder at least).
 * `known` says whether anything could have recorded a step: a ledger with neither a Last reminded
 * nor a Reminders column and no register says nothing, and then null (the age decides).
 *
 * @param known - the ledger maps lastReminded or remindersSent, or the scan has a register
 * @example
 * stepsTaken({ ledgerCount: null, registerReminders: 2, registerCalls: 1, reminded: true }, true) //=> 3
 * stepsTaken({ ledgerCount: null, registerReminders: null, registerCalls: null, reminded: false }, false) //=> null
 */
export function stepsTaken(recorded: RecordedSteps, known: boolean): number | null {
  if (!known) return null;
  const register = (recorded.registerReminders ?? 0) + (recorded.registerCalls ?? 0);
  return Math.max(recorded.ledgerCount ?? 0, register, recorded.reminded ? 1 : 0);
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
 * The highest level (1-based rung) a customer with `steps` recorded steps may reach: the first
 * overdue rung (the first with daysFromDue ≥ 1) for a customer never reminded, one rung more per
 * recorded step, never past the last rung. Rungs before the first overdue one (courtesy, due
 * today) are below every cap. A ladder without an overdue rung has nothing to cap.
 *
 * @example
 * stepLevelCap(LADDER_PRESETS.standard, 0) //=> 2   ("Friendly reminder email", rung index 1)
 * stepLevelCap(LADDER_PRESETS.standard, 3) //=> 5   ("Formal demand letter…", rung index 4)
 */
export function stepLevelCap(ladder: Ladder, steps: number): number {
  const first = ladder.rungs.findIndex((rung) => rung.daysFromDue >= 1);
  if (first < 0) return NO_LEVEL_CAP;
  return Math.min(first + 1 + Math.max(0, Math.floor(steps)), ladder.rungs.length);
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
