import { defineMessages } from "../messages/message";

/**
 * Why a row's step is below the rung its age reaches (escalation "by steps"): the scan climbs the
 * ladder one recorded step at a time, so these say what was recorded (src/core/dunning/stepsTaken.ts).
 */
export const STEP_CAP_MESSAGES = defineMessages({
  noStepRecorded: {
    en: () => "no reminder recorded: first written reminder before any escalation",
    zh: () => "尚无催收记录：先发第一次书面提醒，不越级升级",
  },
  stepsRecorded: {
    en: (p: { steps: number }) => `${p.steps} ${p.steps === 1 ? "reminder" : "reminders"} recorded: one written step at a time`,
    zh: (p: { steps: number }) => `已记录${p.steps}次书面催收：逐级升级，不越级`,
    sample: { steps: 2 },
  },
});
