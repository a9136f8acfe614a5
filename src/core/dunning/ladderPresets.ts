import type { Language } from "../language";

/**
 * Dunning ladders: the rungs a collector climbs as an invoice ages. A rung applies from its day
 * count (signed days `as_of − due`, negative before the due date) until the next rung.
 */

/** Which rungs hand the customer to outsiders; key accounts get an executive call there instead. */
export type RungEscalation = "agency" | "legal";

export interface Rung {
  /** Signed days from the due date at which the rung applies (−3 = three days before due). */
  readonly daysFromDue: number;
  readonly action: string;
  readonly actionZh?: string;
  /** Set on rungs that refer the customer to a collection agency/insurer or to lawyers. */
  readonly escalation?: RungEscalation;
}

export interface Ladder {
  /** The preset's name (`standard`) or the name given to a user table (`custom`). */
  readonly name: string;
  /** The name in Chinese texts (标准); a user's table has none. */
  readonly nameZh?: string;
  /** Strictly ascending by daysFromDue, at least one rung. */
  readonly rungs: readonly Rung[];
}

export type LadderPresetName = "standard" | "five-step" | "15-30-45" | "30-60-90";

// English texts are the spec's, word for word; the Chinese is how a credit controller in China
// would write the step in a collection plan (催收计划), not a literal translation.
const STANDARD: Ladder = {
  name: "standard",
  nameZh: "标准",
  rungs: [
    { daysFromDue: -3, action: "Courtesy reminder that the invoice falls due soon", actionZh: "到期前温馨提示：发票即将到期" },
    { daysFromDue: 1, action: "Friendly reminder email", actionZh: "发邮件友好提醒付款" },
    { daysFromDue: 8, action: "Phone call from the account manager", actionZh: "客户经理电话跟进" },
    { daysFromDue: 15, action: "Second written reminder", actionZh: "发送第二次书面催款函" },
    { daysFromDue: 30, action: "Formal demand letter with late-interest notice", actionZh: "发正式催款函，并告知将计收逾期利息" },
    { daysFromDue: 45, action: "Final notice before third-party referral", actionZh: "发最后通知：逾期不付将移交第三方催收" },
    {
      daysFromDue: 60,
      action: "Refer to collection agency or credit insurer",
      actionZh: "移交专业催收机构，或向信用保险公司报损",
      escalation: "agency",
    },
    { daysFromDue: 90, action: "Legal action review", actionZh: "评估是否提起诉讼或仲裁", escalation: "legal" },
  ],
};

const FIVE_STEP: Ladder = {
  name: "five-step",
  nameZh: "五步",
  rungs: [
    { daysFromDue: 1, action: "Automatic reminder", actionZh: "系统自动发送付款提醒" },
    { daysFromDue: 8, action: "Friendly call", actionZh: "电话友好提醒" },
    { daysFromDue: 15, action: "Written notice", actionZh: "发送书面催款通知" },
    { daysFromDue: 30, action: "Third-party collection", actionZh: "移交第三方催收", escalation: "agency" },
    { daysFromDue: 60, action: "Legal action", actionZh: "采取法律行动", escalation: "legal" },
  ],
};

const FIFTEEN_THIRTY_FORTYFIVE: Ladder = {
  name: "15-30-45",
  nameZh: "15-30-45天",
  rungs: [
    { daysFromDue: 1, action: "Written reminder", actionZh: "发送书面付款提醒" },
    { daysFromDue: 30, action: "Formal demand letter", actionZh: "发送正式催款函" },
    { daysFromDue: 45, action: "Refer to collection agency", actionZh: "移交专业催收机构", escalation: "agency" },
  ],
};

const THIRTY_SIXTY_NINETY: Ladder = {
  name: "30-60-90",
  nameZh: "30-60-90天",
  rungs: [
    { daysFromDue: 1, action: "Written reminder", actionZh: "发送书面付款提醒" },
    { daysFromDue: 60, action: "Phone collection call", actionZh: "电话催收" },
    { daysFromDue: 90, action: "Refer to collection agency", actionZh: "移交专业催收机构", escalation: "agency" },
  ],
};

/**
 * The four preset ladders by name.
 *
 * @example
 * LADDER_PRESETS["30-60-90"].rungs[1].daysFromDue //=> 60
 */
export const LADDER_PRESETS: Readonly<Record<LadderPresetName, Ladder>> = {
  standard: STANDARD,
  "five-step": FIVE_STEP,
  "15-30-45": FIFTEEN_THIRTY_FORTYFIVE,
  "30-60-90": THIRTY_SIXTY_NINETY,
};

/**
 * A ladder's name as the pane shows it: the preset's own name in English, its Chinese name in
 * Chinese (a user's table has none and keeps the name it was given).
 *
 * @example
 * ladderDisplayName(LADDER_PRESETS.standard, "zh") //=> "标准"
 */
export function ladderDisplayName(ladder: Ladder, language: Language): string {
  return language === "zh" && ladder.nameZh ? ladder.nameZh : ladder.name;
}

/** The ladder used when none is chosen. */
export const DEFAULT_LADDER: Ladder = STANDARD;
