import type { ScanActivity } from "../activity/scanActivity";
import type { Ladder } from "../dunning/ladderPresets";
import { NO_LEVEL_CAP, remindersSent, stepLevelCap, stepsTaken } from "../dunning/stepsTaken";
import type { CustomerEntity } from "./customerAccumulator";

/*
 * Escalation by steps, per customer: what its records say was sent (the ledger's Reminders count,
 * the register, a Last reminded date) and the highest level its invoices may then reach. Kept out
 * of analyzeLedger's row loop: both run once per customer after it.
 */

/**
 * Sets each customer's reminders sent and steps taken (stepsTaken.ts) from the ledger's highest
 * Reminders count, the register's reminders and calls, and its last-reminded date (already set).
 *
 * @param sentOf - per entity the highest count in its rows (-1: none); null without the column
 * @param known - something could record a step (a Last reminded or Reminders column, a register)
 */
export function recordSteps(
  entities: readonly CustomerEntity[],
  sentOf: Int32Array | null,
  activity: ScanActivity | null,
  known: boolean,
): void {
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e];
    const count = sentOf === null ? null : Math.max(0, sentOf[e]);
    const recorded = {
      ledgerCount: count,
      registerReminders: activity === null ? null : activity.remindersSent[e],
      registerCalls: activity === null ? null : activity.callsMade[e],
      reminded: entity.lastReminded !== null,
    };
    entity.remindersSent = remindersSent(recorded, known);
    entity.stepsTaken = stepsTaken(recorded, known);
  }
}

/**
 * Per entity the highest level its invoices may reach by steps (stepLevelCap); NO_LEVEL_CAP where
 * its steps are unknown.
 */
export function levelCaps(entities: readonly CustomerEntity[], ladder: Ladder): Uint8Array {
  const caps = new Uint8Array(entities.length).fill(NO_LEVEL_CAP);
  for (let e = 0; e < entities.length; e++) {
    const steps = entities[e].stepsTaken;
    if (steps !== null) caps[e] = stepLevelCap(ladder, steps);
  }
  return caps;
}
