import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money } from "../money/money";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/**
 * Cash conversion cycle: DSO + DIO − DPO, in days. Added in decimal so 10.1 + 20.2 − 0.3 is 30
 * exactly, not the float 29.999999999999996.
 *
 * @param dso - days sales outstanding, e.g. 45
 * @param dio - days inventory outstanding, e.g. 30
 * @param dpo - days payables outstanding, e.g. 40
 * @returns days, unrounded
 *
 * @example
 * cashConversionCycle(45, 30, 40) //=> 35
 */
export function cashConversionCycle(dso: number | Decimal, dio: number | Decimal, dpo: number | Decimal): Result<number> {
  const parts = [new Money(dso), new Money(dio), new Money(dpo)];
  const names = ["dso", "dio", "dpo"];
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i].isFinite()) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name: names[i] }));
  }
  return parts[0].plus(parts[1]).minus(parts[2]).toNumber();
}
