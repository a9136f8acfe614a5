import { fail, type Result } from "../failure";
import { METRICS_MESSAGES } from "../messages/metricsMessages";

export type RiskGrade = "A" | "B" | "C" | "D" | "E";

/**
 * The letter grade of a risk score: A 0–19, B 20–39, C 40–59, D 60–79, E 80–100. A fractional score
 * takes the grade of the band it falls in (19.5 is below 20: A).
 *
 * @returns the grade, or `outOfRange` for a score outside 0–100 and `unreadable` for a non-number
 * @example
 * riskGrade(47) //=> "C"
 */
export function riskGrade(score: number): Result<RiskGrade> {
  if (typeof score !== "number" || Number.isNaN(score)) return fail("unreadable", METRICS_MESSAGES.scoreNotNumber());
  if (score < 0 || score > 100) return fail("outOfRange", METRICS_MESSAGES.scoreRange({ value: String(score) }));
  if (score < 20) return "A";
  if (score < 40) return "B";
  if (score < 60) return "C";
  if (score < 80) return "D";
  return "E";
}
