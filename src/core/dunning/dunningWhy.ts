import { ActionCode } from "./actionCode";
import type { Language } from "../language";
import { ladderDisplayName, type Ladder } from "./ladderPresets";
import { dateZh } from "../messages/zhWords";
import { messageText } from "../messages/message";
import { STEP_CAP_MESSAGES } from "./stepCapMessages";

/** What the short "why" text of an action needs. */
export interface WhyFacts {
  readonly code: ActionCode;
  readonly signedDays: number;
  readonly level: number;
  readonly ladder: Ladder;
  readonly language: Language;
  /**
   * `openCents` is the customer's net overdue in the currency (the scan weighs a past-due small
   * balance per customer), not the invoice's own open amount (AR.NEXTACTION, one invoice).
   */
  readonly customerNet?: boolean;
  /** Open amount and small-balance threshold in cents, for `smallBalance`. */
  readonly openCents?: number;
  readonly minCents?: number;
  /** Last reminder (yyyy-mm-dd) and the minimum interval in days, for `wait`. */
  readonly remindedIso?: string;
  readonly intervalDays?: number;
  /**
   * Set when escalation "by steps" held the rung below the one the age reaches: the steps the
   * customer has taken, said after the rung ("no reminder recorded: …", "2 steps recorded: …").
   */
  readonly cappedAtSteps?: number;
}

/**
 * The short reason shown beside an action, e.g. "47 days overdue · rung 45 of ladder standard"
 * (zh: "逾期47天 · “标准”阶梯：逾期第45天档"); when escalation by steps held the rung, why
 * follows it: "100 days overdue · rung 1 of ladder standard · no reminder recorded: first written
 * reminder before any escalation".
 *
 * @example
 * dunningWhy({ code: ActionCode.rung, signedDays: 47, level: 6, ladder: LADDER_PRESETS.standard, language: "en" })
 * //=> "47 days overdue · rung 45 of ladder standard"
 */
export function dunningWhy(facts: WhyFacts): string {
  const { code, signedDays, level, ladder, language } = facts;
  const zh = language === "zh";
  const days = daysPhrase(signedDays, zh);
  const rung = rungPhrase(ladder, level, zh) + stepsPhrase(facts.cappedAtSteps, language);
  switch (code) {
    case ActionCode.paid:
      return zh ? "已付款" : "paid";
    case ActionCode.creditNote:
      return zh ? "贷项 · 冲抵该客户欠款" : "credit note · nets against the customer";
    case ActionCode.disputed:
      return zh ? `${days} · 有争议` : `${days} · disputed`;
    case ActionCode.promised:
      return zh ? `${days} · 客户已承诺付款` : `${days} · payment promised`;
    case ActionCode.smallBalance: {
      const open = formatCents(facts.openCents ?? 0);
      const min = formatCents(facts.minCents ?? 0);
      // Past due: the customer's net overdue in the currency; not yet due: the invoice's own amount.
      if (facts.customerNet === true)
        return zh
          ? `${days} · 该客户逾期净额${open}，低于小额阈值${min}`
          : `${days} · ${open} overdue net for the customer, below the small-balance limit ${min}`;
      return zh ? `${days} · 未付${open}，低于小额阈值${min}` : `${days} · ${open} open, below the small-balance limit ${min}`;
    }
    case ActionCode.executiveCall:
      return zh ? `${days} · ${rung} · 重点客户` : `${days} · ${rung} · key account`;
    case ActionCode.rung:
      return `${days} · ${rung}`;
    case ActionCode.wait: {
      const interval = facts.intervalDays ?? 7;
      const when = facts.remindedIso ?? "";
      return zh
        ? `${days} · ${rung} · 已于${dateZh(when)}催收，未满${interval}天`
        : `${days} · ${rung} · reminded ${when}, within ${interval} days`;
    }
    default: {
      const first = ladder.rungs[0]?.daysFromDue ?? 0;
      return zh
        ? `${days} · 未到“${ladderDisplayName(ladder, "zh")}”阶梯首档（${first}天）`
        : `${days} · before the first rung (${first}) of ladder ${ladder.name}`;
    }
  }
}

/** " · <why the rung is held>" when the steps held it, else "". */
function stepsPhrase(steps: number | undefined, language: Language): string {
  if (steps === undefined) return "";
  const message = steps <= 0 ? STEP_CAP_MESSAGES.noStepRecorded() : STEP_CAP_MESSAGES.stepsRecorded({ steps });
  return ` · ${messageText(message, language)}`;
}

function daysPhrase(signedDays: number, zh: boolean): string {
  if (signedDays > 0) return zh ? `逾期${signedDays}天` : `${signedDays} ${signedDays === 1 ? "day" : "days"} overdue`;
  if (signedDays === 0) return zh ? "今天到期" : "due today";
  const ahead = -signedDays;
  return zh ? `${ahead}天后到期` : `due in ${ahead} ${ahead === 1 ? "day" : "days"}`;
}

function rungPhrase(ladder: Ladder, level: number, zh: boolean): string {
  const days = ladder.rungs[level - 1]?.daysFromDue ?? 0;
  if (!zh) return `rung ${days} of ladder ${ladder.name}`;
  const step = days < 0 ? `到期前${-days}天档` : `逾期第${days}天档`;
  return `“${ladderDisplayName(ladder, "zh")}”阶梯：${step}`;
}

/** 1234567 cents → "12,345.67"; exact, from integer cents. */
function formatCents(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}.${fraction}`;
}
