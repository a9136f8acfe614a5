import { ActionCode } from "./actionCode";
import type { Language } from "../language";
import { FIXED_ACTION_TEXTS, waitUntilText } from "./fixedActionTexts";
import type { Ladder } from "./ladderPresets";

/**
 * The text of an action code: the rung's text for `rung` (its Chinese text when there is one),
 * the fixed texts otherwise, `""` when there is nothing to do.
 *
 * @param code - the action code
 * @param level - the rung reached (1…n), used by `rung`
 * @param waitUntilIso - the date for `wait` (yyyy-mm-dd)
 * @example
 * actionText(ActionCode.rung, 2, LADDER_PRESETS.standard, "en") //=> "Friendly reminder email"
 */
export function actionText(code: ActionCode, level: number, ladder: Ladder, language: Language, waitUntilIso = ""): string {
  switch (code) {
    case ActionCode.rung: {
      const rung = ladder.rungs[level - 1];
      if (rung === undefined) return "";
      return language === "zh" && rung.actionZh ? rung.actionZh : rung.action;
    }
    case ActionCode.disputed:
      return FIXED_ACTION_TEXTS.disputed[language];
    case ActionCode.promised:
      return FIXED_ACTION_TEXTS.promised[language];
    case ActionCode.smallBalance:
      return FIXED_ACTION_TEXTS.smallBalance[language];
    case ActionCode.executiveCall:
      return FIXED_ACTION_TEXTS.executiveCall[language];
    case ActionCode.creditNote:
      return FIXED_ACTION_TEXTS.creditNote[language];
    case ActionCode.wait:
      return waitUntilText(waitUntilIso, language);
    default:
      return "";
  }
}
